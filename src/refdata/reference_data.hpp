// Reference data: the facts the content checks compare a document with, from YAML files that
// a council edits (constitution map, legislation register, gendered terms, deprecated titles,
// canonical texts). The bundled files are compiled in (refdata/bundled.hpp).
#pragma once

#include "model/source.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::refdata {

/// Where an entry was written: the data file and the line of the entry.
struct DataOrigin {
    std::string file;
    SourcePos pos;

    friend bool operator==(const DataOrigin&, const DataOrigin&) = default;
};

/// One section of an Act that governance documents cite, with what it is about.
struct ActSection {
    std::string number;                ///< "28", "100A", "151"
    std::string subject;               ///< one line: what the section provides
    std::vector<std::string> keywords; ///< phrases that show a citation is about this section
    std::string repealed_by;           ///< empty unless the section alone was repealed

    friend bool operator==(const ActSection&, const ActSection&) = default;
};

/// One Act of Parliament in the legislation register.
struct Act {
    std::string title;                ///< short title without the year: "Localism Act"
    int year = 0;                     ///< 2011
    std::string chapter;              ///< "2011 c. 20"
    std::vector<ActSection> sections; ///< sections of interest
    std::string repealed_by;          ///< the Act that repealed this one; empty if in force
    std::string successor;            ///< what to cite instead; empty if in force
    DataOrigin origin;

    /// "Localism Act 2011".
    std::string full_title() const { return title + " " + std::to_string(year); }
    /// The section with this number (without subsection), or null.
    const ActSection* section(std::string_view number) const;

    friend bool operator==(const Act&, const Act&) = default;
};

/// The legislation register: Acts, and the other years that share a short title.
struct LegislationRegister {
    std::vector<Act> acts;
    /// Short titles used by several Acts: every year known for the title, so that a year
    /// not listed is a wrong year rather than an Act the register does not describe.
    std::vector<std::pair<std::string, std::vector<int>>> other_years;
    std::string file;

    /// The Act with this exact short title and year, or null.
    const Act* find(std::string_view title, int year) const;
    /// Every year the register knows for a short title (compared case-sensitively).
    std::vector<int> years_of(std::string_view title) const;
    /// True when a short title is in the register (exact spelling).
    bool knows_title(std::string_view title) const;

    friend bool operator==(const LegislationRegister&, const LegislationRegister&) = default;
};

/// How a gendered term is used and so when it is a finding.
enum class GenderedKind {
    Pronoun, ///< he, she, his, her ...: a finding when generic in normative text
    Paired,  ///< him / her, he or she, s/he ...: always generic, a finding outside quotations
    Noun,    ///< chairman, manpower ...: a finding unless it names a particular person
};

/// A gendered word or phrase with its neutral replacements.
struct GenderedTerm {
    std::string term; ///< as matched, lower case: "him / her"
    GenderedKind kind = GenderedKind::Pronoun;
    std::vector<std::string> suggestions; ///< neutral forms, best first
    DataOrigin origin;

    friend bool operator==(const GenderedTerm&, const GenderedTerm&) = default;
};

/// The gendered terms list and the titles that are allowed although gendered.
struct GenderedTerms {
    std::vector<GenderedTerm> terms;
    std::vector<std::string> allowed_titles; ///< "Mayoress", "Alderman"
    std::string file;

    friend bool operator==(const GenderedTerms&, const GenderedTerms&) = default;
};

/// A title that is no longer used, with what replaced it.
struct DeprecatedTitle {
    std::string title;       ///< "Strategic Director"
    std::string replacement; ///< "Executive Director"
    std::string note;        ///< why or since when
    DataOrigin origin;

    friend bool operator==(const DeprecatedTitle&, const DeprecatedTitle&) = default;
};

/// The deprecated titles a council has retired.
struct DeprecatedTitles {
    std::vector<DeprecatedTitle> titles;
    std::string file;

    friend bool operator==(const DeprecatedTitles&, const DeprecatedTitles&) = default;
};

/// One item of a canonical text (one principle), with its accepted wordings.
struct CanonicalItem {
    std::string name;                    ///< "Selflessness"
    std::string text;                    ///< the canonical wording
    std::vector<std::string> accepted;   ///< later official wordings that are not a departure
    std::vector<std::string> superseded; ///< earlier official wordings (out of date)

    friend bool operator==(const CanonicalItem&, const CanonicalItem&) = default;
};

/// A standard text that documents quote, in its canonical wording.
struct CanonicalText {
    std::string id;                 ///< "seven-principles"
    std::string title;              ///< "The Seven Principles of Public Life"
    std::string edition;            ///< "2013"
    std::string source;             ///< where the wording comes from
    std::string opening;            ///< words every item starts with: "Holders of public office"
    std::vector<std::string> names; ///< what documents call it: "Nolan Principles"
    std::vector<CanonicalItem> items;
    DataOrigin origin;

    friend bool operator==(const CanonicalText&, const CanonicalText&) = default;
};

/// Every canonical text.
struct CanonicalTexts {
    std::vector<CanonicalText> texts;
    std::string file;

    friend bool operator==(const CanonicalTexts&, const CanonicalTexts&) = default;
};

/// One provision of a council's constitution that documents cite.
struct ConstitutionEntry {
    std::string cite;               ///< as the map writes it: "Part 3, Schedule 2"
    std::string part;               ///< normalised: "3", "4(b)", "" when none
    std::string schedule;           ///< "2", "" when none
    std::string article;            ///< "12"
    std::string standing_order;     ///< "46"
    std::string title;              ///< what the provision is: "Councillor Bodies"
    std::vector<std::string> names; ///< names and phrases that refer to it, lower case
    DataOrigin origin;

    /// True when `names` or the title contains the phrase (lower case, singular).
    bool names_phrase(std::string_view phrase) const;

    friend bool operator==(const ConstitutionEntry&, const ConstitutionEntry&) = default;
};

/// The constitution map: what each Part, Schedule, Article and Standing Order is.
struct ConstitutionMap {
    std::string council;
    std::vector<ConstitutionEntry> entries;
    std::string file;

    /// The entry for a location (fields normalised as in ConstitutionEntry), or null.
    const ConstitutionEntry* find(std::string_view part, std::string_view schedule,
                                  std::string_view article, std::string_view standing_order) const;

    friend bool operator==(const ConstitutionMap&, const ConstitutionMap&) = default;
};

/// Everything loaded; each part is absent when its file was not found.
struct ReferenceData {
    std::optional<LegislationRegister> legislation;
    std::optional<GenderedTerms> gendered;
    std::optional<DeprecatedTitles> deprecated;
    std::optional<CanonicalTexts> canonical;
    std::optional<ConstitutionMap> constitution;
    /// A map was found but is another council's, so it was left out: the rules that need
    /// one are skipped without a note, as the document is not that council's.
    bool constitution_of_another_council = false;
};

/// The data a document of `council` ("" when it names none) is measured against: a
/// constitution map is one council's, so another council's map (one naming its council) is
/// left out.
ReferenceData for_council(ReferenceData data, const std::string& council);

/// Lower-cases ASCII letters.
std::string lower(std::string_view text);
/// Normalises a Part or Schedule label: "4 (b)" -> "4(b)", "5d" -> "5(d)", "IV" stays.
std::string normalise_label(std::string_view label);

} // namespace clerk::refdata
