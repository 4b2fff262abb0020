#include "selectiondetails.h"

#include "details/detailspanel.h"
#include "tree/organizationtreeview.h"

#include "model/organizationmodel.h"
#include "services/organizationsession.h"

namespace cd::ui {

SelectionDetails::SelectionDetails(OrganizationTreeView *tree, DetailsPanel *panel, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_panel(panel)
{
    connect(m_tree, &OrganizationTreeView::currentItemChanged, this, &SelectionDetails::follow);
    connect(m_panel, &DetailsPanel::profileActivated, m_tree,
            [this](const QString &profileId) { m_tree->selectItem(profileId); });
}

void SelectionDetails::setSession(OrganizationSession *session)
{
    m_session = session;
    ++m_request;
    m_panel->showNothing();
}

void SelectionDetails::follow()
{
    ++m_request; // an answer still on its way is for an item no longer selected
    const QModelIndex index = m_tree->currentSourceIndex();
    const OrganizationModel *model = m_tree->organizationModel();
    if (!index.isValid()) {
        m_panel->showNothing();
        return;
    }
    switch (model->kind(index)) {
    case OrganizationModel::Kind::Organization:
        m_panel->showAccount(model->account(), model->profileCount());
        break;
    case OrganizationModel::Kind::Profile:
        showRecord(model->profile(index)->id, QString(), model->rowCount(index.siblingAtColumn(0)));
        break;
    case OrganizationModel::Kind::Campaign:
        showRecord(model->profile(index)->id, model->campaign(index)->id, 0);
        break;
    case OrganizationModel::Kind::OrganizationBrand:
    case OrganizationModel::Kind::OrganizationCampaign:
        showShared(index);
        break;
    case OrganizationModel::Kind::Loading:
        m_panel->showMessage(tr("Loading"),
                             tr("The campaigns of %1 are on their way.").arg(model->profile(index)->name));
        break;
    case OrganizationModel::Kind::Error:
        m_panel->showMessage(tr("Campaigns not loaded"),
                             index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n')
                                 + tr("Press Enter on the row, or double-click it, to try again."));
        break;
    }
}

void SelectionDetails::showRecord(const QString &profileId, const QString &campaignId, int campaignCount)
{
    if (!m_session)
        return;
    const int request = m_request;
    m_session->readItem(
        profileId, campaignId, this, [this, request, campaignId, campaignCount](const OrganizationSession::Item &item) {
            if (request != m_request)
                return;
            if (item.profile && campaignId.isEmpty())
                m_panel->showProfile(*item.profile, campaignCount, item.history, sourcesOf(item.profile->id));
            else if (item.profile && item.campaign)
                m_panel->showCampaign(*item.campaign, *item.profile, item.history);
            else
                m_panel->showMessage(
                    tr("Details not available"),
                    tr("This item's details could not be read from this computer's copy. Refresh (F5) to "
                       "fetch them again."));
        });
}

QList<QPair<QString, QString>> SelectionDetails::sourcesOf(const QString &profileId) const
{
    const OrganizationModel *model = m_tree->organizationModel();
    const Inheritance &inheritance = model->inheritance();
    if (!inheritance.contains(profileId))
        return {};
    const ProfileSources sources = inheritance.sourcesOf(profileId);
    QList<QPair<QString, QString>> rows;
    rows.append({tr("Set up as"), Inheritance::setupLabel(sources.setup())});
    QString brand = Inheritance::sourceLabel(sources.brand);
    if (sources.brand == Source::Organization && inheritance.brand())
        brand = tr("%1 — %2").arg(brand, inheritance.brand()->status.displayText());
    rows.append({tr("Brand"), brand});
    // The campaigns it sends under: those its list shows (the organization's when it inherits them).
    QStringList campaigns;
    const QModelIndex profile = model->profileIndex(profileId);
    for (int row = 0, count = model->rowCount(profile); row < count; ++row)
        if (const CampaignOverview *c = model->campaign(model->index(row, 0, profile)))
            campaigns.append(tr("%1 (%2)").arg(c->name, c->status.displayText()));
    rows.append({tr("Campaigns"), Inheritance::sourceLabel(sources.campaigns)});
    rows.append({tr("Sends under"), campaigns.isEmpty() ? tr("No campaign yet") : campaigns.join(u'\n')});
    return rows;
}

void SelectionDetails::showShared(const QModelIndex &index)
{
    const OrganizationModel *model = m_tree->organizationModel();
    const QStringList ids = index.data(OrganizationModel::InheritorsRole).toStringList();
    DetailsPanel::Users users;
    users.reserve(ids.size());
    for (const QString &id : ids) {
        const QModelIndex profile = model->profileIndex(id);
        users.append({id, profile.isValid() ? model->profile(profile)->name : QString()});
    }
    if (model->kind(index) == OrganizationModel::Kind::OrganizationBrand) {
        const auto &brand = model->inheritance().brand();
        m_panel->showOrganizationBrand(brand ? &*brand : nullptr, users);
        return;
    }
    const CampaignOverview overview = *model->campaign(index);
    m_panel->showOrganizationCampaign(overview, nullptr, users);
    if (!m_session || ids.isEmpty())
        return;
    // The whole record, as the first profile that lists it has it on this computer.
    const int request = m_request;
    m_session->readItem(ids.first(), overview.id, this,
                        [this, request, overview, users](const OrganizationSession::Item &item) {
                            if (request == m_request && item.campaign)
                                m_panel->showOrganizationCampaign(overview, &*item.campaign, users);
                        });
}

} // namespace cd::ui
