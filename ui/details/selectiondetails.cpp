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
                m_panel->showProfile(*item.profile, campaignCount, item.history);
            else if (item.profile && item.campaign)
                m_panel->showCampaign(*item.campaign, *item.profile, item.history);
            else
                m_panel->showMessage(
                    tr("Details not available"),
                    tr("This item's details could not be read from this computer's copy. Refresh (F5) to "
                       "fetch them again."));
        });
}

} // namespace cd::ui
