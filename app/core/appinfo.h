#pragma once

#include <QLocale>
#include <QString>

namespace cd {

// One place for the identifiers that the desktop file, AppStream metadata, keychain and settings share.
struct AppInfo
{
    static QString applicationId() { return QStringLiteral(CD_APP_ID); }
    static QString organizationDomain() { return QStringLiteral("compliancedesk.github.io"); }
    static QString organizationName() { return QStringLiteral("Compliance Desk"); }
    static QString applicationName() { return QStringLiteral("compliance-desk"); }
    // Where the local data the GUI and the CLI share lives (the history): the same directory whatever the running
    // program calls itself (the CLI names itself compliance-desk-cli).
    static QString sharedDataDirectory();
    static QString displayName() { return QStringLiteral("Compliance Desk"); }
    static QString version() { return QStringLiteral(CD_VERSION); }
    static QString licence() { return QStringLiteral("GPL-3.0-or-later"); } // SPDX, as the AppStream file says
    // The generation of sent.dm's API the client speaks: its paths (/v3/…) and the fields it reads.
    static QString apiGeneration() { return QStringLiteral("v3"); }
    // Who the local history records as making a change from this process: the operating system's user, the
    // computer and the program ("alice on desk-07 (compliance-desk-cli)").
    static QString localActor();
    // The operating system's name for the account this process runs as (getpwuid_r, GetUserNameW); never taken from
    // the environment.
    static QString accountName();

    // Call once from every entry point before anything touches settings or paths.
    static void applyToApplication();
    // Loads the translation for the system locale (embedded under :/i18n/); returns whether one was found.
    static bool installTranslations(const QLocale &locale = QLocale());
};

} // namespace cd
