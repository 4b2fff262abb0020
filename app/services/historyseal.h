#pragma once

#include "secrets/credentialstore.h"
#include "store/historyentry.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace cd {

class HistoryLog;

// Keeps a history's seal in the system keychain, one per history file (so per data folder): read once when the log
// is opened (the log holds its appends until then, and creates the seal on first use), written again, coalesced,
// whenever the log moves it on. The window and the CLI open their history through this, so both are sealed alike.
class HistorySealKeeper : public QObject
{
    Q_OBJECT
public:
    HistorySealKeeper(HistoryLog *log, CredentialStore &credentials, QObject *parent = nullptr);

    // The keychain entry's name for the history at `path`.
    static QString account(const QString &path);

    // Calls `done` once what was appended is written to the file and the newest seal to the keychain (or known
    // not to be: see problem()).
    void settle(QObject *context, std::function<void()> done);
    // Why the seal could not be read or kept in the keychain (for people); empty while it is.
    QString problem() const { return m_problem; }

private:
    void opened(const CredentialStore::Outcome &outcome);
    void keep(const HistorySeal &seal);
    void writeNext();

    HistoryLog *m_log;
    CredentialStore &m_credentials;
    QString m_account;
    QString m_problem;
    std::optional<HistorySeal> m_next; // waits for the write under way
    bool m_writing = false;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_settling;
};

} // namespace cd
