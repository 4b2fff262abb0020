#pragma once

#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/inheritance.h"
#include "domain/overview.h"
#include "domain/profile.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace cd {

// The organization as a tree: the organization → its child profiles (each with its brand) → their campaigns.
// It holds what the tree shows of each (ProfileOverview, CampaignOverview), never whole records: those are read
// from the cache for the one item selected.
//
// It is filled from outside (the loader, the cache) and never resets for a refresh: profiles and campaigns are
// matched by id and updated with inserts, removals and dataChanged only, so expansion, selection and scrolling
// survive. A profile's campaigns load lazily: until they are known it has children, fetchMore() asks for them
// (campaignsRequested) and shows a "Loading…" row, and a failure shows an error row that fetchMore() retries.
class OrganizationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        BrandColumn,
        UseCasesColumn,
        LastChangeColumn,
        AttentionColumn,
        SetupColumn, // where a profile's brand and campaigns come from; for the organization's: who uses them
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole,                      // the item's id
        ProfileIdRole,               // the profile an item belongs to
        StatusCategoryRole,          // StatusCategory of the column's status (status and brand columns)
        RawStatusRole,               // the API's word(s); the use cases column: its wire words (a list)
        SortRole,                    // a raw value to sort by
        AttentionRole,               // Attention flags
        InheritedRole,               // a campaign or brand inherited from the organization (read-only here)
        SearchTextRole,              // name, id, status words and use cases, for the filter
        SetupRole,                   // a profile's Setup (int); the organization's rows: none
        InheritorsRole,              // the organization's brand or campaign: the ids of the profiles that use it
    };
    // OrganizationBrand and OrganizationCampaign: what the organization's profiles inherit, first under it.
    enum class Kind { Organization, Profile, Campaign, Loading, Error, OrganizationBrand, OrganizationCampaign };
    Q_ENUM(Kind)
    enum AttentionFlag {
        NoAttention = 0,
        Rejected = 0x1,     // the item (or its brand) was rejected
        SyncError = 0x2,    // a campaign did not reach the registry
        MissingBrand = 0x4, // a profile with no brand, own or inherited
        LoadFailed = 0x8,   // its campaigns could not be loaded
    };
    Q_DECLARE_FLAGS(Attention, AttentionFlag)
    Q_FLAG(Attention)

    explicit OrganizationModel(QObject *parent = nullptr);
    ~OrganizationModel() override;

    // Another organization (switching connections): the one place that resets.
    void clear();
    void setAccount(const Account &account);
    // The profiles as listed: new ones are appended, missing ones removed, the others updated in place.
    void setProfiles(const QList<ProfileOverview> &profiles);
    void setProfiles(const QList<Profile> &profiles);
    // A page of profiles: new ones appended, the others updated in place; none removed.
    void mergeProfiles(const QList<ProfileOverview> &profiles);
    // The whole list's ids, once read: every other profile is removed. Returns those removed.
    QStringList retainProfiles(const QSet<QString> &profileIds);
    void updateProfile(const Profile &profile);
    // A profile created here (added at the end) or changed; one deleted.
    void addOrUpdateProfile(const Profile &profile);
    void removeProfile(const QString &profileId);
    void setCampaigns(const QString &profileId, const QList<CampaignOverview> &campaigns);
    void setCampaigns(const QString &profileId, const QList<Campaign> &campaigns);
    // Many profiles' lists at once (a background load's batch): their rows' summaries change in a few signals
    // rather than one each.
    using CampaignLists = QList<QPair<QString, QList<CampaignOverview>>>;
    void setCampaigns(const CampaignLists &lists);
    // One campaign created or changed here, and one deleted: applied to a profile whose campaigns are shown (one
    // whose list is not known yet gets it with its list).
    void addOrUpdateCampaign(const QString &profileId, const CampaignOverview &campaign);
    void removeCampaign(const QString &profileId, const QString &campaignId);
    void setCampaignsLoading(const QString &profileId);
    void setCampaignsFailed(const QString &profileId, const QString &message);

    // Where each profile's brand and campaigns come from, and the organization's brand and campaigns with the
    // profiles that use them: kept as the tree changes.
    const Inheritance &inheritance() const { return m_inheritance; }
    QModelIndex organizationBrandIndex(int column = 0) const;
    QModelIndex organizationCampaignIndex(const QString &campaignId, int column = 0) const;

    bool hasAccount() const;
    const Account &account() const;
    int profileCount() const;
    QStringList profileIds() const;
    QModelIndex organizationIndex() const;
    QModelIndex profileIndex(const QString &profileId, int column = 0) const;
    QModelIndex campaignIndex(const QString &profileId, const QString &campaignId, int column = 0) const;
    Kind kind(const QModelIndex &index) const;
    const ProfileOverview *profile(const QModelIndex &index) const;   // the profile, or the campaign's profile
    const CampaignOverview *campaign(const QModelIndex &index) const; // campaigns only
    bool campaignsLoaded(const QString &profileId) const;
    // Profiles whose campaigns are still unknown (not loaded, not loading), in model order.
    QStringList profilesNeedingCampaigns() const;
    static QString attentionText(Attention attention);
    // The row's name as it sorts: case and accents folded away, made once per name, so that a sort of 50,000 rows
    // compares short strings instead of asking data() and the locale's collation a million times. Rows with equal
    // keys are told apart by the locale's collation of plainName().
    const QString &sortName(const QModelIndex &index) const;
    static QString sortKeyFor(const QString &name);
    QString plainName(const QModelIndex &index) const; // the name as sent.dm has it (no marker, nothing escaped)

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // After a failed load: ask again (the error row, or its profile).
    void retry(const QModelIndex &index);
    bool canRetry(const QModelIndex &index) const;

Q_SIGNALS:
    void campaignsRequested(const QString &profileId);

private:
    struct Node;
    enum class CampaignState { Unknown, Loading, Loaded, Failed };

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *profileNode(const QString &profileId) const;
    void removeChildren(Node *parent, int first, int last);
    void insertChildren(Node *parent, std::vector<std::unique_ptr<Node>> nodes, int first = -1);
    // The organization's brand and campaign rows brought in line with m_inheritance.
    void syncOrganizationRows();
    int sharedRows() const;
    void setPlaceholder(Node *profile, Kind kind, const QString &message);
    void request(Node *profile);
    void emitRowChanged(const Node *node);
    // Applies a profile's list; true when the summary columns of its row changed (not yet signalled).
    bool applyCampaigns(Node *profile, const QList<CampaignOverview> &campaigns);
    static QList<CampaignOverview> campaignsOf(const Node *profile);
    void emitSummariesChanged(std::vector<int> rows);
    Attention attentionOf(const Node *node) const;
    QVariant displayData(const Node *node, int column) const;
    QVariant toolTipData(const Node *node, int column) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_profiles; // id → node
    Inheritance m_inheritance;
};

} // namespace cd

Q_DECLARE_OPERATORS_FOR_FLAGS(cd::OrganizationModel::Attention)
