#include "statusnotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace cd::ui {

StatusNotifier::StatusNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &StatusNotifier::activate);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger && m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_tray->show();
}

StatusNotifier::~StatusNotifier() = default;

bool StatusNotifier::hasTray() const
{
    return m_tray;
}

void StatusNotifier::notify(const QString &title, const QString &text, const QString &profileId,
                            const QString &campaignId)
{
    m_title = title;
    m_text = text;
    m_profileId = profileId;
    m_campaignId = campaignId;
    ++m_count;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15'000);
    else
        Q_EMIT fallback(title, text);
}

void StatusNotifier::activate()
{
    if (m_window) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    Q_EMIT activated(m_profileId, m_campaignId);
}

} // namespace cd::ui
