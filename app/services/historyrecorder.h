#pragma once

#include "api/sentclient.h"
#include "store/historylog.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace cd {

namespace lint {
struct Finding;
}

// What goes into the local history, and from where: every change a client makes (the GUI's and the CLI's alike),
// the status changes the poller sees, and the warnings acknowledged before a campaign is submitted. Each becomes
// one HistoryEntry with the item's ids, a sentence, the request id and what was sent.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    // Records every change `client` makes, for the connection.
    HistoryRecorder(SentClient *client, HistoryLog *log, QString connectionId, QObject *parent = nullptr);

    static HistoryEntry changeEntry(const MadeChange &change, const QString &connectionId);
    static HistoryEntry profileStatusEntry(const QString &connectionId, const Profile &profile, const QString &oldStatus);
    static HistoryEntry campaignStatusEntry(const QString &connectionId, const QString &profileId, const Campaign &campaign,
                                            const QString &oldStatus);
    static HistoryEntry acknowledgementEntry(const QString &connectionId, const QString &profileId, const QString &campaignId,
                                             const lint::Finding &finding, const QString &rulesVersion);

private:
    QPointer<HistoryLog> m_log;
    QString m_connectionId;
};

} // namespace cd
