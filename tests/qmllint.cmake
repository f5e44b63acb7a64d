# Runs qmllint over every QML module and fails on any warning: qmllint itself exits 0 on them.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target all_qmllint
    OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
string(REGEX MATCHALL "(Warning|Error): [^\n]*" findings "${out}")
list(LENGTH findings n)
if(NOT rc EQUAL 0 OR n GREATER 0)
    message(FATAL_ERROR "qmllint: ${n} findings (exit ${rc})\n${out}")
endif()
message(STATUS "qmllint: no findings")
