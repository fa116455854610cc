# Installs the build into a scratch prefix and checks that every file the packages need is there, that the PNG
# icons have their nominal sizes, and that the installed hublens runs.
# Usage: cmake -DBUILD_DIR=… -DPREFIX=… -DAPP_ID=… -DICON_SIZES=48|64 -DBINDIR=bin -DDATADIR=share -DMANDIR=share/man
#              [-DAPPSTREAMCLI=…] -P check_install_tree.cmake
cmake_minimum_required(VERSION 3.22)
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

string(REPLACE "|" ";" sizes "${ICON_SIZES}")
set(expected
    "${BINDIR}/hublens"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${MANDIR}/man1/hublens.1.gz")
foreach(language en de es fr ja zh_CN)
    list(APPEND expected "${DATADIR}/hublens/translations/hublens_${language}.qm")
endforeach()
foreach(size IN LISTS sizes)
    list(APPEND expected "${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
endforeach()
set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "missing from the install tree: ${missing}")
endif()

# PNG: the IHDR chunk holds the width and height as big-endian 32-bit numbers at bytes 16 and 20.
foreach(size IN LISTS sizes)
    set(png "${PREFIX}/${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 width)
    string(SUBSTRING "${header}" 40 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png} is ${width}x${height}, expected ${size}x${size}")
    endif()
endforeach()

# The metainfo, desktop file and icons agree with each other where they are installed.
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${PREFIX}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree failed:\n${output}")
    endif()
endif()

execute_process(COMMAND "${PREFIX}/${BINDIR}/hublens" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "^hublens [0-9]")
    message(FATAL_ERROR "the installed hublens --version failed (${result}): ${output}")
endif()
list(LENGTH expected count)
message(STATUS "install tree complete (${count} files); ${output}")
