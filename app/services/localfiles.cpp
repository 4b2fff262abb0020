#include "localfiles.h"

#include <QDir>

namespace cd {

namespace {

// SQLite's result code, in the words of someone who has never heard of SQLite; the technical text stays in the log.
QString causeOf(const StoreFileState &state)
{
    switch (state.code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return LocalFiles::tr("another program is using the file");
    case 13: // SQLITE_FULL
        return LocalFiles::tr("the disk is full");
    case 8: // SQLITE_READONLY
        return LocalFiles::tr("the file or its folder is read-only");
    case 3:  // SQLITE_PERM
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return LocalFiles::tr("the file or its folder cannot be opened; check that it exists and that you may write "
                              "there");
    case 10: // SQLITE_IOERR
        return LocalFiles::tr("the disk reported an error");
    default:
        return state.reason;
    }
}

} // namespace

QString LocalFiles::describe(Store store, const StoreFileState &state)
{
    const bool drafts = store == Store::Drafts;
    switch (state.kind) {
    case StoreFileState::Kind::Healthy:
        return {};
    case StoreFileState::Kind::Unavailable: {
        QString text = drafts ? tr("Drafts cannot be saved to disk right now (%1).").arg(causeOf(state))
                              : tr("The local history cannot be written right now (%1).").arg(causeOf(state));
        text += QLatin1Char(' ');
        if (state.waiting > 0)
            text += drafts ? tr("%n change(s) to drafts are kept in memory and saved as soon as the file can be "
                                "written; the file itself is untouched.",
                                nullptr, state.waiting)
                           : tr("%n entry(s) are kept in memory, in order, and written as soon as the file can be; "
                                "the file itself is untouched.",
                                nullptr, state.waiting);
        else
            text += drafts ? tr("What you type is kept in memory and saved as soon as the file can be written; the "
                                "file itself is untouched.")
                           : tr("New entries are kept in memory and written as soon as the file can be; the file "
                                "itself is untouched.");
        if (!state.readFromFile)
            text += QLatin1Char(' ')
                + (drafts ? tr("Drafts saved earlier cannot be shown until then.")
                          : tr("Entries written earlier cannot be shown until then."));
        return text;
    }
    case StoreFileState::Kind::Recovered:
        return drafts ? tr("The drafts file was damaged. %n draft record(s) that could still be read were carried "
                           "over; the damaged file is kept as %1.",
                           nullptr, state.salvaged)
                            .arg(QDir::toNativeSeparators(state.damagedCopy))
                      : tr("The local history file was damaged. %n record(s) that could still be read were carried "
                           "over, and the history check reports the damage; the damaged file is kept as %1.",
                           nullptr, state.salvaged)
                            .arg(QDir::toNativeSeparators(state.damagedCopy));
    }
    return {};
}

QString LocalFiles::unsavedAtClose(const StoreFileState &drafts, const StoreFileState &history)
{
    const bool draftsWait = drafts.kind == StoreFileState::Kind::Unavailable && drafts.waiting > 0;
    const bool historyWaits = history.kind == StoreFileState::Kind::Unavailable && history.waiting > 0;
    QStringList lost;
    if (draftsWait)
        lost << tr("%n change(s) to drafts (%1)", nullptr, drafts.waiting).arg(causeOf(drafts));
    if (historyWaits)
        lost << tr("%n history entry(s) (%1)", nullptr, history.waiting).arg(causeOf(history));
    if (lost.isEmpty())
        return {};
    return tr("Not everything is on disk yet: %1 could not be written and are kept only in memory. If you close now "
              "they are lost. Try again once the file can be written, or close without them.")
        .arg(lost.join(tr(" and ")));
}

QString LocalFiles::describeSettings(const SettingsFileCheck &check)
{
    if (!check.damaged())
        return {};
    if (check.damagedCopy.isEmpty())
        return tr("The settings file %1 is damaged and could not be repaired (the disk is full, or the file or its "
                  "folder is read-only), so saved connections and preferences may be missing. It was left as it is: "
                  "make room or allow writing there, then start again.")
            .arg(QDir::toNativeSeparators(check.path));
    QString text =
        tr("The settings file was damaged; a copy is kept as %1.").arg(QDir::toNativeSeparators(check.damagedCopy));
    if (check.connectionsFound > 0) {
        const int lost = check.connectionsFound - check.connectionsRecovered;
        text += QLatin1Char(' ')
            + (lost == 0 ? tr("The %n saved connection(s) it named were recovered.", nullptr, check.connectionsFound)
                         : tr("%1 of the %n saved connection(s) it named could be recovered; add the others again "
                              "under Connections, with their API keys.",
                              nullptr, check.connectionsFound)
                               .arg(check.connectionsRecovered));
    }
    text += QLatin1Char(' ') + tr("Preferences that could not be read are back to their defaults.");
    return text;
}

QString LocalFiles::historyAtExit(const StoreFileState &state)
{
    if (state.kind == StoreFileState::Kind::Recovered)
        return describe(Store::History, state);
    if (state.kind != StoreFileState::Kind::Unavailable)
        return {};
    return tr("The local history could not be written (%1): %n entry(s) of this command are not recorded. What was "
              "done on sent.dm is done; its request IDs are above.",
              nullptr, state.waiting)
        .arg(causeOf(state));
}

QString LocalFiles::writtenAgain(Store store)
{
    return store == Store::Drafts
        ? tr("Drafts are saved to disk again: everything kept meanwhile is in the file.")
        : tr("The local history is written again: every entry kept meanwhile is in the file.");
}

} // namespace cd
