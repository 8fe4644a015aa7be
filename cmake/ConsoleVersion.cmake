# The version is project(VERSION) alone; this adds the Git commit a build comes from. A target that always runs
# writes build/generated/ConsoleBuildCommit.cpp, rewriting it only when the commit (or the tree's "dirty" state)
# changed, so Ninja's restat keeps the build a no-op otherwise. The file registers the commit with
# cc::AppInfo::setCommit before main(); it is compiled into the three programs only, so a new commit relinks
# them and not every test.
# The day PROJECT_VERSION was released: the AppStream <release> and the Debian changelog entry (RFC 2822 there).
set(CONSOLE_RELEASE_DATE 2026-12-08)
set(CONSOLE_RELEASE_DATE_RFC2822 "Tue, 08 Dec 2026 12:00:00 +0000")
# The Debian packages are PROJECT_VERSION-CONSOLE_DEBIAN_REVISION; the revision counts packaging-only changes.
set(CONSOLE_DEBIAN_REVISION 1)
set(CONSOLE_MAINTAINER "Campaign Console maintainers <maintainers@campaign-console.invalid>")

set(CONSOLE_BUILD_COMMIT_SOURCE ${CMAKE_BINARY_DIR}/generated/ConsoleBuildCommit.cpp)
add_custom_target(console_build_commit
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${CONSOLE_BUILD_COMMIT_SOURCE}
            -P ${CMAKE_CURRENT_LIST_DIR}/WriteBuildCommit.cmake
    BYPRODUCTS ${CONSOLE_BUILD_COMMIT_SOURCE}
    COMMENT "Recording the Git commit"
    VERBATIM)

foreach(_program campaign-console campaignctl campaign-sandbox)
    target_sources(${_program} PRIVATE ${CONSOLE_BUILD_COMMIT_SOURCE})
    add_dependencies(${_program} console_build_commit)
endforeach()
