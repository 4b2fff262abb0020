#pragma once

#include "domain/account.h"
#include "services/organizationtree.h"
#include "store/historyentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace cd {

// What an auditor asks for, for the organization, one profile or one campaign: statuses, brand facts, campaigns
// with their use cases and samples, the linter's current findings, and the timeline of status changes and of who
// changed what. Built from a snapshot of the tree and the local history; written as CSV (one row per campaign,
// one per profile without campaigns, `profile_id` first) or as a PDF for people.
class ComplianceReport
{
    Q_DECLARE_TR_FUNCTIONS(cd::ComplianceReport)

public:
    enum class Scope { Organization, Profile, Campaign };

    // `history`: the connection's local history, newest first.
    ComplianceReport(const OrganizationTree &organization, QList<HistoryEntry> history);

    // Narrows the report to one profile, or to one campaign (with its profile); false when the id is not there.
    bool narrowTo(const QString &id);
    Scope scope() const { return m_scope; }
    QString title() const;
    int profileCount() const { return int(m_profiles.size()); }
    int campaignCount() const;

    static QStringList csvHeader();
    QList<QStringList> csvRows() const;
    QByteArray toCsv() const; // the header, then the rows
    // The same, a row at a time as each is made (a large organization's report is never whole in memory); false
    // when writing failed or `cancelled` said so.
    bool writeCsv(QIODevice &out, const std::function<bool()> &cancelled = {}) const;

    QString toHtml() const;
    // Renders the PDF; `progress(done, total)` is called per page laid out and may return false to cancel (then
    // nothing is left at `path`). Needs a QGuiApplication (fonts).
    bool writePdf(const QString &path, QString *error, const std::function<bool(int, int)> &progress = {}) const;

    void setGeneratedAt(const QDateTime &at) { m_generatedAt = at; }

private:
    // Each CSV row in order; stops, returning false, when `take` does.
    bool forEachCsvRow(const std::function<bool(const QStringList &)> &take) const;
    QList<HistoryEntry> historyOf(const QString &profileId, const QString &campaignId) const;

    Account m_account;
    QList<ProfileNode> m_profiles;
    QList<HistoryEntry> m_history; // newest first
    Scope m_scope = Scope::Organization;
    QDateTime m_generatedAt = QDateTime::currentDateTimeUtc();
};

} // namespace cd
