#pragma once

#include "services/localfiles.h"

#include <QObject>

namespace cd {
class SessionManager;
} // namespace cd

namespace cd::ui {

class SessionBanner;

// The drafts' and the history's files, as the window shows them: a banner of their own (above the session's) that
// says when the settings file was found damaged at start and what came back of it, when one cannot be written now —
// with what is kept meanwhile and a button to try again — when one was found damaged and what was recovered, and when
// one can be written again. The words are the core's (LocalFiles), the same the command line prints.
class LocalFilesWatch : public QObject
{
    Q_OBJECT
public:
    LocalFilesWatch(SessionManager *sessions, QWidget *parent);
    SessionBanner *banner() const { return m_banner; }
    // Closing the window: true when nothing waits in memory for a file that cannot be written; otherwise the user
    // is asked (try again, close without it, or stay), and a retry keeps the window open.
    bool mayClose(QWidget *window);

private:
    void show(LocalFiles::Store store, const StoreFileState &state);
    bool showProblems();

    SessionManager *m_sessions;
    SessionBanner *m_banner;
    StoreFileState m_states[2]; // by LocalFiles::Store
    QString m_settingsProblem;  // the settings file found damaged at start, until dismissed
};

} // namespace cd::ui
