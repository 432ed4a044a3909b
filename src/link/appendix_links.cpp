// A covering document's references resolved against its appendices: a report or minutes
// cite the numbers of the documents they present ("the amendment to Section 5.8", "the
// protocol at Appendix 1").
#include "link/links.hpp"
#include "model/ascii.hpp"

#include <cctype>

namespace clerk {

namespace {

bool is_alnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// The label a document's title gives it as an appendix: "2" for "Appendix 2, Action Plan",
// "a" for "Appendix A – Code complaints table"; "" when the title carries none.
std::string title_label(const Document& doc, const std::string& noun) {
    std::string title = ascii_lower(doc.metadata.title);
    std::string lead = noun + " ";
    if (title.rfind(lead, 0) != 0) return "";
    std::size_t end = lead.size();
    while (end < title.size() && is_alnum(title[end]))
        ++end;
    return title.substr(lead.size(), end - lead.size());
}

// The place a label names in a list: 2 for "2" and for "b"; 0 for anything else.
std::size_t ordinal(const std::string& label) {
    if (label.size() == 1 && label[0] >= 'a' && label[0] <= 'z')
        return static_cast<std::size_t>(label[0] - 'a') + 1;
    if (label.empty() || label.size() > 2) return 0;
    for (char c : label)
        if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    return static_cast<std::size_t>(std::stoi(label));
}

// The appendix "Appendix 2" names: the one titled so, else the second of the unlabelled.
const AppendixDocument* appendix_named(const std::vector<AppendixDocument>& appendices,
                                       const std::string& noun, const std::string& label) {
    std::vector<const AppendixDocument*> unlabelled;
    for (const AppendixDocument& a : appendices) {
        std::string own = title_label(*a.document, noun);
        if (own == label) return &a;
        if (own.empty()) unlabelled.push_back(&a);
    }
    std::size_t n = ordinal(label);
    return n >= 1 && n <= unlabelled.size() ? unlabelled[n - 1] : nullptr;
}

} // namespace

void resolve_in_appendices(Links& links, const std::vector<AppendixDocument>& appendices) {
    for (const AppendixDocument& a : appendices)
        links.appendices.push_back(a.name);
    for (Reference& ref : links.references) {
        for (ReferenceTarget& target : ref.targets) {
            if (target.unit != kNoUnit) continue;
            if (target.noun == "appendix" || target.noun == "annex") {
                if (const AppendixDocument* a =
                        appendix_named(appendices, target.noun, ascii_lower(target.number)))
                    target.elsewhere = a->name;
                continue;
            }
            for (const AppendixDocument& a : appendices)
                if (a.document->find(target.id) != kNoUnit) {
                    target.elsewhere = a.name;
                    break;
                }
        }
    }
}

} // namespace clerk
