#include "inheritanceview.h"

#include "domain/labels.h"
#include "model/organizationmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole, ValueRole };
enum ItemKind { Brand = 1, Campaign, Group };

} // namespace

InheritanceView::InheritanceView(OrganizationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("What the organization's profiles inherit, and how each is set up. Enter or double-click a "
                        "row to see it in the tree."));
    layout->addWidget(m_intro);
    m_list->setHeaderLabels({tr("Item"), tr("Profiles"), tr("Status")});
    m_list->setAccessibleName(tr("The organization's brand and campaigns, and the profiles by setup"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setRootIsDecorated(true);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, &InheritanceView::activate);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &InheritanceView::refresh);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &InheritanceView::scheduleRefresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &InheritanceView::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &InheritanceView::scheduleRefresh);
    refresh();
}

void InheritanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void InheritanceView::scheduleRefresh()
{
    if (isVisible() && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void InheritanceView::refresh()
{
    m_refreshTimer.stop();
    if (!m_model)
        return;
    const Inheritance &inheritance = m_model->inheritance();
    const QString current = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
    m_list->clear();
    const auto count = [](int n) { return QLocale().toString(n); };

    auto *shared = new QTreeWidgetItem(m_list, {tr("The organization's brand and campaigns")});
    shared->setFlags(Qt::ItemIsEnabled);
    if (inheritance.brandInheritorCount() > 0) {
        const auto &brand = inheritance.brand();
        auto *row = new QTreeWidgetItem(shared,
                                        {tr("Organization's brand"), count(inheritance.brandInheritorCount()),
                                         brand ? brand->status.displayText() : tr("Not reported yet")});
        row->setData(0, KindRole, Brand);
        row->setToolTip(1, tr("Profiles that use the organization's brand"));
    }
    for (const Inheritance::SharedCampaign &c : inheritance.campaigns()) {
        auto *row = new QTreeWidgetItem(
            shared, {c.campaign.name, count(int(c.inheritors.size())), c.campaign.status.displayText()});
        row->setData(0, KindRole, Campaign);
        row->setData(0, ValueRole, c.campaign.id);
        row->setToolTip(0, Labels::useCases(c.campaign.useCases).join(QLatin1String(", ")));
        row->setToolTip(1, tr("Profiles that use this campaign of the organization's"));
    }
    if (shared->childCount() == 0)
        new QTreeWidgetItem(shared, {tr("No profile inherits anything of the organization's yet.")});

    auto *groups = new QTreeWidgetItem(m_list, {tr("Profiles by setup")});
    groups->setFlags(Qt::ItemIsEnabled);
    const QMap<Setup, QStringList> bySetup = inheritance.groups();
    for (const Setup setup : Inheritance::allSetups()) {
        auto *row =
            new QTreeWidgetItem(groups, {Inheritance::setupLabel(setup), count(int(bySetup.value(setup).size()))});
        row->setData(0, KindRole, Group);
        row->setData(0, ValueRole, int(setup));
        row->setToolTip(0, Inheritance::setupDescription(setup));
    }
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        (*it)->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_list->expandAll();
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    if (!current.isEmpty())
        if (const auto found = m_list->findItems(current, Qt::MatchExactly | Qt::MatchRecursive); !found.isEmpty())
            m_list->setCurrentItem(found.first());
}

int InheritanceView::shownCount(Setup setup) const
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        if ((*it)->data(0, KindRole).toInt() == Group && (*it)->data(0, ValueRole).toInt() == int(setup))
            return QLocale().toInt((*it)->text(1));
    return -1;
}

void InheritanceView::activate(QTreeWidgetItem *item)
{
    switch (item->data(0, KindRole).toInt()) {
    case Brand:
        Q_EMIT openOrganizationBrand();
        break;
    case Campaign:
        Q_EMIT openOrganizationCampaign(item->data(0, ValueRole).toString());
        break;
    case Group:
        Q_EMIT showSetup(Setup(item->data(0, ValueRole).toInt()));
        break;
    default:
        break;
    }
}

} // namespace cd::ui
