#include "columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cd::ui {

ColumnMappingDialog::ColumnMappingDialog(const ProfileImport::Table &table, const ProfileImport::Mapping &mapping,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Columns of the file"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the field each column fills. The columns were matched by their headers; "
                                "what you choose here is used again for the next file with the same headers."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    const QStringList first = table.rows.isEmpty() ? QStringList() : table.rows.first();
    for (int column = 0; column < table.header.size(); ++column) {
        auto *box = new QComboBox(inner);
        // As wide as the dialog allows, not as wide as the longest field's label.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        box->addItem(tr("Not used"), QString());
        for (const ProfileImport::Field &field : ProfileImport::fields())
            box->addItem(field.label, field.id);
        const QString field = mapping.key(column);
        box->setCurrentIndex(std::max(0, box->findData(field)));
        const QString header = table.header.at(column);
        const QString sample = first.value(column).trimmed();
        box->setAccessibleName(tr("Field of the column “%1”").arg(header));
        auto *label = new QLabel(
            sample.isEmpty() ? tr("“%1”").arg(header) : tr("“%1” (e.g. %2)").arg(header, sample.left(40)), inner);
        label->setBuddy(box);
        form->addRow(label, box);
        m_boxes.append(box);
    }
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    auto *warning = new QLabel(this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *next = buttons->addButton(tr("Check the &rows…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, warning, next] {
        QStringList twice;
        QStringList seen;
        for (QComboBox *box : std::as_const(m_boxes)) {
            const QString field = box->currentData().toString();
            if (field.isEmpty())
                continue;
            if (seen.contains(field) && !twice.contains(box->currentText()))
                twice << box->currentText();
            seen << field;
        }
        warning->setText(
            twice.isEmpty()
                ? QString()
                : tr("More than one column fills %1: only the first is used.").arg(twice.join(QStringLiteral(", "))));
        warning->setVisible(!twice.isEmpty());
        next->setEnabled(seen.contains(QStringLiteral("name"))); // a profile needs its name
        next->setToolTip(next->isEnabled() ? QString() : tr("Choose the column that holds the profiles' names."));
    };
    for (QComboBox *box : std::as_const(m_boxes))
        connect(box, &QComboBox::currentIndexChanged, this, update);
    update();
}

ProfileImport::Mapping ColumnMappingDialog::mapping() const
{
    ProfileImport::Mapping result;
    for (int column = 0; column < m_boxes.size(); ++column) {
        const QString field = m_boxes.at(column)->currentData().toString();
        if (!field.isEmpty() && !result.contains(field))
            result.insert(field, column);
    }
    return result;
}

} // namespace cd::ui
