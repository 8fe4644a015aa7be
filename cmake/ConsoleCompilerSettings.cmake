# Compiler settings shared by every target of the project.

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}" CACHE STRING "" FORCE)
endif()

add_library(console_compile_options INTERFACE)
target_compile_options(console_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(CONSOLE_WARNINGS_AS_ERRORS)
    target_compile_options(console_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(console_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH)

if(CONSOLE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Precompiled Qt and standard headers: CI builds from cold, and most of a translation unit's time here is spent
# parsing Qt's headers. Test targets reuse one PCH built for the test support library.
option(CONSOLE_USE_PCH "Precompile the common Qt headers" ON)
set(CONSOLE_PCH_HEADERS
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLoggingCategory>
    <QObject> <QPointer> <QString> <QStringList> <QTimer> <QUrl> <QUrlQuery> <QVariant>
    <functional> <memory> <optional> <vector>)

function(console_precompile target)
    if(CONSOLE_USE_PCH)
        target_precompile_headers(${target} PRIVATE ${CONSOLE_PCH_HEADERS} ${ARGN})
    endif()
endfunction()
