#pragma once

#include <QMessageBox>

#include <optional>

namespace cd::ui {

// Modal questions go through here, so that tests can answer them without a person (KeePassXC does the same).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Tests: the answer the next question gets, without showing it.
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    static QString lastText() { return s_lastText; }

private:
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static inline QString s_lastText;
};

} // namespace cd::ui
