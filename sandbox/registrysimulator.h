#pragma once

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace cd::sandbox {

class SandboxClock;
class SandboxState;
struct Campaign;
struct Profile;

// Moves statuses on their own, as The Campaign Registry and Sent's back office would, on the sandbox clock:
// - completion runs in the background for one simulated minute, then sets the profile's status by the seed's
//   logic and POSTs the callback to webHookUrl once;
// - a submitted profile is reviewed after 30–120 simulated minutes: approved, or rejected when its own brand
//   lacks the business identity a TCR application needs (legal name, tax id, website);
// - a submitted campaign is reviewed after 10–60 simulated minutes: ACTIVE, or a tcrSyncError when it lacks a
//   message flow or a privacy policy link.
class RegistrySimulator : public QObject
{
    Q_OBJECT
public:
    RegistrySimulator(SandboxState &state, const SandboxClock &clock, QObject *parent = nullptr);

    // Schedules what was already in flight when the sandbox started (seeded or loaded from --db).
    void resume();
    void startCompletion(const QString &profileId, const QString &webhookUrl);
    void campaignCreated(const QString &profileId, const QString &campaignId);

    static constexpr qint64 kCompletionMs = 60 * 1000;

Q_SIGNALS:
    void statusChanged(const QString &objectId, const QString &status);
    void callbackSent(const QString &profileId, const QByteArray &payload);

private:
    void finishCompletion(const QString &profileId, const QString &webhookUrl);
    void submitProfile(Profile &profile);
    void submitCampaign(Campaign &campaign);
    void scheduleProfileReview(const QString &profileId);
    void scheduleCampaignReview(const QString &profileId, const QString &campaignId);
    void reviewProfile(const QString &profileId);
    void reviewCampaign(const QString &profileId, const QString &campaignId);
    void sendCallback(const QString &url, const QByteArray &payload);
    static qint64 spread(const QString &id, qint64 minMs, qint64 maxMs);

    SandboxState &m_state;
    const SandboxClock &m_clock;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace cd::sandbox
