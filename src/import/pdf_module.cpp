// Finding and opening the PDF import module (pdf_words.hpp) the first time a PDF is read:
// beside the binary (the build folder), one folder up (a test binary in build/tests), in
// lib/<arch>/clerk or lib/clerk beside an installed binary's bin folder, or in the install
// prefix it was configured for.
#include "import/pdf_words.hpp"

#include <dlfcn.h>
#include <filesystem>
#include <mutex>

namespace clerk::import {

namespace fs = std::filesystem;

namespace {

struct Module {
    ReadPdfWordsFunction read = nullptr;
    std::string error; // why it could not be loaded
};

std::vector<fs::path> module_candidates() {
    std::vector<fs::path> out;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path bin = exe.parent_path();
        out.push_back(bin / kPdfImportModule);
        out.push_back(bin.parent_path() / kPdfImportModule);
        out.push_back(bin.parent_path() / CLERK_INSTALL_LIBDIR / "clerk" / kPdfImportModule);
        out.push_back(bin.parent_path() / "lib" / "clerk" / kPdfImportModule);
    }
    out.push_back(fs::path(CLERK_INSTALL_FULL_LIBDIR) / "clerk" / kPdfImportModule);
    return out;
}

Module load_module() {
    Module m;
    std::error_code ec;
    std::string last_error;
    for (const fs::path& candidate : module_candidates()) {
        if (!fs::is_regular_file(candidate, ec)) continue;
        // Kept open for the life of the process: Poppler's objects live in it.
        void* handle = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* why = ::dlerror();
            last_error = why ? why : candidate.string();
            continue;
        }
        if (auto* entry =
                reinterpret_cast<ReadPdfWordsFunction>(::dlsym(handle, kReadPdfWordsSymbol))) {
            m.read = entry;
            return m;
        }
        last_error = candidate.string() + " is from another version of Clerk";
        ::dlclose(handle);
    }
    m.error = last_error.empty()
                  ? std::string("the PDF reader (") + kPdfImportModule + ") is not installed"
                  : "the PDF reader could not be loaded: " + last_error;
    return m;
}

} // namespace

PdfWords read_pdf_words(const std::string& bytes) {
    static std::once_flag once;
    static Module module;
    std::call_once(once, [] { module = load_module(); });
    PdfWords out;
    if (!module.read) {
        out.error = module.error;
        out.help = std::string("build or install Clerk with its PDF reader: ") + kPdfImportModule +
                   " belongs beside the clerk binary or in lib/clerk";
        return out;
    }
    module.read(bytes.data(), bytes.size(), &out);
    return out;
}

} // namespace clerk::import
