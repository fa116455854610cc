# The newest <release> in the AppStream metainfo is the project's version, so software centres show the right one.
# Usage: cmake -DMETAINFO=<file> -DVERSION=<x.y.z> -P check_metainfo_release.cmake
cmake_minimum_required(VERSION 3.22)
file(READ "${METAINFO}" text)
if(NOT text MATCHES "<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO} has no <release>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}; add a "
        "<release version=\"${VERSION}\" date=\"YYYY-MM-DD\"> entry at the top of <releases>")
endif()
message(STATUS "metainfo release ${VERSION}")
