// Whether a gendered pronoun is generic: it stands for whoever holds a role ("If a
// Councillor feels that he has been treated unfairly, he should ...") rather than for a
// particular person (a named person, the chair of a given meeting, a character of a case
// study).
#pragma once

#include <string_view>

namespace clerk::text {

/// How the nearest person before a pronoun is introduced.
enum class Referent {
    None,       ///< no role noun before the pronoun in its sentence or the one before
    Any,        ///< "a Councillor", "any officer", "each Member", "the relevant officer"
    Definite,   ///< "the Chairman", "the officer present"
    Particular, ///< a named person: "Mr Richards", "Councillor Smith", "Hazel Best"
};

/// The referent of the pronoun at byte `offset` of `sentence`: the nearest singular role
/// noun before it, in the sentence or else in `previous` (the sentence before), and the
/// word that introduces it.
Referent referent_of_pronoun(std::string_view sentence, std::size_t offset,
                             std::string_view previous);

/// True when the gendered pronoun at `offset` of `sentence` is generic: its referent is any
/// holder of a role and the sentence does not report past events; or its referent is a
/// definite role (or not found) and the sentence lays down a rule (must, shall, should,
/// will, may ...) without naming anyone.
bool is_generic_pronoun(std::string_view sentence, std::size_t offset, std::string_view previous);

} // namespace clerk::text
