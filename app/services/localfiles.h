#pragma once

#include "core/settingsfile.h"
#include "store/sqlitefile.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// What the window's banner and the command line say about a local file that cannot be written or was damaged:
// one sentence for both, in words a compliance manager understands.
class LocalFiles
{
    Q_DECLARE_TR_FUNCTIONS(cd::LocalFiles)
public:
    enum class Store { Drafts, History };

    // Empty for a healthy file.
    static QString describe(Store store, const StoreFileState &state);
    // The history when a command ends: what could not be written is lost with the process (empty: nothing was).
    static QString historyAtExit(const StoreFileState &state);
    // Once a file that could not be written can be again.
    static QString writtenAgain(Store store);
    // What closing now would lose: the drafts' changes and the history's entries still kept only in memory because
    // their file cannot be written. Empty when nothing waits.
    static QString unsavedAtClose(const StoreFileState &drafts, const StoreFileState &history);
    // The settings file (saved connections, preferences) found damaged at start: where its copy is, how many saved
    // connections came back and what to do about the others. Empty for a healthy file.
    static QString describeSettings(const SettingsFileCheck &check);
};

} // namespace cd
