// Whether a sentence lays down what people must do (normative) or reports what particular
// people did or said (narrative). Gendered words are generic only in the first.
#pragma once

#include <string_view>

namespace clerk::text {

/// What the wording of a sentence shows about it.
struct SentenceMood {
    bool normative =
        false; ///< has a modal of obligation or permission (must, shall, should, may, will ...)
    bool narrative = false; ///< names a person, or reports speech or past events without a rule
};

/// Classifies one sentence; `previous` is the sentence before it in the same paragraph, whose
/// named person a pronoun may refer back to.
SentenceMood classify_sentence(std::string_view sentence, std::string_view previous = {});

/// True when the sentence names a particular person: an honorific with a name ("Mr Richards",
/// "Cllr Jones", "Councillors R Walker") or a name followed by a reporting verb ("Hazel Best
/// confirmed").
bool names_a_person(std::string_view sentence);

} // namespace clerk::text
