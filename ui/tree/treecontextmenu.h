#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QModelIndex;

namespace cd::ui {

class OrganizationTreeView;

// The tree's context menu: what can be done with the row under the pointer (a right click makes it the current
// row) — the organization (a new profile, its report), a profile (edit, complete, a new campaign, its history and
// report, delete) or a campaign (edit, history, report, delete). The actions are the window's own.
class TreeContextMenu : public QObject
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction *newProfile = nullptr;
        QAction *editProfile = nullptr;
        QAction *completeProfile = nullptr;
        QAction *deleteProfile = nullptr;
        QAction *newCampaign = nullptr;
        QAction *editCampaign = nullptr;
        QAction *deleteCampaign = nullptr;
        QAction *history = nullptr;
        QAction *exportReport = nullptr;
        QAction *changeInheritance = nullptr;
    };

    TreeContextMenu(OrganizationTreeView *tree, const Actions &actions);

    // The menu for a row (of the filter model); none for a placeholder row.
    std::unique_ptr<QMenu> menuFor(const QModelIndex &proxyIndex) const;

private:
    OrganizationTreeView *m_tree;
    Actions m_actions;
};

} // namespace cd::ui
