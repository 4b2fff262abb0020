#pragma once

#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QTreeView>

class QTimer;

namespace cd {
class OrganizationFilterModel;
class OrganizationModel;
class OrganizationSession;
struct CampaignOverview;
struct ProfileOverview;
} // namespace cd

namespace cd::ui {

// The organization as a tree — the organization, its profiles with their brands, their campaigns — through the
// filter model, sorted by name. It opens the organization as its first rows arrive, gives "Loading…" and error rows
// the whole width, retries a failed row on Enter, and tells the session which profiles are on screen so that their
// campaigns load first. It says which item is selected, and when that item (or its data) changes.
class OrganizationTreeView : public QTreeView
{
    Q_OBJECT
public:
    OrganizationTreeView(OrganizationModel *model, OrganizationFilterModel *filter, QWidget *parent = nullptr);

    OrganizationModel *organizationModel() const { return m_model; }
    OrganizationFilterModel *filterModel() const { return m_filter; }
    void setSession(OrganizationSession *session);

    // The selection, in the model's terms. A campaign's profile is selected with it.
    QModelIndex currentSourceIndex() const;
    QString selectedProfileId() const;
    QString selectedCampaignId() const;
    const ProfileOverview *selectedProfile() const;
    const CampaignOverview *selectedCampaign() const;
    // The name of what is selected (the organization when nothing is).
    QString selectedName() const;
    // Every profile selected (rows are selected with Ctrl and Shift): a campaign's row counts as its profile, in the
    // order the tree shows them.
    QStringList selectedProfileIds() const;
    // The campaigns selected, as profile id → campaign ids.
    QMap<QString, QStringList> selectedCampaignIds() const;
    // Every profile the current filter shows, loaded or not yet on screen (for "everything the filter shows").
    QStringList shownProfileIds() const;
    // Selects a profile, or a campaign under it, and scrolls to it; one a filter hides is shown (revealRequested).
    void selectItem(const QString &profileId, const QString &campaignId = {});
    // The organization's brand (no id) or one of its campaigns, first under it.
    void selectOrganizationItem(const QString &campaignId = {});
    // The tooltip a cell shows: its whole text first when the column cuts it short, then the model's own.
    QString toolTipAt(const QModelIndex &index) const;

Q_SIGNALS:
    // Another row is current, or the current row's data changed.
    void currentItemChanged();
    // An item was asked for by name while a filter hides it: the filters should let it show.
    void revealRequested();

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void selectSource(const QModelIndex &sourceIndex);
    void prioritizeVisible();

    OrganizationModel *m_model;
    OrganizationFilterModel *m_filter;
    QPointer<OrganizationSession> m_session;
    QTimer *m_prioritizeTimer;
};

} // namespace cd::ui
