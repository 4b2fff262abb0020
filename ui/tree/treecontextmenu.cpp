#include "treecontextmenu.h"

#include "tree/organizationtreeview.h"

#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"

#include <QAction>
#include <QMenu>

namespace cd::ui {

TreeContextMenu::TreeContextMenu(OrganizationTreeView *tree, const Actions &actions)
    : QObject(tree)
    , m_tree(tree)
    , m_actions(actions)
{
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (const std::unique_ptr<QMenu> context = menuFor(m_tree->indexAt(at)))
            context->exec(m_tree->viewport()->mapToGlobal(at));
    });
    // Shift+F10 opens it from the keyboard as the Menu key does (a laptop often has no Menu key), under the current
    // row.
    auto *keyboard = new QAction(tr("Open the context menu"), m_tree);
    keyboard->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    keyboard->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(keyboard);
    connect(keyboard, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        const QRect row = m_tree->visualRect(current);
        if (const std::unique_ptr<QMenu> context = menuFor(current))
            context->exec(m_tree->viewport()->mapToGlobal(row.isValid() ? row.bottomLeft() : QPoint()));
    });
}

std::unique_ptr<QMenu> TreeContextMenu::menuFor(const QModelIndex &proxyIndex) const
{
    const QModelIndex index = m_tree->filterModel()->mapToSource(proxyIndex);
    if (!index.isValid())
        return nullptr;
    auto menu = std::make_unique<QMenu>(m_tree);
    switch (m_tree->organizationModel()->kind(index)) {
    case OrganizationModel::Kind::Organization:
        menu->addActions({m_actions.newProfile, m_actions.exportReport});
        break;
    case OrganizationModel::Kind::Profile:
        menu->addActions(
            {m_actions.editProfile, m_actions.changeInheritance, m_actions.completeProfile, m_actions.newCampaign});
        menu->addSeparator();
        menu->addActions({m_actions.history, m_actions.exportReport});
        menu->addSeparator();
        menu->addAction(m_actions.deleteProfile);
        break;
    case OrganizationModel::Kind::Campaign:
        menu->addAction(m_actions.editCampaign);
        menu->addSeparator();
        menu->addActions({m_actions.history, m_actions.exportReport});
        menu->addSeparator();
        menu->addAction(m_actions.deleteCampaign);
        break;
    case OrganizationModel::Kind::OrganizationBrand:
    case OrganizationModel::Kind::OrganizationCampaign: // read-only here; the details list who uses it
    case OrganizationModel::Kind::Loading:
    case OrganizationModel::Kind::Error:
        return nullptr;
    }
    return menu;
}

} // namespace cd::ui
