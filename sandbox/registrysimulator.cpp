#include "registrysimulator.h"

#include "completionrules.h"
#include "sandboxclock.h"
#include "sandboxjson.h"
#include "sandboxlogging.h"
#include "sandboxstate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cd::sandbox {

namespace {
constexpr qint64 kMinute = 60 * 1000;

QString registryId(const QString &prefix, const QString &seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex().toUpper();
    return prefix + QString::fromLatin1(hash.left(6));
}

bool isUnderReview(const QString &status)
{
    return status.compare(QLatin1String("submitted"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("pending_review"), Qt::CaseInsensitive) == 0;
}
} // namespace

RegistrySimulator::RegistrySimulator(SandboxState &state, const SandboxClock &clock, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
}

qint64 RegistrySimulator::spread(const QString &id, qint64 minMs, qint64 maxMs)
{
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5);
    const quint32 value = (quint32(quint8(hash[0])) << 8) | quint8(hash[1]);
    return minMs + qint64(value) * (maxMs - minMs) / 65535;
}

void RegistrySimulator::resume()
{
    for (const auto &p : m_state.profiles()) {
        if (p.deleted)
            continue;
        if (p.completionRunning) {
            const QString id = p.id;
            m_clock.after(kCompletionMs, this, [this, id] { finishCompletion(id, QString()); });
        } else if (isUnderReview(p.status)) {
            scheduleProfileReview(p.id);
        }
        for (const auto &c : p.campaigns) {
            if (c.submittedToTcr && c.status == QLatin1String("SENT_CREATED") && c.tcrSyncError.isNull())
                scheduleCampaignReview(p.id, c.id);
        }
    }
}

void RegistrySimulator::startCompletion(const QString &profileId, const QString &webhookUrl)
{
    m_clock.after(kCompletionMs, this, [this, profileId, webhookUrl] { finishCompletion(profileId, webhookUrl); });
}

void RegistrySimulator::finishCompletion(const QString &profileId, const QString &webhookUrl)
{
    Profile *p = m_state.profile(profileId);
    if (!p)
        return;
    p->completionRunning = false;
    QString outcome = QStringLiteral("failed");
    bool success = false;
    const CompletionRules rules(m_state);
    if (rules.unmetPrerequisites(*p).isEmpty()) {
        success = true;
        outcome = rules.outcome(*p);
        if (outcome == QLatin1String("COMPLETED")) {
            p->status = QStringLiteral("approved");
        } else {
            p->status = QStringLiteral("submitted");
            submitProfile(*p);
            scheduleProfileReview(p->id);
        }
        p->updatedAt = m_clock.now();
        Q_EMIT statusChanged(p->id, p->status);
    }
    // Campaigns of an onboarded profile go to the registry.
    if (success) {
        for (auto &c : p->campaigns) {
            if (!c.submittedToTcr) {
                submitCampaign(c);
                scheduleCampaignReview(p->id, c.id);
            }
        }
    }
    m_state.saveProfile(*p);

    if (!webhookUrl.isEmpty()) {
        const QJsonObject payload{
            {QStringLiteral("profileId"), profileId},
            {QStringLiteral("success"), success},
            {QStringLiteral("status"), outcome},
            {QStringLiteral("timestamp"), json::timestamp(m_clock.now())},
        };
        sendCallback(webhookUrl, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    }
}

void RegistrySimulator::submitProfile(Profile &profile)
{
    if (profile.inheritTcrBrand || !profile.ownBrand || profile.ownBrand->submittedToTcr)
        return;
    Brand &brand = *profile.ownBrand;
    brand.submittedToTcr = true;
    brand.submittedAt = m_clock.now();
    brand.tcrBrandId = registryId(QStringLiteral("B"), brand.id);
}

void RegistrySimulator::submitCampaign(Campaign &campaign)
{
    campaign.submittedToTcr = true;
    campaign.submittedAt = m_clock.now();
    campaign.status = QStringLiteral("SENT_CREATED");
    campaign.hasSubmissionTransaction = true;
    campaign.billedDate = m_clock.now();
    bool ok = false;
    const qint64 volume = campaign.volume.toLongLong(&ok);
    campaign.cost = ok && volume < 2000 ? 4.0 : 15.0;
}

void RegistrySimulator::campaignCreated(const QString &profileId, const QString &campaignId)
{
    Profile *p = m_state.profile(profileId);
    if (!p || p->status.compare(QLatin1String("approved"), Qt::CaseInsensitive) != 0)
        return;
    // An onboarded profile's new campaign is submitted after a simulated minute (the window in which it can
    // still be edited).
    m_clock.after(kMinute, this, [this, profileId, campaignId] {
        Profile *profile = m_state.profile(profileId);
        if (!profile)
            return;
        for (auto &c : profile->campaigns) {
            if (c.id == campaignId && !c.submittedToTcr) {
                submitCampaign(c);
                m_state.saveProfile(*profile);
                Q_EMIT statusChanged(c.id, c.status);
                scheduleCampaignReview(profileId, campaignId);
            }
        }
    });
}

void RegistrySimulator::scheduleProfileReview(const QString &profileId)
{
    m_clock.after(spread(profileId, 30 * kMinute, 120 * kMinute), this,
                  [this, profileId] { reviewProfile(profileId); });
}

void RegistrySimulator::scheduleCampaignReview(const QString &profileId, const QString &campaignId)
{
    m_clock.after(spread(campaignId, 10 * kMinute, 60 * kMinute), this,
                  [this, profileId, campaignId] { reviewCampaign(profileId, campaignId); });
}

void RegistrySimulator::reviewProfile(const QString &profileId)
{
    Profile *p = m_state.profile(profileId);
    if (!p || !isUnderReview(p->status))
        return;
    bool rejected = false;
    if (!p->inheritTcrBrand && p->ownBrand) {
        Brand &brand = *p->ownBrand;
        const bool identityComplete =
            brand.hasBusiness && !brand.legalName.isEmpty() && !brand.taxId.isEmpty() && !brand.url.isEmpty();
        rejected = brand.isTcrApplication && !identityComplete;
        brand.status = rejected ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE");
        brand.identityStatus = rejected ? QStringLiteral("UNVERIFIED") : QStringLiteral("VERIFIED");
        if (brand.tcrBrandId.isNull())
            brand.tcrBrandId = registryId(QStringLiteral("B"), brand.id);
        brand.updatedAt = m_clock.now();
    }
    p->status = rejected ? QStringLiteral("rejected") : QStringLiteral("approved");
    p->updatedAt = m_clock.now();
    m_state.saveProfile(*p);
    Q_EMIT statusChanged(p->id, p->status);
}

void RegistrySimulator::reviewCampaign(const QString &profileId, const QString &campaignId)
{
    Profile *p = m_state.profile(profileId);
    if (!p)
        return;
    for (auto &c : p->campaigns) {
        if (c.id != campaignId || c.status != QLatin1String("SENT_CREATED") || !c.tcrSyncError.isNull())
            continue;
        const QDateTime now = m_clock.now();
        if (c.messageFlow.trimmed().isEmpty() || c.privacyPolicyLink.trimmed().isEmpty()) {
            c.tcrSyncError = QStringLiteral("CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES: the registry could not verify how "
                                            "subscribers opt in (message flow or privacy policy missing).");
        } else {
            c.status = QStringLiteral("ACTIVE");
            c.tcrCampaignId = registryId(QStringLiteral("C"), c.id);
            c.dcaElectionsComplete = true;
            c.dcaElectionsCompletedAt = now;
        }
        c.updatedAt = now;
        m_state.saveProfile(*p);
        Q_EMIT statusChanged(c.id, c.tcrSyncError.isNull() ? c.status : QStringLiteral("tcrSyncError"));
    }
}

void RegistrySimulator::sendCallback(const QString &url, const QByteArray &payload)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, payload);
    // Delivered once, no retry (sent-api.md §2.9).
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    const QString profileId = QJsonDocument::fromJson(payload).object().value(QLatin1String("profileId")).toString();
    Q_EMIT callbackSent(profileId, payload);
    qCInfo(lcSandbox) << "completion callback sent for" << profileId;
}

} // namespace cd::sandbox
