#include "localfileswatch.h"

#include "connection/sessionbanner.h"
#include "services/sessionmanager.h"

namespace cd::ui {

LocalFilesWatch::LocalFilesWatch(SessionManager *sessions, QWidget *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_banner(new SessionBanner(parent))
{
    m_banner->setObjectName(QStringLiteral("localFilesBanner"));
    connect(sessions, &SessionManager::localFileChanged, this, &LocalFilesWatch::show);
}

// One banner for both files: a file that cannot be written is never hidden by news about the other one.
void LocalFilesWatch::show(LocalFiles::Store store, const StoreFileState &state)
{
    const StoreFileState::Kind before = std::exchange(m_states[int(store)], state).kind;
    QStringList problems;
    QList<LocalFiles::Store> unavailable;
    for (const LocalFiles::Store each : {LocalFiles::Store::Drafts, LocalFiles::Store::History})
        if (m_states[int(each)].kind == StoreFileState::Kind::Unavailable) {
            problems << LocalFiles::describe(each, m_states[int(each)]);
            unavailable << each;
        }
    if (!problems.isEmpty()) {
        m_banner->showMessage(problems.join(QLatin1Char(' ')), tr("&Try again"), [this, unavailable] {
            for (const LocalFiles::Store each : unavailable)
                m_sessions->retryLocalFile(each);
        });
        return;
    }
    const auto dismiss = [this] { m_banner->clear(); };
    if (state.kind == StoreFileState::Kind::Recovered)
        m_banner->showNotice(LocalFiles::describe(store, state), tr("&Dismiss"), dismiss);
    else if (before == StoreFileState::Kind::Unavailable)
        m_banner->showNotice(LocalFiles::writtenAgain(store), tr("&Dismiss"), dismiss);
}

} // namespace cd::ui
