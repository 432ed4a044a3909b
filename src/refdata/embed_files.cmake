# Writes OUT, a C++ source holding the bytes of each file of FILES (paths under ROOT,
# separated by "|") as clerk::refdata::bundled_files(). Run at build time by
# src/refdata/CMakeLists.txt.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "")
set(entries "")
set(index 0)
foreach(path ${FILES})
  file(READ ${path} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  file(RELATIVE_PATH name ${ROOT} ${path})
  string(APPEND body "const char file_${index}[] = {${bytes} 0};\n")
  string(APPEND entries "        {\"${name}\", std::string_view(file_${index}, ${size})},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from the bundled data files; do not edit.\n#include \"refdata/bundled.hpp\"\n\nnamespace clerk::refdata {\n\nnamespace {\n\n${body}\n} // namespace\n\nconst std::vector<BundledFile>& bundled_files() {\n    static const std::vector<BundledFile> files{\n${entries}    };\n    return files;\n}\n\n} // namespace clerk::refdata\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
