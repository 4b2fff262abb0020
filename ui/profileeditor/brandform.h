#pragma once

#include "domain/brand.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::ui {

class FieldSet;

// A profile's brand: its contact, the business behind it and its compliance facts (for The Campaign Registry).
// Shown read-only when sent.dm will not take changes: the organization's brand that the profile inherits (with a
// way to give it one of its own), or a brand already submitted to TCR (with why).
class BrandForm : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Own, Inherited, Submitted };

    BrandForm(FieldSet *fields, QWidget *parent = nullptr);

    void load(const std::optional<Brand> &brand);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // What the form holds; no brand when nothing was filled in.
    std::optional<Brand> brand() const;
    bool isFilled() const;
    QString noticeText() const;
    QPushButton *switchButton() const { return m_switch; }

Q_SIGNALS:
    void switchToOwnRequested();

private:
    void updateMainCountries();
    QStringList paths() const;

    FieldSet *m_fields;
    Mode m_mode = Mode::Own;
    std::optional<Brand> m_loaded;
    QLabel *m_notice;
    QPushButton *m_switch;
    QLineEdit *m_countries = nullptr;
    QComboBox *m_mainCountry = nullptr;
};

} // namespace cd::ui
