#include "profilelisting.h"

#include "apijob.h"
#include "core/logging.h"

#include <QCoreApplication>

namespace cd {

ProfileListing::ProfileListing(SentClient *client, const CallOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

ProfileListing::~ProfileListing()
{
    if (m_job)
        m_job->cancel();
}

void ProfileListing::start()
{
    if (m_running)
        return;
    m_ids.clear();
    m_merged.clear();
    m_index.clear();
    m_thisPass.clear();
    m_error.reset();
    m_note.clear();
    m_page = 1;
    m_pass = 1;
    m_passTotal = -1;
    m_total = -1;
    m_pagesRead = 0;
    m_complete = false;
    m_running = true;
    ask();
}

void ProfileListing::resume()
{
    if (m_running || !canResume())
        return;
    m_error.reset();
    m_running = true;
    ask(); // the page that failed
}

void ProfileListing::cancel()
{
    if (m_job)
        m_job->cancel(); // answered with a Cancelled error
}

QList<Profile> ProfileListing::profiles() const
{
    if (m_running || m_error)
        return m_merged;
    // The last pass is what the organization is; what only an earlier pass saw is gone since.
    QList<Profile> last;
    last.reserve(m_thisPass.size());
    for (const Profile &p : m_merged)
        if (m_thisPass.contains(p.id))
            last.append(p);
    return last;
}

QStringList ProfileListing::profileIds() const
{
    if (m_running || m_error)
        return m_ids;
    QStringList last;
    last.reserve(m_thisPass.size());
    for (const QString &id : m_ids)
        if (m_thisPass.contains(id))
            last.append(id);
    return last;
}

void ProfileListing::ask()
{
    if (!m_client)
        return end(false);
    const int pageSize = m_legacy ? 0 : kPageSize;
    m_job = m_client->listProfilesPage(m_legacy ? 0 : m_page, pageSize, m_options, this,
                                       [this](const Result<ProfilePage> &result) { answered(result); });
}

void ProfileListing::answered(const Result<ProfilePage> &result)
{
    m_job = nullptr;
    if (!result.ok()) {
        const ApiError &error = result.error();
        // A server of the first generation may refuse parameters it does not know: asked again without them.
        if (m_page == 1 && !m_legacy && error.kind == ApiError::Kind::Http && error.httpStatus == 400) {
            qCInfo(lcApi) << "GET /v3/profiles refused page parameters; asking for the whole list";
            m_legacy = true;
            return ask();
        }
        m_error = error;
        m_running = false;
        qCInfo(lcApi).noquote() << "profile list: page" << m_page << "failed after" << m_ids.size()
                                << "profiles:" << error.userMessage();
        Q_EMIT finished();
        return;
    }
    const ProfilePage &page = result.value();
    ++m_pagesRead;
    if (!page.pagination) {
        // Served whole: the first generation's shape (or a server that ignored the parameters and said nothing).
        if (!m_logged)
            qCDebug(lcApi) << "GET /v3/profiles is not paginated:" << page.profiles.size() << "profiles in one answer";
        m_logged = true;
        merge(page.profiles);
        m_total = int(page.profiles.size());
        Q_EMIT pageArrived(page.profiles, receivedCount(), m_total);
        return end(true);
    }
    const Pagination &p = *page.pagination;
    m_paginated = true;
    if (!m_logged) {
        m_logged = true;
        qCDebug(lcApi).noquote() << QStringLiteral(
                                        "GET /v3/profiles is paginated: page size %1 (asked %2), %3 profiles in "
                                        "%4 pages")
                                        .arg(p.pageSize)
                                        .arg(kPageSize)
                                        .arg(p.totalCount)
                                        .arg(p.totalPages);
    }
    // A server that does not follow page numbers answers with a page already read: the list ends there.
    const bool repeated = !page.profiles.isEmpty()
        && std::all_of(page.profiles.cbegin(), page.profiles.cend(),
                       [this](const Profile &profile) { return m_thisPass.contains(profile.id); });
    if (repeated || p.page < m_page) {
        return end(
            false,
            QCoreApplication::translate(
                "cd::ProfileListing",
                "sent.dm answered page %1 of the profile list with profiles it had sent before, as if it "
                "did not follow page numbers. The list ends with the %2 profiles read; sent.dm says there are %3.")
                .arg(m_page)
                .arg(m_thisPass.size())
                .arg(p.totalCount >= 0 ? QString::number(p.totalCount) : QStringLiteral("?")));
    }
    if (page.profiles.isEmpty() && p.morePages())
        return end(false,
                   QCoreApplication::translate(
                       "cd::ProfileListing",
                       "sent.dm sent page %1 of the profile list empty while it said more would follow. The list "
                       "ends with the %2 profiles read; sent.dm says there are %3.")
                       .arg(m_page)
                       .arg(m_thisPass.size())
                       .arg(p.totalCount >= 0 ? QString::number(p.totalCount) : QStringLiteral("?")));
    merge(page.profiles);
    m_total = p.totalCount;
    Q_EMIT pageArrived(page.profiles, receivedCount(), m_total);

    // Created or deleted since the pass began: the pages have shifted under it.
    if (m_passTotal < 0)
        m_passTotal = p.totalCount;
    const bool changed = p.totalCount >= 0 && m_passTotal >= 0 && p.totalCount != m_passTotal;
    if (changed && m_pass < kMaxPasses) {
        qCInfo(lcApi).noquote() << QStringLiteral(
                                       "profile list changed while read (%1 → %2 profiles); reading it again")
                                       .arg(m_passTotal)
                                       .arg(p.totalCount);
        ++m_pass;
        m_page = 1;
        m_passTotal = -1;
        m_thisPass.clear();
        Q_EMIT restarted();
        return ask();
    }
    if (p.morePages()) {
        m_page = p.page + 1;
        return ask();
    }
    if (changed)
        return end(false,
                   QCoreApplication::translate(
                       "cd::ProfileListing",
                       "The organization's profiles changed while they were read, %n time(s) in a row. Refresh "
                       "again to be sure none is missing.",
                       nullptr, m_pass));
    end(true);
}

void ProfileListing::merge(const QList<Profile> &profiles)
{
    for (const Profile &profile : profiles) {
        m_thisPass.insert(profile.id);
        const auto it = m_index.constFind(profile.id);
        if (it != m_index.cend()) {
            if (m_keepRecords)
                m_merged[*it] = profile; // seen on an earlier page or pass: the newer copy
            continue;
        }
        m_index.insert(profile.id, m_ids.size());
        m_ids.append(profile.id);
        if (m_keepRecords)
            m_merged.append(profile);
    }
}

void ProfileListing::end(bool complete, const QString &note)
{
    m_running = false;
    m_complete = complete;
    m_note = note;
    if (!note.isEmpty())
        qCWarning(lcApi).noquote() << note;
    Q_EMIT finished();
}

} // namespace cd
