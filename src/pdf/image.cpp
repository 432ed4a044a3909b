#include "pdf/image.hpp"

#include <cstring>
#include <stdexcept>

namespace clerk::pdf {

namespace {

struct PngReader {
    const std::string& bytes;
    std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<PngReader*>(closure);
    if (reader->bytes.size() - reader->at < length) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, reader->bytes.data() + reader->at, length);
    reader->at += length;
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

Picture decode_png(const std::string& bytes, const std::string& where) {
    PngReader reader{bytes};
    cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(read_png, &reader);
    Picture picture(surface, cairo_surface_destroy);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS ||
        cairo_image_surface_get_width(surface) <= 0 || cairo_image_surface_get_height(surface) <= 0)
        throw std::runtime_error(where + " is not a PNG image that can be read (" +
                                 cairo_status_to_string(cairo_surface_status(surface)) +
                                 "); save the logo as PNG again, or remove it");
    return picture;
}

int picture_width(const Picture& picture) {
    return cairo_image_surface_get_width(picture.get());
}

int picture_height(const Picture& picture) {
    return cairo_image_surface_get_height(picture.get());
}

} // namespace clerk::pdf
