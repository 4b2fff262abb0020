#include "namedelegate.h"

#include "style/icons.h"

#include "model/organizationmodel.h"

namespace cd::ui {

NameDelegate::NameDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_inherited(Icons::named("compliance-desk-inherited"))
{
}

void NameDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(OrganizationModel::InheritedRole).toBool())
        return;
    option->icon = m_inherited;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace cd::ui
