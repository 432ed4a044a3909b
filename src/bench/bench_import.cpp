// Importing at scale: a Word package of 1,000,000 paragraphs (10,000 headed sections of 99
// numbered clauses), read from its zip through the whole .docx import.
#include "bench/bench.hpp"
#include "import/import.hpp"
#include "io/zip_archive.hpp"

#include <fmt/format.h>
#include <stdexcept>

namespace clerk::bench {
namespace {

const std::string& million_paragraph_docx() {
    static const std::string package = [] {
        std::string xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                          R"(<w:document xmlns:w="http://schemas.openxmlformats.org/)"
                          R"(wordprocessingml/2006/main"><w:body>)";
        for (int section = 1; section <= 10000; ++section) {
            xml += fmt::format(R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r>)"
                               R"(<w:t>{0}. Section {0}</w:t></w:r></w:p>)",
                               section);
            for (int clause = 1; clause <= 99; ++clause)
                xml += fmt::format("<w:p><w:r><w:t>{}.{} Officers will advise.</w:t></w:r></w:p>",
                                   section, clause);
        }
        xml += "</w:body></w:document>";
        return zip_archive({{"[Content_Types].xml",
                             R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://)"
                             R"(schemas.openxmlformats.org/package/2006/content-types"/>)"},
                            {"word/document.xml", xml}});
    }();
    return package;
}

Registration import_benchmarks{{
    {"import: .docx of 1,000,000 paragraphs", 20000.0,
     [] {
         ImportResult result = import_docx("million.docx", million_paragraph_docx());
         if (!result.ok()) throw std::runtime_error("the generated .docx was refused");
         keep(result);
     }},
}};

} // namespace
} // namespace clerk::bench
