#include "xml/akn_validate.hpp"

#include "io/files.hpp"
#include "xml/akn_names.hpp"
#include "xml/safe_xml.hpp"

#include <algorithm>
#include <functional>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <map>
#include <mutex>
#include <set>

namespace clerk::xml {

namespace {

// Nothing outside the document is ever loaded: no DTD, no external entity, no network.
xmlParserInputPtr refuse_external(const char*, const char*, xmlParserCtxtPtr) {
    return nullptr;
}

struct ErrorSink {
    const SourceText* source;
    std::vector<Diagnostic>* out;
};

void collect_error(void* data, xmlErrorPtr error) {
    auto* sink = static_cast<ErrorSink*>(data);
    if (!error || !error->message) return;
    std::string message = error->message;
    // "{namespace}name" reads as plain "name" in Akoma Ntoso's own namespace.
    std::string qualified = std::string("{") + kAknNamespace + "}";
    for (std::size_t p = message.find(qualified); p != std::string::npos;
         p = message.find(qualified, p))
        message.erase(p, qualified.size());
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    SourcePos pos{static_cast<std::uint32_t>(std::max(0, error->line)),
                  static_cast<std::uint32_t>(std::max(0, error->int2))};
    if (pos.line == 0) pos.column = 0;
    std::string code = error->domain == XML_FROM_SCHEMASV ? "akn/schema" : "akn/xml";
    sink->out->push_back(xml_error(
        *sink->source, pos, code, message,
        code == "akn/schema" ? "see src/xml/clerk-akn.xsd for what Clerk's subset allows" : ""));
}

std::string describe(std::string_view element) {
    return "<" + std::string(element) + ">";
}

void walk(pugi::xml_node node, const std::function<void(pugi::xml_node)>& visit) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element) {
            visit(c);
            walk(c, visit);
        }
}

std::string local_name(pugi::xml_node node) {
    std::string name = node.name();
    auto colon = name.find(':');
    return colon == std::string::npos ? name : name.substr(colon + 1);
}

} // namespace

std::vector<Diagnostic> check_akn_structure(const SourceText& source,
                                            const pugi::xml_document& xml) {
    std::vector<Diagnostic> out;
    std::map<std::string, pugi::xml_node> eids;
    walk(xml, [&](pugi::xml_node node) {
        pugi::xml_attribute eid = node.attribute("eId");
        if (!eid) return;
        auto [it, inserted] = eids.emplace(eid.value(), node);
        if (!inserted)
            out.push_back(
                xml_error(source, node_position(source, node), "akn/duplicate-eid",
                          "eId '" + std::string(eid.value()) + "' is used twice (first on line " +
                              std::to_string(node_position(source, it->second).line) + ")",
                          "give each element its own eId"));
    });
    walk(xml, [&](pugi::xml_node node) {
        std::string name = local_name(node);
        int nums = 0;
        for (pugi::xml_node c : node.children())
            if (c.type() == pugi::node_element && local_name(c) == "num") {
                if (++nums == 2)
                    out.push_back(xml_error(source, node_position(source, c), "akn/two-num",
                                            describe(name) + " has two <num> elements",
                                            "split the element in two, or keep one number"));
            }
        if (nums > 0 && is_hierarchy_element(name) && !node.attribute("eId"))
            out.push_back(xml_error(source, node_position(source, node), "akn/missing-eid",
                                    "numbered " + describe(name) + " has no eId",
                                    "add an eId built from the numbers on its path, e.g. "
                                    "eId=\"sec_9__subsec_3\""));
        for (const char* attribute : {"href", "refersTo", "source", "as"}) {
            std::string_view value = node.attribute(attribute).value();
            if (value.size() < 2 || value[0] != '#') continue;
            // refersTo may list several targets separated by spaces.
            std::size_t start = 0;
            while (start < value.size()) {
                std::size_t end = value.find(' ', start);
                if (end == std::string_view::npos) end = value.size();
                std::string_view target = value.substr(start, end - start);
                if (target.size() > 1 && target[0] == '#' &&
                    !eids.count(std::string(target.substr(1))))
                    out.push_back(
                        xml_error(source, node_position(source, node), "akn/dangling-href",
                                  describe(name) + " " + attribute + "=\"" + std::string(target) +
                                      "\" names no element: no eId '" +
                                      std::string(target.substr(1)) + "' in the document",
                                  "point it at an existing eId, or remove the reference"));
                start = end + 1;
            }
        }
    });
    return out;
}

ValidationResult validate_akn(const SourceText& source, const std::string& schema_path) {
    ValidationResult result;
    pugi::xml_document xml;
    if (auto bad = parse_xml_safely(source, xml)) {
        result.usable = false;
        result.diagnostics.push_back(std::move(*bad));
        return result;
    }
    FileContents schema_text = read_file(schema_path);
    if (!schema_text.bytes) {
        result.usable = false;
        Diagnostic d =
            xml_error(source, {}, "akn/schema-missing",
                      "cannot read the schema " + schema_path + ": " + schema_text.error,
                      "set CLERK_DATA_DIR to the folder holding clerk-akn.xsd, or pass --schema");
        result.diagnostics.push_back(std::move(d));
        return result;
    }

    // libxml2's handlers are process-wide; one validation at a time.
    static std::mutex libxml_mutex;
    std::lock_guard<std::mutex> lock(libxml_mutex);
    xmlExternalEntityLoader previous = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(refuse_external);
    ErrorSink sink{&source, &result.diagnostics};
    xmlSetStructuredErrorFunc(&sink, collect_error);

    xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(
        schema_text.bytes->data(), static_cast<int>(schema_text.bytes->size()));
    xmlSchemaPtr schema = parser ? xmlSchemaParse(parser) : nullptr;
    if (!schema) {
        result.usable = false;
        for (Diagnostic& d : result.diagnostics)
            d.file = schema_path;
        result.diagnostics.push_back(
            xml_error(source, {}, "akn/schema-missing",
                      "the schema " + schema_path + " could not be compiled"));
    } else {
        // No entity substitution, no DTD loading, no network; the DOCTYPE was refused above.
        int options = XML_PARSE_NONET;
        xmlDocPtr doc = xmlReadMemory(source.text().data(), static_cast<int>(source.text().size()),
                                      source.path().c_str(), "UTF-8", options);
        if (!doc) {
            result.usable = false;
        } else {
            xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
            xmlSchemaValidateDoc(valid, doc);
            xmlSchemaFreeValidCtxt(valid);
            xmlFreeDoc(doc);
        }
        xmlSchemaFree(schema);
    }
    if (parser) xmlSchemaFreeParserCtxt(parser);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlSetExternalEntityLoader(previous);
    if (!result.usable) return result;

    for (Diagnostic& d : check_akn_structure(source, xml))
        result.diagnostics.push_back(std::move(d));
    std::stable_sort(
        result.diagnostics.begin(), result.diagnostics.end(),
        [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
    return result;
}

} // namespace clerk::xml
