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

void LocalFilesWatch::show(LocalFiles::Store store, const StoreFileState &state)
{
    const StoreFileState::Kind before = std::exchange(m_shown[int(store)], state.kind);
    const auto retry = [this, store] { m_sessions->retryLocalFile(store); };
    switch (state.kind) {
    case StoreFileState::Kind::Unavailable:
        m_banner->showMessage(LocalFiles::describe(store, state), tr("&Try again"), retry);
        break;
    case StoreFileState::Kind::Recovered:
        m_banner->showNotice(LocalFiles::describe(store, state), tr("&Dismiss"), [this] { m_banner->clear(); });
        break;
    case StoreFileState::Kind::Healthy:
        if (before == StoreFileState::Kind::Unavailable)
            m_banner->showNotice(LocalFiles::writtenAgain(store), tr("&Dismiss"), [this] { m_banner->clear(); });
        break;
    }
}

} // namespace cd::ui
