#include "pack/manifest.hpp"

#include "io/files.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace clerk::pack {

namespace fs = std::filesystem;

bool ManifestDocument::is_pdf() const {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".pdf";
}

namespace {

SourcePos pos_of(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    if (mark.line < 0) return {};
    return {static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
}

constexpr std::array kTopKeys{"council", "committee",  "date",  "time", "venue",
                              "contact", "membership", "items", "lang"};
constexpr std::array kContactKeys{"name", "phone", "email"};
constexpr std::array kItemKeys{"title", "note", "documents"};
constexpr std::array kDocumentKeys{"file", "title"};

template <std::size_t N> std::string key_list(const std::array<const char*, N>& keys) {
    std::string out;
    for (const char* k : keys)
        out += (out.empty() ? "" : ", ") + std::string(k);
    return out;
}

template <std::size_t N> bool is_key(const std::array<const char*, N>& keys, const std::string& k) {
    return std::any_of(keys.begin(), keys.end(), [&](const char* known) { return k == known; });
}

class Reader {
  public:
    Reader(std::string path) : path_(std::move(path)) {}

    void problem(SourcePos pos, std::string code, std::string message, std::string help) {
        diagnostics.push_back(
            error_at(path_, pos, "pack/" + code, std::move(message), std::move(help)));
    }

    // A scalar value as text; reports a list or map where text belongs.
    std::string text(const YAML::Node& node, const std::string& key) {
        if (node.IsNull()) return {};
        if (!node.IsScalar()) {
            problem(pos_of(node), "type", fmt::format("'{}' must be text", key),
                    fmt::format("write '{}: ...' on one line", key));
            return {};
        }
        return node.Scalar();
    }

    template <std::size_t N>
    void unknown_key(const YAML::Node& key, const std::array<const char*, N>& known,
                     const std::string& where) {
        problem(pos_of(key), "unknown-key",
                fmt::format("unknown key '{}' in {}", key.Scalar(), where),
                fmt::format("the keys are {}; check the spelling", key_list(known)));
    }

    void read_contact(const YAML::Node& node, Contact& contact) {
        if (node.IsScalar()) {
            contact.name = node.Scalar();
            return;
        }
        if (!node.IsMap()) {
            problem(
                pos_of(node), "type", "'contact' must be a name or a map of name, phone, email",
                "write e.g. 'contact: { name: Robert Harris, email: committees@example.gov.uk }'");
            return;
        }
        for (const auto& kv : node) {
            std::string key = kv.first.Scalar();
            if (!is_key(kContactKeys, key)) {
                unknown_key(kv.first, kContactKeys, "contact");
                continue;
            }
            std::string value = text(kv.second, key);
            if (key == "name") contact.name = value;
            if (key == "phone") contact.phone = value;
            if (key == "email") contact.email = value;
        }
    }

    void read_membership(const YAML::Node& node, std::vector<std::string>& out) {
        if (node.IsScalar()) {
            out.push_back(node.Scalar());
            return;
        }
        if (!node.IsSequence()) {
            problem(pos_of(node), "type", "'membership' must be a list of names",
                    "write e.g. 'membership: [\"Cllr I Shead (Chair)\", \"Cllr B Ayling\"]'");
            return;
        }
        for (const auto& member : node)
            if (std::string name = text(member, "membership"); !name.empty()) out.push_back(name);
    }

    void read_document(const YAML::Node& node, const fs::path& base,
                       std::vector<ManifestDocument>& out) {
        ManifestDocument doc;
        doc.pos = pos_of(node);
        if (node.IsScalar()) {
            doc.path = node.Scalar();
        } else if (node.IsMap()) {
            for (const auto& kv : node) {
                std::string key = kv.first.Scalar();
                if (!is_key(kDocumentKeys, key)) {
                    unknown_key(kv.first, kDocumentKeys, "a document");
                    continue;
                }
                if (key == "file") {
                    doc.path = text(kv.second, key);
                    doc.pos = pos_of(kv.second);
                }
                if (key == "title") doc.title = text(kv.second, key);
            }
        } else {
            problem(doc.pos, "type", "a document must be a path or a map of file and title",
                    "write e.g. 'documents: [minutes.md, letter.pdf]'");
            return;
        }
        if (doc.path.empty()) {
            problem(doc.pos, "no-file", "a document without a file",
                    "give the path of the document, relative to the manifest");
            return;
        }
        fs::path p(doc.path);
        doc.resolved = p.is_absolute() ? doc.path : (base / p).lexically_normal().string();
        out.push_back(std::move(doc));
    }

    void read_item(const YAML::Node& node, const fs::path& base, std::vector<ManifestItem>& out) {
        ManifestItem item;
        item.pos = pos_of(node);
        if (node.IsScalar()) {
            item.title = node.Scalar();
        } else if (node.IsMap()) {
            for (const auto& kv : node) {
                std::string key = kv.first.Scalar();
                if (!is_key(kItemKeys, key)) {
                    unknown_key(kv.first, kItemKeys, "an item");
                    continue;
                }
                if (key == "title") item.title = text(kv.second, key);
                if (key == "note") item.note = text(kv.second, key);
                if (key == "documents") {
                    if (kv.second.IsSequence()) {
                        for (const auto& d : kv.second)
                            read_document(d, base, item.documents);
                    } else if (!kv.second.IsNull()) {
                        read_document(kv.second, base, item.documents);
                    }
                }
            }
        } else {
            problem(item.pos, "type", "an item must be a map with a title",
                    "write e.g. '- title: Apologies for Absence'");
            return;
        }
        if (item.title.empty())
            problem(item.pos, "no-title", "an item without a title",
                    "give the item a 'title:' as it should read on the agenda");
        out.push_back(std::move(item));
    }

    Manifest read(const YAML::Node& root) {
        Manifest m;
        m.path = path_;
        fs::path base = fs::path(path_).parent_path();
        SourcePos items_pos;
        bool has_items = false;
        for (const auto& kv : root) {
            std::string key = kv.first.Scalar();
            const YAML::Node& value = kv.second;
            if (!is_key(kTopKeys, key)) {
                unknown_key(kv.first, kTopKeys, "the manifest");
                continue;
            }
            if (key == "council") m.council = text(value, key);
            if (key == "committee") m.committee = text(value, key);
            if (key == "date") m.date = text(value, key);
            if (key == "time") m.time = text(value, key);
            if (key == "venue") m.venue = text(value, key);
            if (key == "lang") m.lang = text(value, key);
            if (key == "contact") read_contact(value, m.contact);
            if (key == "membership") read_membership(value, m.membership);
            if (key == "items") {
                has_items = true;
                items_pos = pos_of(kv.first);
                if (!value.IsSequence()) {
                    problem(pos_of(value), "type", "'items' must be a list of agenda items",
                            "write each item as '- title: ...' under 'items:'");
                    continue;
                }
                for (const auto& item : value)
                    read_item(item, base, m.items);
            }
        }
        for (auto [name, value] :
             {std::pair{"council", &m.council}, {"committee", &m.committee}, {"date", &m.date}})
            if (value->empty())
                problem({1, 1}, "missing-key", fmt::format("the manifest has no '{}'", name),
                        fmt::format("add '{}: ...' (it is printed on the front sheet)", name));
        if (!has_items || m.items.empty())
            problem(has_items ? items_pos : SourcePos{1, 1}, "no-items",
                    "the manifest has no agenda items",
                    "add 'items:' with one '- title: ...' per agenda item");
        return m;
    }

    std::vector<Diagnostic> diagnostics;

  private:
    std::string path_;
};

} // namespace

ManifestResult read_manifest(const std::string& path, const std::string& text) {
    ManifestResult result;
    Reader reader(path);
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        SourcePos at{static_cast<std::uint32_t>(std::max(e.mark.line, 0) + 1),
                     static_cast<std::uint32_t>(std::max(e.mark.column, 0) + 1)};
        reader.problem(at, "yaml", "malformed manifest: " + e.msg,
                       "fix the YAML (see README, 'Agenda pack')");
        result.diagnostics = std::move(reader.diagnostics);
        return result;
    }
    if (!root.IsMap()) {
        reader.problem({1, 1}, "type", "the manifest must be a map of keys (council, items ...)",
                       "see README, 'Agenda pack', for an example manifest");
        result.diagnostics = std::move(reader.diagnostics);
        return result;
    }
    Manifest manifest = reader.read(root);
    result.diagnostics = std::move(reader.diagnostics);
    if (result.diagnostics.empty()) result.manifest = std::move(manifest);
    return result;
}

ManifestResult read_manifest_file(const std::string& path) {
    FileContents file = read_file(path, 1u << 20);
    if (!file.bytes) {
        ManifestResult result;
        result.diagnostics.push_back(error_at(path, {}, "pack/manifest",
                                              "cannot read the manifest: " + file.error,
                                              "check the path of the manifest"));
        return result;
    }
    return read_manifest(path, *file.bytes);
}

} // namespace clerk::pack
