#include "localfileswatch.h"

#include "connection/sessionbanner.h"
#include "dialogs/messagebox.h"

#include "core/appinfo.h"
#include "services/sessionmanager.h"

namespace cd::ui {

LocalFilesWatch::LocalFilesWatch(SessionManager *sessions, QWidget *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_banner(new SessionBanner(parent))
{
    m_banner->setObjectName(QStringLiteral("localFilesBanner"));
    connect(sessions, &SessionManager::localFileChanged, this, &LocalFilesWatch::show);
    m_settingsProblem = sessions->settingsFileProblem();
    if (!m_settingsProblem.isEmpty()) // once the window has placed the banner (placing it hides it)
        QMetaObject::invokeMethod(this, &LocalFilesWatch::showProblems, Qt::QueuedConnection);
}

// One banner for both files: a file that cannot be written is never hidden by news about the other one.
void LocalFilesWatch::show(LocalFiles::Store store, const StoreFileState &state)
{
    const StoreFileState::Kind before = std::exchange(m_states[int(store)], state).kind;
    if (showProblems())
        return;
    const auto dismiss = [this] { m_banner->clear(); };
    if (state.kind == StoreFileState::Kind::Recovered)
        m_banner->showNotice(LocalFiles::describe(store, state), tr("&Dismiss"), dismiss);
    else if (before == StoreFileState::Kind::Unavailable)
        m_banner->showNotice(LocalFiles::writtenAgain(store), tr("&Dismiss"), dismiss);
}

bool LocalFilesWatch::mayClose(QWidget *window)
{
    const QString unsaved = m_sessions->unsavedAtClose();
    if (unsaved.isEmpty())
        return true;
    const QMessageBox::StandardButton answer =
        MessageBox::question(window, tr("Close %1").arg(AppInfo::displayName()), unsaved,
                             QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Retry)
        for (const LocalFiles::Store store : {LocalFiles::Store::Drafts, LocalFiles::Store::History})
            m_sessions->retryLocalFile(store);
    return false;
}

// The files that cannot be written now (with Try again), after the damaged settings file found at start (until it is
// dismissed); false when there is none of either.
bool LocalFilesWatch::showProblems()
{
    QStringList problems;
    QList<LocalFiles::Store> unavailable;
    for (const LocalFiles::Store each : {LocalFiles::Store::Drafts, LocalFiles::Store::History})
        if (m_states[int(each)].kind == StoreFileState::Kind::Unavailable) {
            problems << LocalFiles::describe(each, m_states[int(each)]);
            unavailable << each;
        }
    if (!problems.isEmpty()) {
        if (!m_settingsProblem.isEmpty())
            problems.prepend(m_settingsProblem);
        m_banner->showMessage(problems.join(QLatin1Char(' ')), tr("&Try again"), [this, unavailable] {
            for (const LocalFiles::Store each : unavailable)
                m_sessions->retryLocalFile(each);
        });
        return true;
    }
    if (m_settingsProblem.isEmpty())
        return false;
    m_banner->showMessage(m_settingsProblem, tr("&Dismiss"), [this] {
        m_settingsProblem.clear();
        m_banner->clear();
    });
    return true;
}

} // namespace cd::ui
