#include "campaigneditor.h"

#include "api/apijob.h"
#include "api/sentclient.h"
#include "lintcontext.h"
#include "store/draftstore.h"

#include <QRegularExpression>

namespace cd {

namespace {

// Optional text fields left empty go out as null, not as "" (an empty link is not a link).
const char *const kOptionalText[] = {"volume",         "messageFlow",   "privacyPolicyLink", "termsAndConditionsLink",
                                     "optinMessage",   "optoutMessage", "helpMessage",       "optinKeywords",
                                     "optoutKeywords", "helpKeywords"};

} // namespace

CampaignEditor::CampaignEditor(SentClient *client, DraftStore *drafts, Draft draft, const Profile &profile,
                               std::optional<Campaign> existing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_drafts(drafts)
    , m_draft(std::move(draft))
    , m_profile(profile)
    , m_existing(std::move(existing))
{
    m_lintContext = lintContextFor(m_profile, m_existing ? &*m_existing : nullptr);
    m_lintContext.willSubmit = true;
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &CampaignEditor::saveNow);
    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(kLintDelayMs);
    connect(&m_lintTimer, &QTimer::timeout, this, &CampaignEditor::lintNow);
    lintNow();
}

CampaignEditor::~CampaignEditor()
{
    if (m_saveTimer.isActive())
        saveNow();
}

void CampaignEditor::setCampaign(const QJsonObject &campaign)
{
    if (campaign == m_draft.campaign)
        return;
    m_draft.campaign = campaign;
    changed();
}

void CampaignEditor::setValue(const QString &key, const QJsonValue &value)
{
    if (m_draft.campaign.value(key) == value)
        return;
    m_draft.campaign.insert(key, value);
    changed();
}

void CampaignEditor::setPage(int page)
{
    if (m_draft.page == page)
        return;
    m_draft.page = page;
    m_saveTimer.start();
}

void CampaignEditor::changed()
{
    m_saveTimer.start();
    m_lintTimer.start();
}

void CampaignEditor::saveNow()
{
    m_saveTimer.stop();
    if (m_discarded || !m_drafts)
        return;
    m_draft.updatedAt = QDateTime::currentDateTimeUtc();
    m_drafts->save(m_draft);
}

void CampaignEditor::lintNow()
{
    m_lintTimer.stop();
    m_findings = lint::lintCampaign(m_draft.campaign, m_lintContext);
    Q_EMIT findingsChanged();
}

QString CampaignEditor::acknowledgementKey(const lint::Finding &finding) const
{
    return lint::acknowledgementKey(finding, m_draft.campaign);
}

void CampaignEditor::setAcknowledged(const lint::Finding &finding, bool acknowledged)
{
    const QString key = acknowledgementKey(finding);
    if (acknowledged == isAcknowledged(finding))
        return;
    const QString legacy = finding.ruleId + QLatin1Char('@') + finding.field;
    m_draft.acknowledged.removeAll(legacy);
    if (acknowledged)
        m_draft.acknowledged.append(key);
    else
        m_draft.acknowledged.removeAll(key);
    m_saveTimer.start();
    Q_EMIT acknowledgementsChanged();
}

void CampaignEditor::restoreAcknowledgements(const QStringList &keys)
{
    bool added = false;
    for (const QString &key : keys)
        if (key.contains(QLatin1Char('#')) && !m_draft.acknowledged.contains(key)) {
            m_draft.acknowledged.append(key);
            added = true;
        }
    if (added)
        Q_EMIT acknowledgementsChanged();
}

bool CampaignEditor::isAcknowledged(const lint::Finding &finding) const
{
    // Drafts from before acknowledgements were bound to their text hold "rule@field": it still counts.
    return m_draft.acknowledged.contains(acknowledgementKey(finding))
        || m_draft.acknowledged.contains(finding.ruleId + QLatin1Char('@') + finding.field);
}

QList<lint::Finding> CampaignEditor::openWarnings() const
{
    QList<lint::Finding> open;
    for (const lint::Finding &f : m_findings.items)
        if (f.severity == lint::Severity::Warning && !isAcknowledged(f))
            open.append(f);
    return open;
}

QList<lint::Finding> CampaignEditor::acknowledgedWarnings() const
{
    QList<lint::Finding> acknowledged;
    for (const lint::Finding &f : m_findings.items)
        if (f.severity == lint::Severity::Warning && isAcknowledged(f))
            acknowledged.append(f);
    return acknowledged;
}

bool CampaignEditor::canSubmit() const
{
    return !isLocked() && !m_findings.hasErrors() && openWarnings().isEmpty() && !isBusy();
}

void CampaignEditor::setExisting(const Campaign &campaign)
{
    if (!m_existing || m_existing->id != campaign.id)
        return; // not the campaign this draft edits
    m_existing = campaign;
    const bool willSubmit = m_lintContext.willSubmit;
    const std::optional<double> cost = m_lintContext.cost;
    m_lintContext = lintContextFor(m_profile, &*m_existing);
    m_lintContext.willSubmit = willSubmit;
    m_lintContext.cost = cost;
    lintNow();
    Q_EMIT existingChanged();
}

Campaign CampaignEditor::requestCampaign() const
{
    QJsonObject clean = m_draft.campaign;
    for (const char *key : kOptionalText) {
        const QString value = clean.value(QLatin1String(key)).toString().trimmed();
        if (value.isEmpty())
            clean.remove(QLatin1String(key));
        else
            clean.insert(QLatin1String(key), value);
    }
    return Campaign::fromJson(clean);
}

QJsonObject CampaignEditor::requestBody(bool sandbox) const
{
    return SentClient::campaignRequestBody(requestCampaign(), sandbox);
}

void CampaignEditor::dryRun()
{
    send(true);
}

void CampaignEditor::submit()
{
    if (!canSubmit())
        return; // a second click while the first is on its way, or findings still open
    send(false);
}

void CampaignEditor::send(bool sandbox)
{
    if (isBusy())
        return;
    saveNow();
    CallOptions options;
    options.sandbox = sandbox;
    // Every attempt to submit this draft is one operation to sent.dm: the same key, whatever happened before.
    // (A dry run stores nothing and has a key of its own.)
    if (!sandbox)
        options.idempotencyKey = m_draft.idempotencyKey;
    const QString profileId = m_draft.profileId;
    auto done = [this, sandbox](const Result<Campaign> &result) {
        setJob(nullptr);
        if (sandbox) {
            // What sent.dm says it will charge, shown before the real submission (P04).
            if (result.ok() && result.value().cost && !m_lintContext.alreadyBilled.value_or(false)) {
                m_lintContext.cost = result.value().cost;
                lintNow();
            }
            Q_EMIT dryRunFinished(result.ok() ? ApiError() : result.error());
            return;
        }
        if (!result.ok()) {
            QMap<QString, QStringList> fields;
            for (auto it = result.error().details.begin(); it != result.error().details.end(); ++it)
                fields[fieldForApiPath(it.key())] += it.value();
            Q_EMIT submitFailed(result.error(), fields);
            return;
        }
        m_discarded = true; // sent.dm has it now; the draft has served
        if (m_drafts)
            m_drafts->remove(m_draft.id);
        Q_EMIT submitted(result.value(), result.response().replayed);
    };
    ApiJob *job = m_draft.isEdit()
        ? m_client->updateCampaign(profileId, m_draft.campaignId, requestCampaign(), options, this, done)
        : m_client->createCampaign(profileId, requestCampaign(), options, this, done);
    setJob(job);
}

void CampaignEditor::setJob(ApiJob *job)
{
    const bool wasBusy = isBusy();
    m_job = job;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void CampaignEditor::discard()
{
    m_discarded = true;
    m_saveTimer.stop();
    if (m_drafts)
        m_drafts->remove(m_draft.id);
}

QString CampaignEditor::fieldForApiPath(const QString &apiPath)
{
    QStringList parts = apiPath.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.first().compare(QLatin1String("campaign"), Qt::CaseInsensitive) == 0)
        parts.removeFirst();
    for (QString &part : parts)
        if (!part.isEmpty())
            part[0] = part[0].toLower();
    return parts.join(QLatin1Char('.'));
}

} // namespace cd
