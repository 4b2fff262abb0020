#pragma once

#include "domain/inheritance.h"

#include "dashboard/dashboardview.h"

#include <QObject>

class QActionGroup;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;
class QWidget;

namespace cd::ui {

class OrganizationTreeView;

// What the tree is narrowed to, and the ways to narrow it: the search field, the Filter menu (status, use case,
// what needs attention), the dashboard's drill-downs and its attention rows; the bar above the tree that says in
// words what is hidden, with Show everything; and the line that says when nothing matches.
class TreeFilters : public QObject
{
    Q_OBJECT
public:
    explicit TreeFilters(OrganizationTreeView *tree, QWidget *parent);

    // Their places are the window's to choose.
    QLineEdit *searchField() const { return m_search; }
    QToolButton *filterButton() const { return m_button; }
    QWidget *bar() const { return m_bar; }
    QLabel *noMatchesLabel() const { return m_noMatches; }

    void focusSearch();
    // Search, status, use case, identity, attention, one item: everything shows again.
    void clearFilters();
    // A click on the dashboard: the tree shows exactly those items (and the menu says so).
    void drillDown(const cd::ui::DashboardView::Drill &drill);
    // The Inheritance view's groups: the profiles set up this way, with their campaigns.
    void showSetup(cd::Setup setup);
    // An attention row: the tree shows that item alone (with its campaigns, or under its profile), selected.
    void narrowTo(const QString &profileId, const QString &campaignId);
    // What the bar says ("" when nothing is filtered).
    QString barText() const;

private:
    QMenu *buildMenu(QWidget *parent);
    QWidget *buildBar(QWidget *parent);
    QString description() const;
    void update();

    OrganizationTreeView *m_tree;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QToolButton *m_button;
    QWidget *m_bar = nullptr;
    QLabel *m_barText = nullptr;
    QLabel *m_noMatches;
    QActionGroup *m_statusActions = nullptr;
    QActionGroup *m_useCaseActions = nullptr;
    QActionGroup *m_setupActions = nullptr;
    QAction *m_attentionAction = nullptr;
    QString m_itemName; // the item an attention row narrowed the tree to
};

} // namespace cd::ui
