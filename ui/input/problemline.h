#pragma once

#include <QLabel>
#include <QList>

namespace cd::ui {

// One line under a field for what is wrong with it: the most important problem, cut to fit, every problem with its
// advice in the tooltip. Once it has shown something it keeps its place even when empty, so the fields below never
// move under the cursor as problems come and go while the user types or aims at the next field.
class ProblemLine : public QLabel
{
    Q_OBJECT
public:
    enum class Severity { Error, Warning };
    struct Problem
    {
        Severity severity = Severity::Error;
        QString text;   // the problem, one sentence
        QString detail; // advice, in the tooltip
    };

    explicit ProblemLine(QWidget *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    // The text shown, uncut, and every problem's line: what a test or a screen reader reads.
    QString fullText() const { return m_full; }
    bool isReserved() const { return m_reserved; }

    // The colours of problems (Colors::errorText, warningText).
    static QColor colorFor(Severity severity, const QPalette &palette);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShown();

    QString m_full;
    Severity m_severity = Severity::Error;
    bool m_reserved = false;
};

} // namespace cd::ui
