# Which component may include which: the one list of the allowed edges between the folders of app/ and ui/
# (docs/architecture.md explains the layers). Every `#include "app/..."` or `#include "ui/..."` of a source
# file is checked against it at configure time; an include of a component that is not listed fails the
# configuration with the file, the line and the rule.
#
# Used two ways:
#   include(CheckComponentIncludes) + console_check_component_includes(<source root>)   (the build)
#   cmake -DCONSOLE_CHECK_ROOT=<dir> -P cmake/CheckComponentIncludes.cmake              (its own test)

if(CMAKE_SCRIPT_MODE_FILE)
    cmake_minimum_required(VERSION 3.25)
endif()

# component -> the components it may include besides itself. A component is a folder under app/ or ui/.
set(CONSOLE_ALLOWED_INCLUDES
    "app/core="
    "app/net=app/core"
    "app/auth=app/core app/net"
    "app/data=app/core app/net"
    "app/email=app/core app/net app/auth"
    "app/realtime=app/core app/net app/auth app/data"
    "app/health=app/core app/net app/auth app/data app/realtime"
    # The sandbox is a backend of its own: it shares only the core and the Phoenix wire format with the client.
    "app/sandbox=app/core app/realtime"
    "app/workspace=app/core app/net app/auth app/data app/email app/realtime app/health app/sandbox"
    "app/cli=app/core app/net app/auth app/data app/email app/realtime app/health app/sandbox app/workspace"
    # UiSettings (the UI's settings file) lives in ui/shell; the shared widgets read it.
    "ui/common=app/core ui/shell"
    "ui/settings=app/core app/auth app/email ui/common ui/shell"
    "ui/logs=app/core ui/common ui/shell"
    "ui/auth=app/core app/auth ui/common ui/shell"
    "ui/health=app/core app/health ui/common ui/shell"
    "ui/campaigns=app/core app/data app/email ui/common ui/shell"
    "ui/feed=app/core app/data app/realtime ui/common ui/campaigns"
    "ui/shell=app/core app/auth app/data app/email app/health app/realtime app/workspace ui/common ui/auth ui/campaigns ui/feed ui/health ui/logs ui/settings"
    # The console's main.cpp.
    "ui=ui/shell")

# The component of a repository-relative path: "app/net/ApiClient.h" -> "app/net", "ui/main.cpp" -> "ui".
function(_console_component_of path out_var)
    if(path MATCHES "^(app|ui)/([^/]+)/")
        set(${out_var} "${CMAKE_MATCH_1}/${CMAKE_MATCH_2}" PARENT_SCOPE)
    elseif(path MATCHES "^(app|ui)/[^/]+$")
        set(${out_var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
    else()
        set(${out_var} "" PARENT_SCOPE)
    endif()
endfunction()

function(console_check_component_includes root)
    set(allowed_map "")
    foreach(entry IN LISTS CONSOLE_ALLOWED_INCLUDES)
        string(REPLACE "=" ";" pair "${entry}")
        list(GET pair 0 from)
        list(LENGTH pair n)
        set(to "")
        if(n GREATER 1)
            list(GET pair 1 to)
        endif()
        string(REPLACE "/" "_" key "${from}")
        set(_allowed_${key} "${to}")
        list(APPEND allowed_map "${from}")
    endforeach()

    file(GLOB_RECURSE sources RELATIVE "${root}" "${root}/app/*.h" "${root}/app/*.cpp" "${root}/ui/*.h"
         "${root}/ui/*.cpp")
    set(problems "")
    foreach(source IN LISTS sources)
        _console_component_of("${source}" from)
        if(NOT from)
            continue()
        endif()
        string(REPLACE "/" "_" key "${from}")
        if(NOT from IN_LIST allowed_map)
            list(APPEND problems "${source}: component ${from} is not in CONSOLE_ALLOWED_INCLUDES")
            continue()
        endif()
        string(REPLACE " " ";" allowed "${_allowed_${key}}")
        file(STRINGS "${root}/${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]+\"(app|ui)/")
        foreach(line IN LISTS lines)
            string(REGEX MATCH "\"([^\"]+)\"" _ "${line}")
            _console_component_of("${CMAKE_MATCH_1}" to)
            if(to AND NOT to STREQUAL from AND NOT to IN_LIST allowed)
                list(APPEND problems "${source}: ${from} may not include ${CMAKE_MATCH_1} (${to})")
            endif()
        endforeach()
    endforeach()
    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Includes across components that cmake/CheckComponentIncludes.cmake does not "
                            "allow:\n  ${text}\nMove the code, or change the allowed list if the layering "
                            "really changes (and say why in docs/architecture.md).")
    endif()
    list(LENGTH sources count)
    message(STATUS "component includes: ${count} files follow the allowed list")
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND CONSOLE_CHECK_ROOT)
    console_check_component_includes("${CONSOLE_CHECK_ROOT}")
endif()
