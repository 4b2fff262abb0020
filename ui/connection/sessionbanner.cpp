#include "sessionbanner.h"

#include "model/organizationmodel.h"
#include "services/organizationsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace cd::ui {

SessionBanner::SessionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setTone(false);
    auto *layout = new QHBoxLayout(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_callback)
            m_callback();
    });
    layout->addWidget(m_action);
    // Every banner can be put away; one about the session's state comes back if the state changes again.
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, &SessionBanner::clear);
    layout->addWidget(m_close);
    hide();
}

void SessionBanner::setSession(OrganizationSession *session)
{
    m_session = session;
    clear();
    if (session)
        connect(session, &OrganizationSession::stateChanged, this, &SessionBanner::follow);
}

void SessionBanner::showMessage(const QString &text, const QString &actionText, std::function<void()> action)
{
    present(text, actionText, std::move(action), false);
}

void SessionBanner::showNotice(const QString &text, const QString &actionText, std::function<void()> action)
{
    present(text, actionText, std::move(action), true);
}

void SessionBanner::present(const QString &text, const QString &actionText, std::function<void()> action, bool notice)
{
    m_fromState = false;
    setTone(notice);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(bool(action));
    m_callback = std::move(action);
    show();
}

void SessionBanner::setTone(bool notice)
{
    if (notice == m_notice && !styleSheet().isEmpty())
        return;
    m_notice = notice;
    // The colours are the banner's own, in light and dark desktop themes alike (WCAG AA asks 4.5:1): dark red on pale
    // red for a problem (11.5:1), dark brown on pale amber for a notice (10.5:1).
    // By class, not by name: a banner may be named for what it shows (the local files' one is).
    setStyleSheet(notice ? QStringLiteral("cd--ui--SessionBanner { background: #fff4ce; border-bottom: 1px solid "
                                          "#f0d78c; } cd--ui--SessionBanner QLabel { color: #4d3800; }")
                         : QStringLiteral("cd--ui--SessionBanner { background: #fdecea; border-bottom: 1px solid "
                                          "#f5c2c0; } cd--ui--SessionBanner QLabel { color: #5f1412; }"));
    m_text->setAccessibleName(notice ? tr("Notice") : tr("Problem"));
}

void SessionBanner::clear()
{
    m_fromState = false;
    m_callback = nullptr;
    hide();
}

QString SessionBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void SessionBanner::follow()
{
    using State = OrganizationSession::State;
    if (!m_session)
        return;
    const OrganizationSession::Problem &problem = m_session->problem();
    const Connection connection = m_session->connection();
    const OrganizationModel *model = m_session->model();
    const bool shown = model && model->profileCount() > 0;
    switch (m_session->state()) {
    case State::NeedsKey:
        showMessage(problem.message, tr("Enter the key…"), [this, connection] { Q_EMIT keyRequested(connection); });
        break;
    case State::Offline:
        showMessage(
            problem.message
                + (shown ? QLatin1Char(' ') + tr("Until then, the tree shows what was loaded before.") : QString()),
            tr("&Try again"), [this] {
                if (m_session)
                    m_session->retry();
            });
        break;
    case State::Failed:
        showMessage((shown ? tr("The tree could not be refreshed; it shows what was loaded before.")
                           : tr("The organization could not be loaded."))
                        + QLatin1Char(' ') + problem.message,
                    tr("&Try again"), [this] {
                        if (m_session)
                            m_session->retry();
                    });
        break;
    case State::ReadingKey:
    case State::ShowingCache:
    case State::Loading:
    case State::Ready:
        if (m_fromState)
            clear(); // the problem it showed is over; the window's own messages stay
        return;
    }
    m_fromState = true;
}

} // namespace cd::ui
