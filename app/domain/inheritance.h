#pragma once

#include "completion.h"
#include "overview.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// Where a profile's brand or campaigns come from: its own, the organization's (inherit_tcr_brand,
// inherit_tcr_campaign), or nowhere yet.
enum class Source { Own, Organization, Missing };

// How a profile is set up: the Inheritance view's groups and the tree's Setup column.
enum class Setup {
    OrganizationBoth,              // the organization's brand and campaigns
    OrganizationBrandOwnCampaigns, // the organization's brand, campaigns of its own
    OwnBrandOrganizationCampaigns, // a brand of its own, the organization's campaigns
    OwnBoth,                       // its own brand and campaigns
    Missing,                       // no brand, or no campaigns, from either
};

struct ProfileSources
{
    Source brand = Source::Missing;
    Source campaigns = Source::Missing;

    Setup setup() const;
    bool operator==(const ProfileSources &) const = default;
};

// The organization's brand and campaigns as its children see them. sent.dm has no endpoint for the
// organization's own TCR brand or campaigns: an inheriting profile reports the organization's brand as its own
// (`is_inherited`), and lists the organization's campaigns among its own (another owner). They are collected here
// from those reports, each campaign once, with the profiles that use it.
//
// Kept current one profile at a time (a profile's overview, then its campaign list), so that an organization of
// 50,000 profiles is never looked at whole for a change of one.
class Inheritance
{
    Q_DECLARE_TR_FUNCTIONS(cd::Inheritance)

public:
    struct SharedCampaign
    {
        CampaignOverview campaign;
        QStringList inheritors; // profile ids, in the order they were first seen
    };

    void setProfile(const ProfileOverview &profile);
    // A profile's campaign list as sent.dm answered it (inherited campaigns included).
    void setCampaigns(const QString &profileId, const QList<CampaignOverview> &campaigns);
    void removeProfile(const QString &profileId);
    void clear();

    // The organization's brand, as the latest inheriting profile reported it; none until one does.
    const std::optional<BrandOverview> &brand() const { return m_brand; }
    QStringList brandInheritors() const; // every profile that inherits the brand, in the order first seen
    int brandInheritorCount() const { return m_brandInheritors; }
    QList<SharedCampaign> campaigns() const;           // the organization's campaigns by name, each once
    QList<CampaignOverview> campaignOverviews() const; // the same without their inheritors (cheap)
    int inheritorCount(const QString &campaignId) const;
    std::optional<SharedCampaign> campaign(const QString &campaignId) const;
    bool contains(const QString &profileId) const { return m_profiles.contains(profileId); }
    ProfileSources sourcesOf(const QString &profileId) const;
    // The profiles of each setup, in the order first seen (every setup present, empty ones too).
    QMap<Setup, QStringList> groups() const;
    // The profiles that inherit something of the organization's that stops them sending: a brand that was
    // rejected or suspended, a campaign rejected or with a registry sync error.
    QSet<QString> affectedProfiles() const;
    bool brandNeedsAttention() const;
    static bool needsAttention(const CampaignOverview &campaign);

    static QString setupLabel(Setup setup);
    static QString setupDescription(Setup setup);
    static QString sourceLabel(Source source);
    static QString setupKey(Setup setup); // for machines: org_brand_org_campaigns, …
    static QList<Setup> allSetups();

private:
    struct Entry
    {
        qsizetype order = 0;
        bool inheritsBrand = false;
        bool inheritsCampaigns = false;
        bool ownBrand = false;
        bool campaignsKnown = false;
        int ownCampaigns = 0;
        QStringList inherited; // campaign ids
    };
    struct Shared
    {
        CampaignOverview campaign;
        QHash<QString, qsizetype> inheritors; // profile id → order first seen
    };
    void dropCampaigns(const QString &profileId, Entry &entry);

    QHash<QString, Entry> m_profiles;
    QHash<QString, Shared> m_campaigns;
    std::optional<BrandOverview> m_brand;
    qsizetype m_next = 0;
    int m_brandInheritors = 0;
};

// What a switch of inheritance does to one profile, worked out before it is made: what the profile sends under
// afterwards, which campaigns it loses or must have made, what the completion checklist then says, and whether a
// profile that sends now would stop.
struct InheritanceSwitch
{
    Q_DECLARE_TR_FUNCTIONS(cd::InheritanceSwitch)

public:
    struct Target
    {
        bool inheritBrand = false;
        bool inheritCampaigns = false;
    };

    bool changes = false;
    QString brandAfter;            // what it sends under afterwards
    QStringList campaignsAfter;    // names with their status
    QStringList campaignsGone;     // no longer used by it
    QStringList toDo;              // what must be made afterwards, in order
    CompletionChecklist checklist; // as it will read
    bool stopsSending = false;     // live now, and nothing approved to send under afterwards
    QString warning;

    // `campaigns`: the profile's list as sent.dm answers it now. `organization`: what the tree knows of the
    // organization's brand and campaigns.
    static InheritanceSwitch of(const Profile &profile, const QList<CampaignOverview> &campaigns,
                                const Inheritance &organization, Target target);
    // The same, as text for a preview or a bulk job's item.
    QStringList describe() const;
};

} // namespace cd
