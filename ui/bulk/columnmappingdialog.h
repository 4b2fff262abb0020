#pragma once

#include "services/profileimport.h"

#include <QDialog>
#include <QList>

class QComboBox;

namespace cd::ui {

// Which field each column of a CSV file fills, before its profiles are checked: every column with its header and
// first value, and the field it was matched to (by its header, or as the last import of this connection had it),
// "Not used" for the rest. A field taken by two columns is said, and the second holds nothing.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const ProfileImport::Table &table, const ProfileImport::Mapping &mapping,
                        QWidget *parent = nullptr);

    ProfileImport::Mapping mapping() const;
    QList<QComboBox *> boxes() const { return m_boxes; }

private:
    QList<QComboBox *> m_boxes; // one a column
};

} // namespace cd::ui
