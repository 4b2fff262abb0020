#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace cd::ui {

// Tells the user that a status changed while they were looking elsewhere: a desktop notification from the
// system tray that opens the item when clicked. Where there is no tray (some Linux desktops, tests) the window
// shows it instead, through `fallback`.
class StatusNotifier : public QObject
{
    Q_OBJECT
public:
    explicit StatusNotifier(QWidget *window);
    ~StatusNotifier() override;

    bool hasTray() const;
    void notify(const QString &title, const QString &text, const QString &profileId, const QString &campaignId = {});
    // The item of the last notification, as if it had been clicked.
    void activate();

    int count() const { return m_count; } // notifications shown (tests, the status bar)
    QString lastTitle() const { return m_title; }
    QString lastText() const { return m_text; }

Q_SIGNALS:
    void activated(const QString &profileId, const QString &campaignId);
    // No tray: the window shows it (its banner), with a way to open the item.
    void fallback(const QString &title, const QString &text);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_title;
    QString m_text;
    QString m_profileId;
    QString m_campaignId;
    int m_count = 0;
};

} // namespace cd::ui
