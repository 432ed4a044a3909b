// Pictures on the page: a PNG (a council's logo) decoded by cairo, ready to paint.
#pragma once

#include <cairo.h>
#include <memory>
#include <string>

namespace clerk::pdf {

/// A decoded picture; shared, since each layout pass places it again.
using Picture = std::shared_ptr<cairo_surface_t>;

/// Decodes PNG bytes. Throws std::runtime_error naming `where` when they are not a PNG
/// cairo can read.
Picture decode_png(const std::string& bytes, const std::string& where);

/// A picture's size in pixels.
int picture_width(const Picture& picture);
int picture_height(const Picture& picture);

} // namespace clerk::pdf
