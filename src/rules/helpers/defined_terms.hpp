// What the defined-term rules share: the document's defined terms, whether a unit is part of
// the definitions, and word-bounded occurrences of a term.
#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace clerk::check {

/// A term the document defines, with where.
struct DefinedTerm {
    std::string term;
    UnitIndex unit = kNoUnit;
    SourcePos pos;
};

/// The terms of the document's definitions units.
std::vector<DefinedTerm> defined_terms(const Document& document);

/// Per unit: true when it is a definitions unit, a definition, or inside one. Computed once
/// per document (the rules ask for every run).
std::vector<bool> definitions_mask(const Document& document);

/// The mask's answer for a unit (false for none).
bool in_definitions(const std::vector<bool>& mask, UnitIndex unit);

/// Word-bounded occurrences of `needle` in `hay` (exact bytes); a plural "s" or a possessive
/// "'s" may follow.
std::vector<std::size_t> occurrences(const std::string& hay, const std::string& needle);

/// True when `needle` occurs at `at` in `hay`, word-bounded as occurrences() counts it.
bool occurs_at(const std::string& hay, std::size_t at, const std::string& needle);

/// Forms of a term: as written, and plural of the last word (Body -> Bodies).
std::vector<std::string> term_forms(const std::string& term);

} // namespace clerk::check
