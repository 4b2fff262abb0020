#pragma once

#include <QString>

namespace cd {

// Where a damaged local file is kept: "<path>.damaged-<UTC time stamp>", numbered when that name is taken, so that
// no earlier copy is ever overwritten. Used for the stores' SQLite files and the settings file alike.
QString damagedCopyPath(const QString &path);

// The settings file the window and the command line share (saved connections and preferences; never a key), checked
// before anything reads it. A file that a text editor, a crash or a failing disk left unreadable — bytes no settings
// file holds (NUL and other control characters, text that is not UTF-8) or lines that are neither a [section] nor a
// key=value — is copied aside whole, and the lines that still read are written back, so that what can be recovered
// is, and what cannot is said instead of silently becoming a first start.
struct SettingsFileCheck
{
    QString path;                 // the settings file
    QString damagedCopy;          // where the damaged file was kept; empty when the file was healthy (or absent)
    int connectionsFound = 0;     // saved connections the damaged file still names (by their id)
    int connectionsRecovered = 0; // of those, the ones whose lines read back whole
    QString failure; // for the log: the copy or the repair could not be written (the file then stays as it was)

    bool damaged() const { return !damagedCopy.isEmpty() || !failure.isEmpty(); }

    // Checks and repairs the file at `path` (INI, as QSettings writes it on Linux and macOS); an absent or healthy
    // file is left untouched.
    static SettingsFileCheck run(const QString &path);
};

} // namespace cd
