set(CPACK_PACKAGE_NAME "compliance-desk")
set(CPACK_PACKAGE_VENDOR "Compliance Desk developers")
set(CPACK_PACKAGE_CONTACT "Compliance Desk developers <maintainers@compliancedesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description (Debian shows it under the summary), its lines under 80 characters as Debian wants.
set(CPACK_PACKAGE_DESCRIPTION "Compliance Desk is a desktop application for agencies, resellers and
compliance managers who register and keep SMS and WhatsApp senders compliant
on the sent.dm messaging platform: an organization's child sender profiles,
their brands and their US 10DLC campaigns.

It shows the whole organization in one tree, checks campaign content against
The Campaign Registry's rules before it is submitted, keeps drafts and a
tamper-evident local history, follows statuses as they change, works on
hundreds of profiles at once with resumable bulk jobs, and writes PDF and CSV
compliance reports. API keys are kept in the system keychain.

The package also contains compliance-desk-cli, the same services for scripts,
and compliance-desk-sandbox, a local stand-in for the sent.dm API.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Compliance Desk")
# Per platform: a .deb and a tarball on Linux, an installer (NSIS, with shortcuts and an uninstaller) and a zip on
# Windows, a disk image to drag the bundle from on macOS. Each carries the licence.
if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_EXECUTABLES "compliance-desk;Compliance Desk") # the Start menu's shortcut
    set(CPACK_CREATE_DESKTOP_LINKS "compliance-desk")
    set(CPACK_NSIS_DISPLAY_NAME "Compliance Desk")
    set(CPACK_NSIS_PACKAGE_NAME "Compliance Desk ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/compliance-desk.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/compliance-desk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\compliance-desk.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put compliance-desk-cli on the PATH
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Compliance Desk")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/compliance-desk.icns")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps sees none of them: libsecret (QtKeychain dlopens it), the platform, SQLite
# driver and SVG plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
# Qt's own words (the wizards' Next and Back, the file dialogs' buttons) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
include(CPack)
