#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QTimer;
class QProgressBar;
class QWidget;

namespace cd {
class OrganizationSession;
}

namespace cd::ui {

// The status bar's account of the session: reading the key, the saved tree and its age, the campaigns loading
// (with a progress bar), up to date, and the rate budget left.
class LoadStatus : public QObject
{
    Q_OBJECT
public:
    explicit LoadStatus(QWidget *window);

    void setSession(OrganizationSession *session);
    QLabel *label() const { return m_label; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *budgetLabel() const { return m_budget; }
    QString text() const;
    QString budgetText() const;    // how sent.dm's request limit stands, in words
    QString budgetToolTip() const; // …and in figures

private:
    void update();

    QPointer<OrganizationSession> m_session;
    QLabel *m_label;
    QProgressBar *m_progress;
    QLabel *m_budget;
    QTimer *m_refill; // the budget refills with time, not only with requests
};

} // namespace cd::ui
