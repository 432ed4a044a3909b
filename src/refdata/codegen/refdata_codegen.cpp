// refdata_codegen OUT ROOT: parses the bundled reference data files under ROOT
// (protocol-text/) and writes OUT, a C++ source whose bundled_reference_data() builds the same
// values without parsing, so that no command pays for YAML parsing of the bundled data. Run
// at build time by src/refdata/CMakeLists.txt; a file that does not parse fails the build.
#include "refdata/bundled.hpp"
#include "refdata/load_refdata.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

using namespace clerk;
using namespace clerk::refdata;

namespace {

// A C++ string literal of `text`: quotes, backslashes and every byte outside printable ASCII
// as escapes (three-digit octal, which cannot run into a following digit).
std::string literal(std::string_view text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c >= 0x7f || c == '?') {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string literals(const std::vector<std::string>& list) {
    std::string out = "{";
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? ", " : "") + literal(list[i]);
    return out + "}";
}

std::string origin(const DataOrigin& o) {
    return "DataOrigin{" + literal(o.file) + ", SourcePos{" + std::to_string(o.pos.line) + ", " +
           std::to_string(o.pos.column) + "}}";
}

void write_legislation(std::ostream& out, const LegislationRegister& r) {
    out << "LegislationRegister legislation() {\n    LegislationRegister r;\n";
    out << "    r.file = " << literal(r.file) << ";\n";
    for (const Act& a : r.acts) {
        out << "    {\n        Act a;\n";
        out << "        a.title = " << literal(a.title) << ";\n";
        out << "        a.year = " << a.year << ";\n";
        out << "        a.chapter = " << literal(a.chapter) << ";\n";
        out << "        a.repealed_by = " << literal(a.repealed_by) << ";\n";
        out << "        a.successor = " << literal(a.successor) << ";\n";
        out << "        a.origin = " << origin(a.origin) << ";\n";
        for (const ActSection& s : a.sections)
            out << "        a.sections.push_back(ActSection{" << literal(s.number) << ", "
                << literal(s.subject) << ", " << literals(s.keywords) << ", "
                << literal(s.repealed_by) << "});\n";
        out << "        r.acts.push_back(std::move(a));\n    }\n";
    }
    for (const auto& [title, years] : r.other_years) {
        out << "    r.other_years.push_back({" << literal(title) << ", {";
        for (std::size_t i = 0; i < years.size(); ++i)
            out << (i ? ", " : "") << years[i];
        out << "}});\n";
    }
    out << "    return r;\n}\n\n";
}

void write_gendered(std::ostream& out, const GenderedTerms& g) {
    out << "GenderedTerms gendered() {\n    GenderedTerms g;\n";
    out << "    g.file = " << literal(g.file) << ";\n";
    out << "    g.allowed_titles = " << literals(g.allowed_titles) << ";\n";
    for (const GenderedTerm& t : g.terms)
        out << "    g.terms.push_back(GenderedTerm{" << literal(t.term) << ", GenderedKind("
            << static_cast<int>(t.kind) << "), " << literals(t.suggestions) << ", "
            << origin(t.origin) << "});\n";
    out << "    return g;\n}\n\n";
}

void write_deprecated(std::ostream& out, const DeprecatedTitles& d) {
    out << "DeprecatedTitles deprecated() {\n    DeprecatedTitles d;\n";
    out << "    d.file = " << literal(d.file) << ";\n";
    for (const DeprecatedTitle& t : d.titles)
        out << "    d.titles.push_back(DeprecatedTitle{" << literal(t.title) << ", "
            << literal(t.replacement) << ", " << literal(t.note) << ", " << origin(t.origin)
            << "});\n";
    out << "    return d;\n}\n\n";
}

void write_canonical(std::ostream& out, const CanonicalTexts& c) {
    out << "CanonicalTexts canonical() {\n    CanonicalTexts c;\n";
    out << "    c.file = " << literal(c.file) << ";\n";
    for (const CanonicalText& t : c.texts) {
        out << "    {\n        CanonicalText t;\n";
        out << "        t.id = " << literal(t.id) << ";\n";
        out << "        t.title = " << literal(t.title) << ";\n";
        out << "        t.edition = " << literal(t.edition) << ";\n";
        out << "        t.source = " << literal(t.source) << ";\n";
        out << "        t.opening = " << literal(t.opening) << ";\n";
        out << "        t.names = " << literals(t.names) << ";\n";
        out << "        t.origin = " << origin(t.origin) << ";\n";
        for (const CanonicalItem& i : t.items)
            out << "        t.items.push_back(CanonicalItem{" << literal(i.name) << ", "
                << literal(i.text) << ", " << literals(i.accepted) << ", " << literals(i.superseded)
                << "});\n";
        out << "        c.texts.push_back(std::move(t));\n    }\n";
    }
    out << "    return c;\n}\n\n";
}

void write_constitution(std::ostream& out, const ConstitutionMap& m) {
    out << "ConstitutionMap constitution() {\n    ConstitutionMap m;\n";
    out << "    m.file = " << literal(m.file) << ";\n";
    out << "    m.council = " << literal(m.council) << ";\n";
    for (const ConstitutionEntry& e : m.entries)
        out << "    m.entries.push_back(ConstitutionEntry{" << literal(e.cite) << ", "
            << literal(e.part) << ", " << literal(e.schedule) << ", " << literal(e.article) << ", "
            << literal(e.standing_order) << ", " << literal(e.title) << ", " << literals(e.names)
            << ", " << origin(e.origin) << "});\n";
    out << "    return m;\n}\n\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: refdata_codegen OUT ROOT\n";
        return 2;
    }
    std::string out_path = argv[1];
    std::string root = argv[2];
    std::vector<Diagnostic> errors;
    auto text = [&](std::string_view name) {
        std::ifstream in(root + "/" + std::string(name), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        if (!in)
            errors.push_back(error_at(std::string(name), {}, "refdata/bundled",
                                      "cannot read the bundled file", ""));
        return s.str();
    };
    auto legislation =
        parse_legislation(text(kBundledLegislation), bundled_label(kBundledLegislation), errors);
    auto gendered =
        parse_gendered_terms(text(kBundledGendered), bundled_label(kBundledGendered), errors);
    auto canonical =
        parse_canonical_texts(text(kBundledCanonical), bundled_label(kBundledCanonical), errors);
    auto deprecated = parse_deprecated_titles(text(kBundledDeprecated),
                                              bundled_label(kBundledDeprecated), errors);
    auto constitution = parse_constitution_map(text(kBundledConstitution),
                                               bundled_label(kBundledConstitution), errors);
    if (!errors.empty() || !legislation || !gendered || !canonical || !deprecated ||
        !constitution) {
        for (const Diagnostic& d : errors)
            std::cerr << d.file << ":" << d.span.begin.line << ": " << d.message << "\n";
        std::cerr << "refdata_codegen: the bundled reference data does not parse\n";
        return 1;
    }
    std::ostringstream out;
    out << "// Generated at build time by refdata_codegen from the bundled reference data files;\n"
           "// do not edit.\n#include \"refdata/bundled.hpp\"\n\n"
           "namespace clerk::refdata {\n\nnamespace {\n\n";
    write_legislation(out, *legislation);
    write_gendered(out, *gendered);
    write_canonical(out, *canonical);
    write_deprecated(out, *deprecated);
    write_constitution(out, *constitution);
    out << "} // namespace\n\nReferenceData built_in_reference_data() {\n"
           "    ReferenceData data;\n    data.legislation = legislation();\n"
           "    data.gendered = gendered();\n    data.canonical = canonical();\n"
           "    data.deprecated = deprecated();\n    data.constitution = constitution();\n"
           "    return data;\n}\n\n} // namespace clerk::refdata\n";
    std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
    file << out.str();
    return file ? 0 : 1;
}
