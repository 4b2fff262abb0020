# What each desktop platform wants of an application beyond its code: Windows resources (icon, version), the macOS
# bundle (Info.plist, icon), and Qt's own deployment of its libraries and plugins next to the programs. Linux needs
# none of it (packaging/CMakeLists.txt installs the desktop file, the icon and the metadata).

# cd_windows_resources(TARGET DESCRIPTION): the icon and version resource of a Windows executable.
function(cd_windows_resources target description)
    if(NOT WIN32)
        return()
    endif()
    set(CD_RC_NAME ${target})
    set(CD_RC_DESCRIPTION "${description}")
    set(CD_RC_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/compliance-desk.ico")
    string(REPLACE "/" "\\\\" CD_RC_ICON "${CD_RC_ICON}")
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
endfunction()

# cd_macos_bundle(TARGET): the bundle's Info.plist (application id, version, icon) and its icon.
function(cd_macos_bundle target)
    if(NOT APPLE)
        return()
    endif()
    set(icon ${PROJECT_SOURCE_DIR}/packaging/macos/compliance-desk.icns)
    target_sources(${target} PRIVATE ${icon})
    set_source_files_properties(${icon} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
    set_target_properties(${target} PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist
        MACOSX_BUNDLE_GUI_IDENTIFIER ${CD_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
endfunction()

# Where the command-line programs go: beside the GUI (Windows, Linux), or inside its bundle on macOS, so that they
# use the Qt libraries deployed into it.
if(APPLE)
    set(CD_TOOLS_DESTINATION compliance-desk.app/Contents/MacOS)
else()
    set(CD_TOOLS_DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# cd_deploy_qt(): on Windows and macOS, `cmake --install` (and so CPack) runs Qt's deployment for the GUI
# (windeployqt / macdeployqt under the hood): Qt's libraries, plugins and translations beside it. The command-line
# programs use a subset of the same libraries. QtKeychain is not a Qt module: its library is installed too.
function(cd_deploy_qt)
    if(NOT (WIN32 OR APPLE))
        return()
    endif()
    qt_generate_deploy_app_script(TARGET compliance-desk OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_script})
    if(WIN32)
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endfunction()
