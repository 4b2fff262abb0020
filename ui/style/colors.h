#pragma once

#include <QColor>
#include <QPalette>

namespace cd::ui::Colors {

// WCAG 2's contrast ratio of two colours (1 to 21); text needs 4.5 (AA).
double contrast(const QColor &a, const QColor &b);
inline constexpr double kTextContrast = 4.5;

bool isDark(const QPalette &palette);
// Text of less weight (a label beside its value, a dash for "none"): dimmer than the text, still AA on the window
// and the base.
QColor secondaryText(const QPalette &palette);
// Problems: an error's red and a warning's amber, readable (AA) on the window and the base of a light or dark
// palette — never the palette's visited-link magenta.
QColor errorText(const QPalette &palette);
QColor warningText(const QPalette &palette);

// The palette the app runs with: the platform's, with the roles it leaves too faint (placeholder text) made AA.
QPalette accessible(QPalette palette);

} // namespace cd::ui::Colors
