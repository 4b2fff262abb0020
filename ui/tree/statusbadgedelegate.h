#pragma once

#include <QStyledItemDelegate>

namespace cd::ui {

// Paints a status cell as a coloured badge (the normalized status), readable in light and dark palettes; the
// API's own word stays in the tooltip. Cells without a status category are painted as usual.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor badgeColor(int category, const QPalette &palette);
    // Dark text on light badges and the reverse, whatever the palette.
    static QColor textColor(const QColor &badge);
};

} // namespace cd::ui
