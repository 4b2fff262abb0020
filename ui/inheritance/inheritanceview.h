#pragma once

#include "domain/inheritance.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {
class OrganizationModel;
}

namespace cd::ui {

// Who inherits what: the organization's brand and campaigns with how many profiles use each, and the profiles
// grouped by how they are set up (the organization's brand and campaigns, its brand and their own campaigns, …).
// A row opens what it names in the tree: the organization's brand or campaign (whose details list who uses it), or
// a group (the tree filtered to it). Kept current as the tree changes, at most four times a second while shown.
class InheritanceView : public QWidget
{
    Q_OBJECT
public:
    explicit InheritanceView(OrganizationModel *model, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The groups' counts as shown, for tests.
    int shownCount(Setup setup) const;

Q_SIGNALS:
    void showSetup(cd::Setup setup);
    void openOrganizationBrand();
    void openOrganizationCampaign(const QString &campaignId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void activate(QTreeWidgetItem *item);

    QPointer<OrganizationModel> m_model;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QTimer m_refreshTimer;
};

} // namespace cd::ui
