# Compiler flags of the fuzz build (the "fuzz" preset: clang, WATCHFLOOR_FUZZ=ON), set before any
# target exists so that the parsers' libraries are instrumented as well as the fuzz targets.
#
# Best: libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer, which needs clang's
# runtime libraries (Debian: libclang-rt-19-dev). Without them: libFuzzer from libfuzzer-19-dev
# (libFuzzer.a), coverage instrumentation, UndefinedBehaviorSanitizer in trap mode (needs no
# runtime), and the bounds checks of libstdc++ and of Qt's containers (QT_FORCE_ASSERTS), so an
# out-of-range index is still a crash the fuzzer reports.
include(CheckCXXSourceCompiles)
include(CMakePushCheckState)

set(fuzz_probe "#include <cstddef>
#include <cstdint>
extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }")
cmake_push_check_state(RESET)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer,address,undefined")
set(CMAKE_REQUIRED_LINK_OPTIONS "-fsanitize=fuzzer,address,undefined")
check_cxx_source_compiles("${fuzz_probe}" WATCHFLOOR_FUZZ_HAS_ASAN)
cmake_pop_check_state()

# Compile options only (CMAKE_CXX_FLAGS would reach the link line too, and ask for runtimes).
add_compile_options(-g -fno-omit-frame-pointer)
add_compile_definitions(_GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
if(WATCHFLOOR_FUZZ_HAS_ASAN)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined)
    set(WATCHFLOOR_FUZZ_LINK_OPTIONS -fsanitize=fuzzer,address,undefined)
    set(WATCHFLOOR_FUZZ_LINK_LIBRARIES)
    message(STATUS "fuzz: libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer")
else()
    find_library(WATCHFLOOR_LIBFUZZER NAMES Fuzzer libFuzzer.a
        PATHS /usr/lib/llvm-19/lib /usr/lib/llvm-20/lib /usr/lib/llvm-18/lib NO_DEFAULT_PATH)
    if(NOT WATCHFLOOR_LIBFUZZER)
        message(FATAL_ERROR "fuzz: clang cannot link -fsanitize=fuzzer and no libFuzzer.a was found "
            "(Debian: libfuzzer-19-dev, or libclang-rt-19-dev for the full sanitizers)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,undefined -fno-sanitize=vptr -fsanitize-trap=all)
    set(WATCHFLOOR_FUZZ_LINK_OPTIONS)
    set(WATCHFLOOR_FUZZ_LINK_LIBRARIES ${WATCHFLOOR_LIBFUZZER}) # after the objects that need it
    message(STATUS "fuzz: libFuzzer (${WATCHFLOOR_LIBFUZZER}) with UndefinedBehaviorSanitizer (trap) and "
        "bounds checks; AddressSanitizer needs clang's runtime (Debian: libclang-rt-19-dev)")
endif()
