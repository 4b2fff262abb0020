#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace cd {

class OrganizationModel;
struct ProfileOverview;

// The numbers behind the dashboard, kept current as the tree changes: profiles and campaigns by status, brands by
// identity status, campaigns per use case, and the items that need attention, most urgent first. An organization's
// campaign that profiles inherit is one campaign, however many profiles list it. Each profile's
// share (its own status and its campaigns') is kept; a change to a profile or its campaigns takes its old share
// out and puts the new one in, so an organization of 10,000 profiles is never counted again from scratch except
// when the model is reset.
class DashboardAggregates : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        QMap<StatusCategory, int> profiles;
        QMap<StatusCategory, int> campaigns;
        QMap<QString, int> brandIdentity; // identity status word; "" = no brand
        QMap<QString, int> useCases;      // campaigns per use case
        int profileTotal = 0;
        int campaignTotal = 0;
    };

    struct AttentionItem
    {
        enum class Reason { Rejected, SyncError, MissingBrand, LoadFailed, Waiting };
        QString profileId;
        QString campaignId; // empty: the profile
        QString name;
        Reason reason = Reason::Rejected;
        QDateTime since; // in its current state since (the last change)
        // The organization's brand or campaign, which profiles inherit: listed once (under the first profile that
        // has it), with every profile it affects.
        bool inherited = false;
        QStringList affected; // profile ids, the organization's items only

        QString reasonText() const;
        bool operator==(const AttentionItem &) const = default;
    };

    explicit DashboardAggregates(OrganizationModel *model, QObject *parent = nullptr);

    const Counts &counts() const { return m_counts; }
    // Most urgent first (rejections, sync errors, missing brands, failed loads, long waits), oldest first within.
    QList<AttentionItem> attention() const;
    // Profiles that inherit a rejected, suspended or unsynced brand or campaign of the organization's.
    int profilesAffectedByOrganization() const;
    QString profileName(const QString &profileId) const; // as the tree has it
    void setWaitingThresholdDays(int days);
    int waitingThresholdDays() const { return m_waitingDays; }
    int rebuilds() const { return m_rebuilds; } // whole recounts so far (model resets, the hourly look, the threshold)
    // Every change of the tree counted. A whole recount of a large tree takes a few turns of the event loop (a slice
    // of profiles each); changed() follows every slice.
    bool isCurrent() const { return m_dirty.isEmpty(); }

    static QString identityLabel(const QString &identityStatus);
    // How a profile's brand counts: its identity status, "-" for a brand not vetted yet, "" for no brand.
    static QString identityKey(const ProfileOverview &profile);

Q_SIGNALS:
    void changed();

private:
    struct CampaignShare
    {
        QString id;
        StatusCategory status = StatusCategory::Unknown;
        QStringList useCases;
        bool inherited = false; // the organization's, listed under every profile that inherits it: counted once
    };
    struct Share
    {
        StatusCategory status = StatusCategory::Unknown;
        QString identity;
        QList<CampaignShare> campaigns;
        QList<AttentionItem> attention;
    };
    // An inherited campaign: how many profiles list it, and what it was counted as.
    struct Inherited
    {
        int refs = 0;
        StatusCategory status = StatusCategory::Unknown;
        QStringList useCases;
    };

    Share shareOf(const QString &profileId) const;
    void apply(const Share &share, int sign);
    void countCampaign(StatusCategory status, const QStringList &useCases, int sign);
    void takeShare(const QString &profileId); // its share taken out of the counts
    void markDirty(const QString &profileId);
    void markDirty(const QModelIndex &index);
    void update();
    void rebuild();
    void recount();
    void markAllDirty();

    QPointer<OrganizationModel> m_model;
    QHash<QString, Share> m_shares;
    QHash<QString, Inherited> m_inherited; // by campaign id
    Counts m_counts;
    QSet<QString> m_dirty;
    QTimer m_updateTimer;
    QTimer m_clock; // hourly: what has waited too long changes with time alone
    int m_waitingDays = 7;
    int m_rebuilds = 0;
};

} // namespace cd
