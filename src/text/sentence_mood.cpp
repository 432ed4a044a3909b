#include "text/sentence_mood.hpp"

#include "text/text_runs.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace clerk::text {

namespace {

bool is_modal(const std::string& w) {
    return is_one_of(w,
                     {"must", "shall", "should", "may", "will", "can", "cannot", "need", "needs",
                      "required", "expected", "entitled", "ought", "mustn't", "shan't", "won't"});
}

// Verbs that report what someone said or did: minutes and case studies, not rules.
bool is_reporting_verb(const std::string& w) {
    return is_one_of(w, {"said",        "says",         "stated",     "states",    "explained",
                         "explains",    "noted",        "indicated",  "confirmed", "confirms",
                         "responded",   "responds",     "replied",    "replies",   "asked",
                         "asks",        "advised",      "reported",   "queried",   "commented",
                         "added",       "agreed",       "expressed",  "thanked",   "presented",
                         "informed",    "raised",       "suggested",  "proposed",  "welcomed",
                         "highlighted", "acknowledged", "undertook",  "clarified", "outlined",
                         "requested",   "apologised",   "announced",  "felt",      "feels",
                         "mentioned",   "remarked",     "emphasised", "recalled",  "accepted",
                         "assured",     "considered",   "tried",      "took",      "told"});
}

bool is_past_marker(const std::string& w) {
    return is_one_of(w, {"was", "were", "had", "did"});
}

bool is_honorific(std::string_view w) {
    return is_one_of(w, {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Cllrs", "Sir", "Dame", "Lord",
                         "Lady", "Professor", "Prof", "Rev", "Revd"});
}

// Words that follow "Councillor" in a role or body rather than a name.
bool is_role_word(std::string_view w) {
    return is_one_of(
        w, {"Body",     "Bodies",  "Enquiries", "Enquiry",     "Officer",  "Officers",  "Relations",
            "Code",     "Member",  "Members",   "Support",     "Hub",      "Group",     "Groups",
            "Services", "Conduct", "Protocol",  "Development", "Training", "Briefing",  "Briefings",
            "Call",     "Role",    "Roles",     "Allowances",  "Access",   "Complaints"});
}

} // namespace

bool names_a_person(std::string_view sentence) {
    std::vector<Word> words = split_words(sentence);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        std::string_view w = words[i].text, next = words[i + 1].text;
        if (is_honorific(w) && is_capitalised(next)) return true;
        if ((w == "Councillor" || w == "Councillors") && is_capitalised(next) &&
            !is_role_word(next)) {
            // "Councillor Ian Gilbert", "Councillors R Walker": a name, not "Councillor Bodies".
            if (next.size() == 1) return true;
            if (i + 2 < words.size() && is_capitalised(words[i + 2].text) &&
                !is_role_word(words[i + 2].text))
                return true;
        }
        // "Hazel Best confirmed": two capitalised words then a reporting verb.
        if (i + 2 < words.size() && is_capitalised(w) && is_capitalised(next) &&
            !is_role_word(next) && !is_all_caps(w) &&
            is_reporting_verb(fold_case(words[i + 2].text)))
            return true;
    }
    return false;
}

SentenceMood classify_sentence(std::string_view sentence, std::string_view previous) {
    SentenceMood mood;
    bool reporting = false, past = false;
    for (const Word& word : split_words(sentence)) {
        std::string w = fold_case(word.text);
        mood.normative = mood.normative || is_modal(w);
        reporting = reporting || is_reporting_verb(w);
        past = past || is_past_marker(w);
    }
    bool strong_rule = false;
    for (const Word& word : split_words(sentence)) {
        std::string w = fold_case(word.text);
        strong_rule = strong_rule || is_one_of(w, {"must", "shall", "should"});
    }
    mood.narrative = names_a_person(sentence) || (!previous.empty() && names_a_person(previous)) ||
                     (reporting && !strong_rule) || (past && !mood.normative);
    return mood;
}

} // namespace clerk::text
