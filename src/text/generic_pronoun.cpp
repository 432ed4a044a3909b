#include "text/generic_pronoun.hpp"

#include "text/sentence_mood.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace clerk::text {

namespace {

// Singular nouns for people by role; a gendered pronoun after one may stand for any holder.
bool is_role_noun(std::string_view w) {
    return is_one_of(w, {"councillor",   "member",     "officer",     "chair",
                         "chairman",     "chairwoman", "chairperson", "mayor",
                         "leader",       "clerk",      "director",    "person",
                         "individual",   "employee",   "complainant", "applicant",
                         "candidate",    "resident",   "constituent", "representative",
                         "colleague",    "manager",    "executive",   "spokesperson",
                         "nominee",      "elector",    "citizen",     "tenant",
                         "contractor",   "consultant", "adviser",     "advisor",
                         "investigator", "head",       "deputy",      "secretary",
                         "treasurer",    "solicitor",  "holder",      "postholder",
                         "appointee",    "worker",     "volunteer",   "witness",
                         "petitioner",   "proposer",   "seconder",    "mover",
                         "councilor",    "governor",   "trustee",     "director-general",
                         "author",       "recipient",  "requester",   "subject",
                         "user",         "customer",   "child",       "parent"});
}

// Words that introduce any holder of a role.
bool is_any_determiner(std::string_view w) {
    return is_one_of(w, {"a", "an", "any", "each", "every", "no", "another", "whichever", "either",
                         "such", "whoever", "anyone", "someone", "everyone", "nobody", "somebody"});
}

bool is_definite_determiner(std::string_view w) {
    return is_one_of(w, {"the", "this", "that", "our", "your", "my"});
}

// Adjectives after "the" that make a role generic in a rule: "the relevant officer".
bool is_generic_adjective(std::string_view w) {
    return is_one_of(w, {"relevant", "appropriate", "responsible", "individual", "particular",
                         "nominated", "designated", "named"});
}

// Verbs and markers of a report of past events: minutes and case studies.
bool reports_the_past(std::string_view sentence) {
    for (const Word& word : split_words(sentence)) {
        std::string w = fold_case(word.text);
        if (is_one_of(w, {"was",       "were",      "had",         "did",          "said",
                          "stated",    "explained", "noted",       "indicated",    "confirmed",
                          "responded", "replied",   "asked",       "advised",      "reported",
                          "queried",   "commented", "added",       "agreed",       "expressed",
                          "thanked",   "presented", "informed",    "raised",       "suggested",
                          "proposed",  "welcomed",  "highlighted", "acknowledged", "undertook",
                          "clarified", "outlined",  "requested",   "apologised",   "announced",
                          "felt",      "mentioned", "remarked",    "emphasised",   "recalled",
                          "accepted",  "assured",   "tried",       "took",         "told"}))
            return true;
    }
    return false;
}

// Walks back from the end of `words` to the nearest singular role noun and classifies how
// it is introduced; `found` is false when the words hold none.
Referent classify_nearest(const std::vector<Word>& words, bool& found) {
    found = false;
    for (std::size_t i = words.size(); i-- > 0;) {
        std::string w = fold_case(words[i].text);
        // "whoever", "anyone": the pronoun's referent is anyone at all.
        if (is_one_of(w, {"whoever", "anyone", "someone", "everyone", "nobody", "somebody"})) {
            found = true;
            return Referent::Any;
        }
        if (!is_role_noun(w)) continue;
        found = true;
        // A name after the noun: "Councillor Smith", "Councillor R Walker".
        if (i + 1 < words.size() && is_capitalised(words[i + 1].text) &&
            !is_role_noun(fold_case(words[i + 1].text)) && w == "councillor")
            return Referent::Particular;
        // The word that introduces it, over up to three modifiers ("a Labour Group Member").
        for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
            std::string d = fold_case(words[i - back].text);
            if (is_any_determiner(d)) return Referent::Any;
            if (is_definite_determiner(d)) {
                for (std::size_t k = i - back + 1; k < i; ++k)
                    if (is_generic_adjective(fold_case(words[k].text))) return Referent::Any;
                return Referent::Definite;
            }
            if (is_one_of(d, {"of", "to", "for", "with", "by", "from", "and", "or", "if", "when",
                              "where", "that", "who", "which"}))
                break;
        }
        return Referent::Definite; // a bare role, as in a heading or list
    }
    return Referent::None;
}

} // namespace

Referent referent_of_pronoun(std::string_view sentence, std::size_t offset,
                             std::string_view previous) {
    if (names_a_person(sentence.substr(0, offset))) return Referent::Particular;
    bool found = false;
    Referent r = classify_nearest(split_words(sentence.substr(0, offset)), found);
    if (found) return r;
    if (names_a_person(previous)) return Referent::Particular;
    r = classify_nearest(split_words(previous), found);
    return found ? r : Referent::None;
}

bool is_generic_pronoun(std::string_view sentence, std::size_t offset, std::string_view previous) {
    Referent referent = referent_of_pronoun(sentence, offset, previous);
    if (referent == Referent::Particular || names_a_person(sentence)) return false;
    SentenceMood mood = classify_sentence(sentence, previous);
    // "Any Officer who is asked ... should tell his manager" lays down a rule, whatever its
    // verbs; "A Member asked whether he could attend" reports one.
    if (referent == Referent::Any) return mood.normative || !reports_the_past(sentence);
    return mood.normative && !mood.narrative;
}

} // namespace clerk::text
