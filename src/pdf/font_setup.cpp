#include "pdf/font_setup.hpp"

#include <cstdlib>
#include <fontconfig/fontconfig.h>
#include <mutex>

namespace clerk::pdf {

namespace {

// The directories of Debian's /etc/fonts/fonts.conf and its cache directories, and of the
// system's rules only those that choose fonts for the PDF: which generic family (sans-serif,
// serif, monospace) each Latin font belongs to and which fonts each generic family prefers, so
// that a character the template's font lacks (a tick, an arrow) comes from the font the
// system would take; and bold or italic made up for a font that has none. The rest (hinting,
// anti-aliasing, metric aliases, other scripts' preferences) change nothing in a PDF set in
// the template's fonts and cost as much again to read and apply.
constexpr const char* kFontDirectories = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir prefix="xdg">fonts</dir>
  <dir>~/.fonts</dir>
  <cachedir>/var/cache/fontconfig</cachedir>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <cachedir>~/.fontconfig</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d/45-latin.conf</include>
  <include ignore_missing="yes">/etc/fonts/conf.d/49-sansserif.conf</include>
  <include ignore_missing="yes">/etc/fonts/conf.d/60-latin.conf</include>
  <include ignore_missing="yes">/etc/fonts/conf.d/90-synthetic.conf</include>
</fontconfig>
)";

bool user_chose_configuration() {
    return std::getenv("FONTCONFIG_FILE") != nullptr || std::getenv("FONTCONFIG_PATH") != nullptr;
}

void set_up() {
    if (user_chose_configuration()) return;
    FcConfig* config = FcConfigCreate();
    if (!config) return;
    // Where these directories hold no font (another system's layout), fontconfig's own
    // configuration is left to load on first use.
    if (FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(kFontDirectories),
                                       FcFalse) &&
        FcConfigBuildFonts(config)) {
        FcFontSet* fonts = FcConfigGetFonts(config, FcSetSystem);
        if (fonts && fonts->nfont > 0) FcConfigSetCurrent(config);
    }
    FcConfigDestroy(config); // the current configuration holds its own reference
}

} // namespace

void use_document_fonts() {
    static std::once_flag once;
    std::call_once(once, set_up);
}

} // namespace clerk::pdf
