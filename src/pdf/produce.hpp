// The steps every PDF goes through: build the flow and paginate it until the contents' page
// numbers are stable, draw it with cairo, draw the furniture, finish the two into one file.
#pragma once

#include "pdf/builder.hpp"

#include <functional>
#include <map>
#include <string>

namespace clerk::pdf {

/// What is produced: the document whose metadata the file, banner and furniture show.
struct Production {
    const Document& doc;
    std::string title;      ///< the file's title
    bool landscape = false; ///< pages turned (the action plan)
};

/// Builds the flow; `pages` maps each named destination to its printed page number (empty on
/// the first pass).
using BuildFlow =
    std::function<void(FlowBuilder&, const std::map<std::string, std::string>& pages)>;

/// Lays out, draws and finishes a PDF.
PdfOutput produce_pdf(const Production& production, const PdfStyle& style,
                      const PdfContext& context, const BuildFlow& build);

} // namespace clerk::pdf
