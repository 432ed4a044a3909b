// The fonts the PDF is set in: fontconfig's font directories with only the system's rules
// that choose fonts.
#pragma once

namespace clerk::pdf {

/// Makes fontconfig's current configuration one that knows the fonts installed in the usual
/// directories (the system's, /usr/local's and the user's, read from fontconfig's caches) and,
/// of the system's rules, only the four that choose fonts for Latin text (font_setup.cpp).
/// The template names its fonts and the PDF must not depend on the machine's hinting,
/// anti-aliasing or alias settings; reading all the rules (over 70 files in Debian) and
/// applying them to every font size took a sixth of the time to render a document. Someone who
/// sets FONTCONFIG_FILE or FONTCONFIG_PATH gets their own configuration, as with any other
/// program. Safe to call many times and from any thread; the first call does the work, and the
/// configuration stays for the process.
void use_document_fonts();

} // namespace clerk::pdf
