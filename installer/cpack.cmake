# Packages: `cpack -G DEB` (Debian 12) and `cpack -G TGZ` in the build folder, from the install rules of the whole
# project (bin/hublens, translations, desktop file, metainfo, icons, man page).
set(CPACK_PACKAGE_NAME hublens)
set(CPACK_PACKAGE_VENDOR "HubLens contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Explorer for the Hugging Face Hub: desktop application and command line")
set(CPACK_PACKAGE_CONTACT "HubLens maintainers <maintainers@hublens.invalid>" CACHE STRING
    "Maintainer field of the packages (a placeholder until the project has a contact address)")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds carry debug info the packages do not need
set(CPACK_PACKAGE_FILE_NAME ${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR})
set(CPACK_SOURCE_GENERATOR "") # source tarballs come from git

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # hublens_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION "HubLens searches and inspects models and datasets on the Hugging Face Hub:
model cards, metadata, inference providers, evaluation results, files and
dataset rows. It keeps what it has seen in a local cache, so browsing
continues offline. It sends one prompt to several inference endpoints
(Hugging Face Inference Providers, Ollama, llama.cpp, vLLM, TGI) and
compares the streamed answers, speed and cost. The hublens command line
offers the same searches and comparisons with table or JSON output.")
# Debian 12's runtime packages, as dpkg-shlibdeps computes them for bin/hublens (the test installer_deb_depends
# fails when a newly linked library is missing here). The Qt SVG package also brings the SVG icon engine plugin.
# Qt Charts draws the Dashboard. Qt Network and SQL are not linked today; add libqt6network6 or libqt6sql6-sqlite
# when they are.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6 (>= 2.34), libstdc++6 (>= 11), libgcc-s1 (>= 3.0), libqt6core6 (>= 6.4.0), libqt6gui6 (>= 6.4.0), libqt6widgets6 (>= 6.4.0), libqt6svg6 (>= 6.4.0), libqt6charts6 (>= 6.4.0), libqt6keychain1 (>= 0.13.2), libcurl4 (>= 7.80.0), libsqlite3-0 (>= 3.35.0)")
# Qt's own translations (standard buttons and dialogs), and the Wayland platform plugin for Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

include(CPack)

# A sanitized build links libasan and libubsan, which no package needs: the check runs on normal builds only.
if(HUBLENS_BUILD_TESTS AND NOT HUBLENS_SANITIZE)
    find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(DPKG_SHLIBDEPS)
        add_test(NAME installer_deb_depends
            COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:hublens> "-DDEPENDS=${CPACK_DEBIAN_PACKAGE_DEPENDS}"
                -DDPKG_SHLIBDEPS=${DPKG_SHLIBDEPS} -DWORK_DIR=${CMAKE_BINARY_DIR}/installer/shlibdeps
                -P ${CMAKE_CURRENT_LIST_DIR}/tests/check_deb_depends.cmake)
    else()
        add_test(NAME installer_deb_depends
            COMMAND sh -c "echo 'dpkg-shlibdeps not found (apt install dpkg-dev)'; exit 77")
    endif()
    set_tests_properties(installer_deb_depends PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
