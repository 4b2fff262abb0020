#include "statusbadgedelegate.h"

#include "domain/status.h"
#include "model/organizationmodel.h"

#include <QApplication>
#include <QPainter>

namespace cd::ui {

QColor StatusBadgeDelegate::badgeColor(int category, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    int hue = -1;
    switch (StatusCategory(category)) {
    case StatusCategory::Approved:
        hue = 130;
        break;
    case StatusCategory::InReview:
        hue = 38;
        break;
    case StatusCategory::Rejected:
        hue = 0;
        break;
    case StatusCategory::Expired:
        hue = 280;
        break;
    case StatusCategory::NotSynced:
        hue = 22; // orange: something to do, not a verdict
        break;
    case StatusCategory::Draft:
    case StatusCategory::Unknown:
        break;
    }
    if (hue < 0)
        return dark ? QColor::fromHsl(0, 0, 80) : QColor::fromHsl(0, 0, 225);
    return dark ? QColor::fromHsl(hue, 110, 70) : QColor::fromHsl(hue, 150, 215);
}

QColor StatusBadgeDelegate::textColor(const QColor &badge)
{
    return badge.lightness() > 140 ? QColor(20, 20, 20) : QColor(245, 245, 245);
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant category = index.data(OrganizationModel::StatusCategoryRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!category.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection and focus as usual

    const QFontMetrics metrics(opt.font);
    const int padding = metrics.height() / 3;
    const QString elided = metrics.elidedText(text, Qt::ElideRight, opt.rect.width() - 4 * padding);
    QRect badge(0, 0, metrics.horizontalAdvance(elided) + 2 * padding, metrics.height() + padding / 2);
    badge.moveCenter(opt.rect.center());
    badge.moveLeft(opt.rect.left() + padding);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = badgeColor(category.toInt(), opt.palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(textColor(fill));
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, elided);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setHeight(std::max(size.height(), metrics.height() + metrics.height() / 2));
    size.setWidth(size.width() + metrics.height());
    return size;
}

} // namespace cd::ui
