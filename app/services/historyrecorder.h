#pragma once

#include "api/sentclient.h"
#include "changesettler.h"
#include "domain/bulkjob.h"
#include "store/changejournal.h"
#include "store/historylog.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace cd {

namespace lint {
struct Finding;
}

// What goes into the local history of a connection, recorded once each, the last step of the session's write-through
// path: every change a client makes (the GUI's and the CLI's alike), the status changes the poller sees, and the
// warnings acknowledged before a campaign is submitted. Each becomes one HistoryEntry with the item's ids, a
// sentence, the request id and what was sent.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    HistoryRecorder(HistoryLog *log, QString connectionId, QObject *parent = nullptr);

    void recordChange(const MadeChange &change);
    void recordProfileStatus(const Profile &profile, const QString &oldStatus);
    void recordCampaignStatus(const QString &profileId, const Campaign &campaign, const QString &oldStatus);
    // The warnings acknowledged for `campaign` (the campaign object as submitted), each with the text it was about.
    void recordAcknowledgements(const QString &profileId, const QString &campaignId,
                                const QList<lint::Finding> &findings, const QString &rulesVersion,
                                const QJsonObject &campaign);
    // A change whose answer was lost: pending, it may have been made. Later, what sent.dm was found to show of it.
    void recordUnknownOutcome(const ChangeJournal::Unsettled &change);
    void recordSettlement(const ChangeSettlement &settlement);
    // A bulk job that ended (finished or cancelled): one entry naming every item and how it ended. The changes it
    // made are recorded one by one as they are made, like any other.
    void recordJob(const BulkJob &job);

    static HistoryEntry changeEntry(const MadeChange &change, const QString &connectionId);
    static HistoryEntry profileStatusEntry(const QString &connectionId, const Profile &profile,
                                           const QString &oldStatus);
    static HistoryEntry campaignStatusEntry(const QString &connectionId, const QString &profileId,
                                            const Campaign &campaign, const QString &oldStatus);
    static HistoryEntry unknownOutcomeEntry(const QString &connectionId, const ChangeJournal::Unsettled &change);
    static HistoryEntry settlementEntry(const QString &connectionId, const ChangeSettlement &settlement);
    static HistoryEntry jobEntry(const QString &connectionId, const BulkJob &job);
    static HistoryEntry acknowledgementEntry(const QString &connectionId, const QString &profileId,
                                             const QString &campaignId, const lint::Finding &finding,
                                             const QString &rulesVersion, const QString &key = {});

private:
    void append(const HistoryEntry &entry);

    QPointer<HistoryLog> m_log;
    QString m_connectionId;
};

} // namespace cd
