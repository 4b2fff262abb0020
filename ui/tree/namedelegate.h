#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace cd::ui {

// The tree's name column: what comes from the organization — its own brand and campaigns, a profile that inherits
// either, a campaign a profile inherits — carries a marker before its name (its tooltip says what is inherited).
class NameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit NameDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_inherited;
};

} // namespace cd::ui
