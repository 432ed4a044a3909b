// The fonts the PDF is set in: fontconfig's font directories without the desktop's
// substitution rules.
#pragma once

namespace clerk::pdf {

/// Makes fontconfig's current configuration one that knows the fonts installed in the usual
/// directories (the system's, /usr/local's and the user's, read from fontconfig's caches) and
/// none of the system's rules. The template names its fonts and the PDF must not depend on the
/// machine's hinting, anti-aliasing or alias settings; reading and applying those rules (over
/// 70 files in Debian) was a sixth of the time taken to render a document. Someone who sets
/// FONTCONFIG_FILE or FONTCONFIG_PATH gets their own configuration, as with any other program.
/// Safe to call many times and from any thread; the first call does the work, and the
/// configuration stays for the process.
void use_document_fonts();

} // namespace clerk::pdf
