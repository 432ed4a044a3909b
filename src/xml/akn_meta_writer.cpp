// <meta>: FRBR Work / Expression / Manifestation built from the front matter, a lifecycle
// event per history row, the TLC references (council, bodies, roles, statuses, defined
// terms) and the front matter as written, in Clerk's namespace under <proprietary>.
#include "write/json_writer.hpp"
#include "xml/akn_write_parts.hpp"

#include <set>

namespace clerk::xml::detail {

namespace {

bool is_xsd_date(const std::string& text) {
    // YYYY-MM-DD with a month 01-12 and a day 01-31.
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!digit(i)) return false;
    int month = (text[5] - '0') * 10 + (text[6] - '0');
    int day = (text[8] - '0') * 10 + (text[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The date a version of the work is known by: the front matter's, else the history's.
std::string expression_date(const Metadata& meta) {
    if (is_xsd_date(meta.date)) return meta.date;
    for (auto it = meta.history.rbegin(); it != meta.history.rend(); ++it)
        if (is_xsd_date(it->date)) return it->date;
    return "";
}

// The work is dated by its first version in the history, else by this version.
std::string work_date(const Metadata& meta) {
    std::string first;
    for (const HistoryEntry& h : meta.history)
        if (is_xsd_date(h.date) && (first.empty() || h.date < first)) first = h.date;
    return first.empty() ? expression_date(meta) : first;
}

std::string or_default(const std::string& value, const std::string& fallback) {
    return value.empty() ? fallback : value;
}

// TLC eIds are unique across the references; a clash gets a numeric suffix.
class IdPool {
  public:
    std::string take(const std::string& wanted) {
        std::string id = wanted.empty() ? "ref" : wanted;
        std::string unique = id;
        for (int n = 2; used_.count(unique); ++n)
            unique = id + "-" + std::to_string(n);
        used_.insert(unique);
        return unique;
    }
    void reserve(const std::string& id) { used_.insert(id); }

  private:
    std::set<std::string> used_;
};

struct Uris {
    std::string work;
    std::string expression;
};

Uris frbr_uris(const Metadata& meta) {
    // /akn/gb/doc/<name>/<council>/<first date>/<part or title>
    std::string name = or_default(slug(meta.kind), "protocol");
    std::string actor = or_default(slug(meta.council), "council");
    std::string date = or_default(work_date(meta), "undated");
    std::string number = or_default(slug(meta.part), or_default(slug(meta.title), "document"));
    Uris uris;
    uris.work = "/akn/gb/doc/" + name + "/" + actor + "/" + date + "/" + number;
    uris.expression = uris.work + "/eng@" + or_default(expression_date(meta), "undated");
    return uris;
}

void write_json_field(XmlOut& out, const std::string* name, const nlohmann::ordered_json& value) {
    Attributes attributes;
    if (name) attributes.push_back({"name", *name});
    if (value.is_string()) {
        out.leaf("clerk:field", value.get<std::string>(), attributes);
        return;
    }
    if (value.is_object() || value.is_array()) {
        attributes.push_back({"type", value.is_object() ? "map" : "list"});
        if (value.empty()) {
            out.empty("clerk:field", attributes);
            return;
        }
        out.open("clerk:field", attributes);
        if (value.is_object()) {
            for (const auto& [key, item] : value.items())
                write_json_field(out, &key, item);
        } else {
            for (const auto& item : value)
                write_json_field(out, nullptr, item);
        }
        out.close();
        return;
    }
    if (value.is_null()) {
        attributes.push_back({"type", "null"});
        out.empty("clerk:field", attributes);
        return;
    }
    attributes.push_back({"type", value.is_boolean() ? "boolean" : "number"});
    out.leaf("clerk:field", value.dump(), attributes);
}

void write_front_matter(XmlOut& out, const Metadata& meta) {
    // The same fields, in the same order, as the JSON export's "metadata".
    nlohmann::ordered_json fields = metadata_to_json(meta);
    out.open("clerk:frontMatter");
    for (const auto& [key, value] : fields.items())
        write_json_field(out, &key, value);
    out.close();
}

} // namespace

void write_meta(XmlOut& out, const WriteContext& context) {
    const Metadata& meta = context.doc.metadata;
    Uris uris = frbr_uris(meta);
    // Statuses and bodies named in the history become references too.
    IdPool ids;
    for (const TermEntry& t : context.terms)
        ids.reserve(t.eid);
    for (const AknUnitName& n : context.names)
        ids.reserve(n.eid);
    std::string clerk_id = ids.take("clerk");
    std::string author_id = ids.take("author");
    std::string original_id = ids.take("original");
    std::string council_id = ids.take(or_default(slug(meta.council), "council"));
    std::vector<std::pair<std::string, std::string>> bodies;   // eId, name
    std::vector<std::pair<std::string, std::string>> statuses; // eId, status
    auto body_id = [&](const std::string& body) {
        if (body.empty()) return std::string();
        if (body == meta.council) return council_id;
        for (const auto& [id, name] : bodies)
            if (name == body) return id;
        bodies.push_back({ids.take(slug(body)), body});
        return bodies.back().first;
    };
    auto status_id = [&](const std::string& status) {
        if (status.empty()) return std::string();
        for (const auto& [id, name] : statuses)
            if (name == status) return id;
        statuses.push_back({ids.take(slug(status)), status});
        return statuses.back().first;
    };
    struct Event {
        std::string date, status;
    };
    std::vector<Event> events;
    for (const HistoryEntry& h : meta.history)
        if (is_xsd_date(h.date)) {
            body_id(h.by);
            events.push_back({h.date, status_id(h.status)});
        }
    if (events.empty() && is_xsd_date(meta.date))
        events.push_back({meta.date, status_id(meta.status)});
    body_id(meta.meeting);

    std::string expression_day = or_default(expression_date(meta), "0001-01-01");
    out.open("meta");
    out.open("identification", {{"source", "#" + clerk_id}});
    out.open("FRBRWork");
    out.empty("FRBRthis", {{"value", uris.work + "/!main"}});
    out.empty("FRBRuri", {{"value", uris.work}});
    out.empty("FRBRdate", {{"date", or_default(work_date(meta), "0001-01-01")},
                           {"name", meta.history.empty() ? "version" : "first version"}});
    out.empty("FRBRauthor", {{"href", "#" + council_id}, {"as", "#" + author_id}});
    out.empty("FRBRcountry", {{"value", "gb"}});
    out.empty("FRBRsubtype", {{"value", or_default(meta.kind, "protocol")}});
    if (!meta.part.empty())
        out.empty("FRBRnumber", {{"value", slug(meta.part)}, {"showAs", meta.part}});
    if (!meta.title.empty()) out.empty("FRBRname", {{"value", meta.title}});
    out.close();
    out.open("FRBRExpression");
    out.empty("FRBRthis", {{"value", uris.expression + "/!main"}});
    out.empty("FRBRuri", {{"value", uris.expression}});
    out.empty("FRBRdate", {{"date", expression_day},
                           {"name", "version " + or_default(meta.version, "unnumbered")}});
    out.empty("FRBRauthor", {{"href", "#" + council_id}, {"as", "#" + author_id}});
    if (!meta.version.empty()) out.empty("FRBRversionNumber", {{"value", meta.version}});
    out.empty("FRBRlanguage", {{"language", "eng"}});
    out.close();
    out.open("FRBRManifestation");
    out.empty("FRBRthis", {{"value", uris.expression + "/!main.xml"}});
    out.empty("FRBRuri", {{"value", uris.expression + ".akn"}});
    out.empty("FRBRdate", {{"date", expression_day}, {"name", "markup"}});
    out.empty("FRBRauthor", {{"href", "#" + clerk_id}});
    out.empty("FRBRformat", {{"value", "application/akn+xml"}});
    out.close();
    out.close(); // identification

    if (!events.empty()) {
        out.open("lifecycle", {{"source", "#" + clerk_id}});
        for (std::size_t i = 0; i < events.size(); ++i) {
            Attributes attributes{{"eId", "evt_" + std::to_string(i + 1)},
                                  {"date", events[i].date},
                                  {"source", "#" + original_id},
                                  {"type", i == 0 ? "generation" : "amendment"}};
            if (!events[i].status.empty())
                attributes.push_back({"refersTo", "#" + events[i].status});
            out.empty("eventRef", attributes);
        }
        out.close();
    }

    out.open("references", {{"source", "#" + clerk_id}});
    out.empty("original", {{"eId", original_id},
                           {"href", uris.work + "/!main"},
                           {"showAs", or_default(meta.title, "this document")}});
    out.empty("TLCOrganization", {{"eId", council_id},
                                  {"href", "/akn/ontology/organizations/gb/" +
                                               or_default(slug(meta.council), "council")},
                                  {"showAs", or_default(meta.council, "the council")}});
    for (const auto& [id, name] : bodies)
        out.empty("TLCOrganization",
                  {{"eId", id},
                   {"href", "/akn/ontology/organizations/gb/" +
                                or_default(slug(meta.council), "council") + "/" + slug(name)},
                   {"showAs", name}});
    out.empty("TLCObject",
              {{"eId", clerk_id}, {"href", "/akn/ontology/objects/clerk"}, {"showAs", "Clerk"}});
    out.empty("TLCRole",
              {{"eId", author_id}, {"href", "/akn/ontology/roles/author"}, {"showAs", "Author"}});
    for (const auto& [id, name] : statuses)
        out.empty("TLCEvent",
                  {{"eId", id}, {"href", "/akn/ontology/events/" + slug(name)}, {"showAs", name}});
    for (const TermEntry& t : context.terms)
        out.empty("TLCTerm", {{"eId", t.eid},
                              {"href", "/akn/ontology/terms/gb/" + slug(t.term)},
                              {"showAs", t.term}});
    out.close(); // references

    out.open("proprietary", {{"source", "#" + clerk_id}});
    write_front_matter(out, meta);
    out.close();
    out.close(); // meta
}

void write_title_block(XmlOut& out, const Metadata& meta) {
    if (!meta.title.empty()) {
        out.open("longTitle");
        out.open("p", {}, true);
        out.leaf("docTitle", meta.title);
        out.close();
        out.close();
    }
    auto line = [&](const char* element, const std::string& value, Attributes attributes = {}) {
        if (value.empty()) return;
        out.open("p", {}, true);
        out.leaf(element, value, attributes);
        out.close();
    };
    line("docProponent", meta.council);
    line("docNumber", meta.part);
    line("docStatus", meta.status);
    if (is_xsd_date(meta.date)) line("docDate", meta.date, {{"date", meta.date}});
    line("docCommittee", meta.meeting);
}

} // namespace clerk::xml::detail
