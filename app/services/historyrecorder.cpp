#include "historyrecorder.h"

#include "domain/jsonfields.h"

#include "lint/finding.h"

#include <QJsonArray>

namespace cd {

HistoryRecorder::HistoryRecorder(HistoryLog *log, QString connectionId, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_connectionId(std::move(connectionId))
{
}

void HistoryRecorder::append(const HistoryEntry &entry)
{
    if (m_log)
        m_log->append(entry);
}

void HistoryRecorder::recordChange(const MadeChange &change)
{
    append(changeEntry(change, m_connectionId));
}

void HistoryRecorder::recordProfileStatus(const Profile &profile, const QString &oldStatus)
{
    append(profileStatusEntry(m_connectionId, profile, oldStatus));
}

void HistoryRecorder::recordCampaignStatus(const QString &profileId, const Campaign &campaign, const QString &oldStatus)
{
    append(campaignStatusEntry(m_connectionId, profileId, campaign, oldStatus));
}

void HistoryRecorder::recordAcknowledgements(const QString &profileId, const QString &campaignId,
                                             const QList<lint::Finding> &findings, const QString &rulesVersion,
                                             const QJsonObject &campaign)
{
    for (const lint::Finding &finding : findings)
        append(acknowledgementEntry(m_connectionId, profileId, campaignId, finding, rulesVersion,
                                    lint::acknowledgementKey(finding, campaign)));
}

void HistoryRecorder::recordUnknownOutcome(const ChangeJournal::Unsettled &change)
{
    append(unknownOutcomeEntry(m_connectionId, change));
}

void HistoryRecorder::recordSettlement(const ChangeSettlement &settlement)
{
    append(settlementEntry(m_connectionId, settlement));
}

void HistoryRecorder::recordJob(const BulkJob &job)
{
    append(jobEntry(m_connectionId, job));
}

HistoryEntry HistoryRecorder::jobEntry(const QString &connectionId, const BulkJob &job)
{
    HistoryEntry e;
    e.connectionId = connectionId;
    e.kind = HistoryEntry::Kind::Mutation;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = QStringLiteral("JOB %1").arg(job.id);
    QJsonArray items;
    for (const BulkItem &item : job.items)
        items.append(QJsonObject{{QStringLiteral("position"), item.position},
                                 {QStringLiteral("action"), BulkItem::actionKey(item.action)},
                                 {QStringLiteral("profile_id"), item.profileId},
                                 {QStringLiteral("campaign_id"), item.campaignId},
                                 {QStringLiteral("label"), item.label},
                                 {QStringLiteral("state"), BulkItem::stateKey(item.state)},
                                 {QStringLiteral("request_id"), item.requestId},
                                 {QStringLiteral("result_id"), item.resultId}});
    e.payload = QJsonObject{{QStringLiteral("job_id"), job.id},
                            {QStringLiteral("title"), job.title},
                            {QStringLiteral("state"), BulkJob::stateKey(job.state)},
                            {QStringLiteral("items"), items}};
    const BulkJob::Counts c = job.counts();
    const QString title = job.title.isEmpty() ? job.id : job.title;
    e.summary = job.state == BulkJob::State::Cancelled
        ? tr("Cancelled the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed, %6 not sent")
              .arg(title)
              .arg(c.done)
              .arg(c.total())
              .arg(c.refused)
              .arg(c.failed)
              .arg(c.cancelled)
        : tr("Ran the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed")
              .arg(title)
              .arg(c.done)
              .arg(c.total())
              .arg(c.refused)
              .arg(c.failed);
    return e;
}

namespace {

// A journaled change's target ("PATCH /v3/profiles/p_1"), as a history entry names what it concerns. Its payload
// has no body: `history --diff` compares what was sent, and this entry sent nothing.
HistoryEntry journaledEntry(const QString &connectionId, const ChangeJournal::Unsettled &change)
{
    MadeChange made;
    made.method = change.target.section(QLatin1Char(' '), 0, 0);
    made.path = change.target.section(QLatin1Char(' '), 1);
    HistoryEntry e;
    e.connectionId = connectionId;
    e.kind = HistoryEntry::Kind::Mutation;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = change.target;
    e.profileId = made.profileId();
    e.campaignId = made.campaignId();
    e.payload = QJsonObject{{QStringLiteral("idempotency_key"), QString::fromLatin1(change.key)},
                            {QStringLiteral("first_sent"), json::formatTimestamp(change.firstSent)}};
    return e;
}

} // namespace

HistoryEntry HistoryRecorder::unknownOutcomeEntry(const QString &connectionId, const ChangeJournal::Unsettled &change)
{
    HistoryEntry e = journaledEntry(connectionId, change);
    e.summary = tr("Sent, but the answer was lost: the change may have been made. It is checked with sent.dm at the "
                   "next start, and a rerun goes out with the same key (%1), so it is never made twice.")
                    .arg(QString::fromLatin1(change.key));
    e.payload.insert(QStringLiteral("outcome"), QStringLiteral("unknown"));
    return e;
}

HistoryEntry HistoryRecorder::settlementEntry(const QString &connectionId, const ChangeSettlement &settlement)
{
    HistoryEntry e = journaledEntry(connectionId, settlement.change);
    if (e.profileId.isEmpty())
        e.profileId = settlement.profileId; // a profile found created
    if (e.campaignId.isEmpty())
        e.campaignId = settlement.campaignId; // a campaign found created
    e.requestId = settlement.requestId;
    e.summary = settlement.sentence();
    e.payload.insert(QStringLiteral("outcome"),
                     settlement.found == ChangeSettlement::Found::Made ? QStringLiteral("made")
                                                                       : QStringLiteral("not_made"));
    return e;
}

HistoryEntry HistoryRecorder::changeEntry(const MadeChange &change, const QString &connectionId)
{
    HistoryEntry e;
    e.connectionId = connectionId;
    e.kind = HistoryEntry::Kind::Mutation;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = change.method + QLatin1Char(' ') + change.path;
    e.requestId = change.requestId;
    // Secrets a request may carry never belong in a history anyone with the file can read.
    const QJsonObject body = withoutSecrets(change.body);
    e.payload = QJsonObject{{QStringLiteral("body"), body},
                            {QStringLiteral("http_status"), change.httpStatus},
                            {QStringLiteral("replayed"), change.replayed}};

    const MadeChange::What what = change.what();
    e.profileId = change.profileId();
    e.campaignId = change.campaignId();
    const bool campaigns = !e.campaignId.isEmpty() || what == MadeChange::What::CreateCampaign;
    const QJsonObject campaign = change.body.value(QLatin1String("campaign")).toObject();
    QString name = campaigns ? campaign.value(QLatin1String("name")).toString()
                             : change.body.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = change.data.value(QLatin1String("name")).toString();
    const QString quoted = name.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(name);
    switch (what) {
    case MadeChange::What::CompleteProfile:
        e.summary = tr("Asked sent.dm to complete the profile's setup");
        break;
    case MadeChange::What::CreateCampaign:
        e.summary = tr("Created the campaign%1").arg(quoted);
        break;
    case MadeChange::What::DeleteCampaign:
        e.summary = tr("Deleted the campaign%1").arg(quoted);
        break;
    case MadeChange::What::UpdateCampaign:
        e.summary = tr("Changed the campaign%1").arg(quoted);
        break;
    case MadeChange::What::CreateProfile:
        e.summary = tr("Created the profile%1").arg(quoted);
        break;
    case MadeChange::What::DeleteProfile:
        e.summary = tr("Deleted the profile%1").arg(quoted);
        break;
    case MadeChange::What::UpdateProfile:
    case MadeChange::What::Other:
        e.summary = tr("Changed the profile%1").arg(quoted);
        break;
    }
    if (change.replayed)
        e.summary += QLatin1Char(' ') + tr("(sent.dm replayed its earlier answer)");
    return e;
}

HistoryEntry HistoryRecorder::profileStatusEntry(const QString &connectionId, const Profile &profile,
                                                 const QString &oldStatus)
{
    HistoryEntry e;
    e.connectionId = connectionId;
    e.profileId = profile.id;
    e.kind = HistoryEntry::Kind::Status;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = profile.status;
    e.summary = tr("Status: %1 → %2").arg(profileStatus(oldStatus).displayText(), profile.statusInfo().displayText());
    e.payload = QJsonObject{{QStringLiteral("name"), profile.name},
                            {QStringLiteral("old"), oldStatus},
                            {QStringLiteral("new"), profile.status}};
    return e;
}

HistoryEntry HistoryRecorder::campaignStatusEntry(const QString &connectionId, const QString &profileId,
                                                  const Campaign &campaign, const QString &oldStatus)
{
    HistoryEntry e;
    e.connectionId = connectionId;
    e.profileId = profileId;
    e.campaignId = campaign.id;
    e.kind = HistoryEntry::Kind::Status;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = campaign.status;
    Campaign before = campaign;
    before.status = oldStatus;
    before.tcrSyncError.clear();
    e.summary = tr("Campaign “%1”: %2 → %3")
                    .arg(campaign.name, campaignStatus(before).displayText(), campaign.statusInfo().displayText());
    if (!campaign.tcrSyncError.isEmpty())
        e.summary += QStringLiteral(" (%1)").arg(campaign.tcrSyncError);
    e.payload = QJsonObject{{QStringLiteral("name"), campaign.name},
                            {QStringLiteral("old"), oldStatus},
                            {QStringLiteral("new"), campaign.status},
                            {QStringLiteral("sync_error"), campaign.tcrSyncError}};
    return e;
}

HistoryEntry HistoryRecorder::acknowledgementEntry(const QString &connectionId, const QString &profileId,
                                                   const QString &campaignId, const lint::Finding &finding,
                                                   const QString &rulesVersion, const QString &key)
{
    HistoryEntry e;
    e.connectionId = connectionId;
    e.profileId = profileId;
    e.campaignId = campaignId;
    e.kind = HistoryEntry::Kind::Acknowledgement;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = finding.ruleId + QLatin1Char('@') + finding.field;
    e.summary = tr("Submitted despite the warning %1: %2").arg(finding.ruleId, finding.message);
    e.payload = QJsonObject{{QStringLiteral("rule"), finding.ruleId},
                            {QStringLiteral("field"), finding.field},
                            {QStringLiteral("message"), finding.message},
                            {QStringLiteral("rules_version"), rulesVersion}};
    if (!key.isEmpty())
        e.payload.insert(QStringLiteral("key"), key); // the acknowledgement, bound to the text it was about
    return e;
}

} // namespace cd
