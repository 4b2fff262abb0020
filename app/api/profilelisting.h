#pragma once

#include "apierror.h"
#include "domain/profile.h"
#include "sentclient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace cd {

class ApiJob;

// Every profile of the organization, however sent.dm serves the list (sent-api.md §1.8): one answer, as the first
// generation did, or pages — `page=1, 2, …` with the largest page size the API accepts, while the answer says more
// follow — merged by id as they arrive.
//
// A list that changes while it is read is read again: when the total it announces moves between two pages (a
// profile created or deleted meanwhile shifts the pages, so one could be skipped or seen twice), the read starts
// over, at most twice, and what it ends with is its last full pass. A server that repeats a page, or announces more
// and sends an empty one, does not keep it reading: the list ends there, with a note that says it may be short. A
// page that fails keeps the pages before it; resume() asks again from that page.
class ProfileListing : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100; // the most the API accepts (1–100)
    static constexpr int kMaxPasses = 3;  // reads of a list that keeps changing

    ProfileListing(SentClient *client, const CallOptions &options, QObject *parent = nullptr);
    ~ProfileListing() override;

    // Whether it keeps every profile it read for profiles() (the default), or only their ids (profileIds()): a
    // caller that takes each page as it comes (the loader) need not hold the organization twice.
    void setKeepRecords(bool keep) { m_keepRecords = keep; }

    void start();
    // After a failed page: from that page, keeping what was read.
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    // What it read: the last pass's profiles once it has ended, else everything so far, in the order first seen.
    // Only when it keeps records.
    QList<Profile> profiles() const;
    // The same profiles' ids, in the same order, whether or not it keeps records.
    QStringList profileIds() const;
    int receivedCount() const { return int(m_ids.size()); }
    int totalCount() const { return m_total; } // as the last page said (-1: not said)
    bool isPaginated() const { return m_paginated; }
    int pagesRead() const { return m_pagesRead; }
    // How it ended: complete, short (note() says why), or failed (error(), on failedPage()).
    bool isComplete() const { return m_complete; }
    QString note() const { return m_note; }
    const std::optional<ApiError> &error() const { return m_error; }
    int failedPage() const { return m_error ? m_page : 0; }
    bool canResume() const { return m_error.has_value() && m_error->kind != ApiError::Kind::Cancelled; }

Q_SIGNALS:
    // A page: its profiles (each new or newer than before), how many are known now, and the total announced.
    void pageArrived(const QList<cd::Profile> &profiles, int received, int total);
    // The list changed while it was read: it is read again from the first page (what was shown stays meanwhile).
    void restarted();
    // Once per start() or resume(): complete, short, or failed.
    void finished();

private:
    void ask();
    void answered(const Result<ProfilePage> &result);
    void merge(const QList<Profile> &profiles);
    void end(bool complete, const QString &note = {});

    QPointer<SentClient> m_client;
    CallOptions m_options;
    QPointer<ApiJob> m_job;
    QStringList m_ids;                 // every id read, in the order first seen
    QList<Profile> m_merged;           // their records, when it keeps them (same positions)
    QHash<QString, qsizetype> m_index; // id → position in m_ids
    QSet<QString> m_thisPass;          // ids the current pass has seen
    std::optional<ApiError> m_error;
    QString m_note;
    int m_page = 1;
    int m_pass = 1;
    int m_passTotal = -1; // what the first page of this pass announced
    int m_total = -1;
    int m_pagesRead = 0;
    bool m_legacy = false; // the server refused page parameters: asked as the first generation was
    bool m_paginated = false;
    bool m_logged = false;
    bool m_keepRecords = true;
    bool m_running = false;
    bool m_complete = false;
};

} // namespace cd
