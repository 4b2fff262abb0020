#include "loadstatus.h"
#include "core/datetext.h"

#include "api/ratebudget.h"
#include "api/sentclient.h"
#include "model/organizationmodel.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTime>
#include <QTimer>

#include <algorithm>

namespace cd::ui {

LoadStatus::LoadStatus(QWidget *window)
    : QObject(window)
    , m_label(new QLabel(window))
    , m_progress(new QProgressBar(window))
    , m_budget(new QLabel(window))
    , m_refill(new QTimer(this))
{
    m_refill->setInterval(2000);
    connect(m_refill, &QTimer::timeout, this, &LoadStatus::update);
    m_refill->start();
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    update();
}

void LoadStatus::setSession(OrganizationSession *session)
{
    m_session = session;
    if (session) {
        connect(session, &OrganizationSession::stateChanged, this, &LoadStatus::update);
        connect(session, &OrganizationSession::progressChanged, this, &LoadStatus::update);
        connect(session, &OrganizationSession::apiNotice, this, &LoadStatus::update);
    }
    update();
}

QString LoadStatus::text() const
{
    return m_label->text();
}

QString LoadStatus::budgetText() const
{
    return m_budget->text();
}

QString LoadStatus::budgetToolTip() const
{
    return m_budget->toolTip();
}

void LoadStatus::update()
{
    using State = OrganizationSession::State;
    if (!m_session) {
        m_label->setText(tr("Not connected"));
        m_progress->hide();
        m_budget->clear();
        return;
    }
    const OrganizationLoader *loader = m_session->loader();
    const bool loading = loader && loader->isLoading();
    // While the profile list is read page by page, its progress; then that of the campaign lists.
    const bool listing = loader && loader->isListing();
    const int received = listing ? loader->profilesReceived() : 0;
    const int announced = listing ? loader->profilesTotal() : -1;
    const int done = listing ? received : loader ? loader->campaignListsDone() : 0;
    const int total = listing ? std::max(announced, 0) : loader ? loader->campaignListsTotal() : 0;
    const QString profilesRead = announced >= 0
        ? tr("Loading profiles: %1 of %2").arg(QLocale().toString(received), QLocale().toString(announced))
        : tr("Loading profiles…");
    // When what shows was last all current: the end of the last full load, else the saved tree's time.
    const QDateTime current = m_session->currentAt().isValid() ? m_session->currentAt() : m_session->cacheSavedAt();
    const QString currentText = current.isValid() ? tr("last current at %1").arg(DateText::brief(current)) : QString();
    QString text;
    switch (m_session->state()) {
    case State::ReadingKey:
        text = tr("Reading the key of “%1” from the keychain…").arg(m_session->connection().name);
        break;
    case State::NeedsKey:
        text = tr("Not connected");
        break;
    case State::ShowingCache:
        text = listing ? tr("Showing the tree saved %1; refreshing: %2 of %3 profiles read")
                             .arg(DateText::brief(m_session->cacheSavedAt()), QLocale().toString(received),
                                  QLocale().toString(std::max(announced, received)))
                       : tr("Showing the tree saved %1; refreshing…").arg(DateText::brief(m_session->cacheSavedAt()));
        break;
    case State::Loading:
        text = listing ? profilesRead
            : total > 0
            ? tr("Loading campaigns: %1 of %2 profiles").arg(QLocale().toString(done), QLocale().toString(total))
            : tr("Loading the organization…");
        break;
    case State::Offline:
        text = m_session->isShowingCache()
            ? tr("Offline: showing the tree saved %1").arg(DateText::brief(m_session->cacheSavedAt()))
            : tr("Offline");
        break;
    case State::Failed:
        text = currentText.isEmpty() ? tr("Not up to date: the last refresh failed")
                                     : tr("Not up to date: the last refresh failed; %1").arg(currentText);
        break;
    case State::Ready:
        if (listing)
            text = profilesRead;
        else if (loading && total > 0)
            text = tr("Loading campaigns: %1 of %2 profiles").arg(QLocale().toString(done), QLocale().toString(total));
        else if (const OrganizationModel *model = m_session->model()) {
            const int failed = m_session->failedCampaignLists();
            if (failed > 0)
                text = tr("%1 profiles · not up to date: %n campaign list(s) could not be read (Refresh to try again)",
                          nullptr, failed)
                           .arg(QLocale().toString(model->profileCount()))
                    + (currentText.isEmpty() ? QString() : QStringLiteral(" · ") + currentText);
            else
                text = tr("%1 profiles · up to date at %2")
                           .arg(QLocale().toString(model->profileCount()))
                           .arg(DateText::brief(current));
        }
        break;
    }
    m_label->setText(text);
    // What sent.dm said about the future of what the app uses: listed where a look at the status bar finds it.
    QStringList notices;
    for (const ApiNotice &notice : m_session->apiNotices())
        notices.append(notice.text());
    m_label->setToolTip(notices.join(QLatin1Char('\n')));
    m_progress->setVisible((loading || listing) && total > 0);
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(done);
    const RateBudget *budget = m_session->client() ? m_session->client()->budget() : nullptr;
    // In words a compliance manager uses; the figures in the tooltip.
    if (budget && budget->isKnown()) {
        const int left = budget->estimatedRemaining();
        // Ready while more than the reserve kept for clicks is left; busy while background work waits on it.
        m_budget->setText(left > budget->reserve() ? tr("sent.dm: ready")
                              : left > 0           ? tr("sent.dm: busy, requests are paced")
                                                   : tr("sent.dm: at its request limit, waiting"));
        m_budget->setToolTip(tr("sent.dm answers up to %1 requests a minute; about %2 can be made right now. "
                                "Background loading keeps a reserve so that what you click is answered at once.")
                                 .arg(QLocale().toString(budget->limitPerMinute()), QLocale().toString(left)));
    } else {
        m_budget->clear();
    }
}

} // namespace cd::ui
