# Included by tests/CMakeLists.txt in the normal build: builds the fuzz targets in a build tree of
# their own (the "fuzz" preset, with clang: the normal build may use another compiler) under
# BUILD/fuzz, as part of every build, and runs each one for a few seconds as a test (label
# "fuzz") over its seed corpus and what earlier runs found. "./watchfloor fuzz NAME SECONDS"
# runs one for longer.
find_program(WATCHFLOOR_CLANGXX NAMES clang++ clang++-19)
if(NOT WATCHFLOOR_CLANGXX)
    message(STATUS "fuzz: no clang++, so no fuzz targets and no fuzz tests (Debian: clang, libfuzzer-19-dev)")
    return()
endif()

include(ExternalProject)
set(WATCHFLOOR_FUZZ_DIR ${CMAKE_BINARY_DIR}/fuzz)
ExternalProject_Add(watchfloor_fuzz
    SOURCE_DIR ${PROJECT_SOURCE_DIR}
    BINARY_DIR ${WATCHFLOOR_FUZZ_DIR}
    CONFIGURE_COMMAND ${CMAKE_COMMAND} -S ${PROJECT_SOURCE_DIR} -B ${WATCHFLOOR_FUZZ_DIR} --preset fuzz
        -DCMAKE_CXX_COMPILER=${WATCHFLOOR_CLANGXX}
    BUILD_COMMAND ${CMAKE_COMMAND} --build ${WATCHFLOOR_FUZZ_DIR}
    INSTALL_COMMAND ""
    # Sources change without the outer build knowing: let the inner build decide.
    BUILD_ALWAYS TRUE
    USES_TERMINAL_CONFIGURE TRUE
    USES_TERMINAL_BUILD TRUE)

# Seconds per target in a test run; "./watchfloor fuzz" runs longer.
set(WATCHFLOOR_FUZZ_TEST_SECONDS 10 CACHE STRING "How long each fuzz target runs as a test")
file(GLOB fuzz_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/fuzz_*.cpp)
foreach(source IN LISTS fuzz_sources)
    get_filename_component(target ${source} NAME_WE)
    string(REGEX REPLACE "^fuzz_" "" name ${target})
    add_test(NAME ${target}
        COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-fuzzer ${WATCHFLOOR_FUZZ_DIR}/bin/${target}
            ${CMAKE_CURRENT_LIST_DIR}/corpus/${name} ${CMAKE_BINARY_DIR}/fuzz-tests/${name}
            ${WATCHFLOOR_FUZZ_TEST_SECONDS})
    set_tests_properties(${target} PROPERTIES LABELS fuzz TIMEOUT 120)
endforeach()
