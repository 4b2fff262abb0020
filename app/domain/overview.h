#pragma once

#include "campaign.h"
#include "profile.h"
#include "status.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// What the organization tree shows of a brand, a profile and a campaign: a few short fields, so that an
// organization of 10,000 profiles and 50,000 campaigns fits in memory many times over. The whole record (sample
// messages, message flow, contacts…) is read from the local cache when one item is selected.
//
// Status words and use-case names come from small vocabularies: equal words share one string.
//
// What an overview keeps is bounded, whatever a server sends: longer text is cut with an ellipsis (the whole value
// stays in the record, which the details show). The limits are far above what the API accepts.
struct OverviewLimits
{
    static constexpr qsizetype kName = 500;    // a profile's or a campaign's name, a short name
    static constexpr qsizetype kWord = 255;    // a status word, a registry id
    static constexpr qsizetype kText = 2000;   // a registry's sync error
    static constexpr qsizetype kUseCases = 32; // use cases named in the tree (the registry allows a handful)
};

struct BrandOverview
{
    Status status; // brandStatus(): the TCR status and the identity status together
    QString tcrStatus;
    QString identityStatus;
    QString tcrBrandId;
    bool isInherited = false;

    bool operator==(const BrandOverview &) const = default;
};

struct ProfileOverview
{
    QString id;
    QString name;
    QString shortName;
    Status status;
    QDateTime lastChange; // updated, else created
    bool inheritTcrBrand = false;
    bool inheritTcrCampaign = false;
    std::optional<BrandOverview> brand;

    // Whether the campaigns list can answer: a brand of its own or one inherited from the organization.
    bool hasBrand() const { return brand.has_value() || inheritTcrBrand; }

    static ProfileOverview of(const Profile &profile);
    bool operator==(const ProfileOverview &) const = default;
};

struct CampaignOverview
{
    QString id;
    QString name;
    Status status;
    QString tcrCampaignId;
    QString tcrSyncError;
    bool submittedToTcr = false;
    bool inherited = false; // listed under a profile that inherits it from the organization: read-only there
    QStringList useCases;   // MARKETING, ACCOUNT_NOTIFICATION, …
    QDateTime lastChange;

    // listedUnder: the profile whose list it came in (to tell an inherited campaign).
    static CampaignOverview of(const Campaign &campaign, const QString &listedUnder);
    bool operator==(const CampaignOverview &) const = default;
};

// One shared copy of a word from a small vocabulary (status words, use-case names); other strings as they are.
QString sharedWord(const QString &word);

} // namespace cd
