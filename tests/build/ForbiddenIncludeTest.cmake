# The include check of cmake/CheckComponentIncludes.cmake, run on small trees made here: an allowed tree
# passes, and each kind of forbidden include fails the check with the file and the rule. Run by ctest as
#   cmake -DCHECK_SCRIPT=<path of CheckComponentIncludes.cmake> -DWORK_DIR=<scratch dir> -P ForbiddenIncludeTest.cmake
cmake_minimum_required(VERSION 3.25)

function(make_tree dir)
    file(REMOVE_RECURSE "${dir}")
    file(WRITE "${dir}/app/core/Clock.h" "#pragma once\n")
    file(WRITE "${dir}/app/net/ApiClient.h" "#pragma once\n#include \"app/core/Clock.h\"\n")
    file(WRITE "${dir}/ui/shell/MainWindow.h" "#pragma once\n#include \"app/core/Clock.h\"\n")
endfunction()

# Runs the check on `dir`; `expect` is PASS or the text the failure must name.
function(expect_check name dir expect)
    execute_process(COMMAND "${CMAKE_COMMAND}" -DCONSOLE_CHECK_ROOT=${dir} -P "${CHECK_SCRIPT}"
                    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(expect STREQUAL "PASS")
        if(NOT code EQUAL 0)
            message(FATAL_ERROR "${name}: the allowed tree failed the check:\n${err}")
        endif()
    else()
        if(code EQUAL 0)
            message(FATAL_ERROR "${name}: a forbidden include passed the check")
        endif()
        string(FIND "${err}" "${expect}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "${name}: the failure does not say \"${expect}\":\n${err}")
        endif()
    endif()
    message(STATUS "${name}: ok")
endfunction()

set(tree "${WORK_DIR}/include-check")

make_tree("${tree}")
expect_check("allowed tree passes" "${tree}" PASS)

make_tree("${tree}")
file(WRITE "${tree}/app/core/Clock.h" "#pragma once\n#include \"app/net/ApiClient.h\"\n")
expect_check("core including net fails" "${tree}" "app/core/Clock.h: app/core may not include app/net/ApiClient.h")

make_tree("${tree}")
file(WRITE "${tree}/app/net/Retry.cpp" "  #  include \"ui/shell/MainWindow.h\"\n")
expect_check("app including ui fails" "${tree}" "app/net/Retry.cpp: app/net may not include ui/shell/MainWindow.h")

make_tree("${tree}")
file(WRITE "${tree}/app/sandbox/Server.cpp" "#include \"app/auth/Session.h\"\n")
expect_check("sandbox including the client's auth fails" "${tree}" "app/sandbox may not include app/auth/Session.h")

make_tree("${tree}")
file(WRITE "${tree}/app/gadgets/Gadget.h" "#pragma once\n")
expect_check("a component missing from the list fails" "${tree}" "component app/gadgets is not in CONSOLE_ALLOWED_INCLUDES")

file(REMOVE_RECURSE "${tree}")
