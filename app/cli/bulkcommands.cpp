// bulk (create-campaign, update-profiles, complete, list, show, resume) and import-profiles: the bulk engine from
// the command line. The plan is printed before anything is sent; the job's id comes first on standard output so that
// a script can resume it; then one line per item as it ends (a JSON object each with --json).
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"
#include "printing.h"
#include "tablewriter.h"

#include "services/bulkplanner.h"
#include "services/bulkrunner.h"
#include "services/bulkselection.h"
#include "services/profileimport.h"
#include "store/jobjournal.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace cd::cli {

namespace {

// FILE whole, or standard input for "-"; on failure it has said why and ended the command.
std::optional<QByteArray> readInput(CliContext &context, const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        context.usageError(Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

// One profile id a line; blank lines and lines starting with # are skipped.
QStringList idsOf(const QByteArray &bytes)
{
    QStringList ids;
    for (const QByteArray &line : bytes.split('\n')) {
        const QString id = QString::fromUtf8(line).trimmed();
        if (!id.isEmpty() && !id.startsWith(QLatin1Char('#')))
            ids.append(id);
    }
    return ids;
}

QJsonObject itemJson(const BulkItem &item)
{
    QJsonObject fields;
    for (auto it = item.fieldErrors.cbegin(); it != item.fieldErrors.cend(); ++it)
        fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("item")},
                       {QStringLiteral("position"), item.position},
                       {QStringLiteral("action"), BulkItem::actionKey(item.action)},
                       {QStringLiteral("profile_id"), item.profileId},
                       {QStringLiteral("campaign_id"), item.campaignId},
                       {QStringLiteral("label"), item.label},
                       {QStringLiteral("state"), BulkItem::stateKey(item.state)},
                       {QStringLiteral("attempts"), item.attempts},
                       {QStringLiteral("request_id"), item.requestId},
                       {QStringLiteral("result_id"), item.resultId},
                       {QStringLiteral("message"), item.message},
                       {QStringLiteral("field_errors"), fields}};
}

QJsonObject plannedJson(const PlannedItem &p)
{
    QJsonArray findings;
    for (const lint::Finding &f : p.findings.items)
        findings.append(f.toJson());
    QJsonArray changes;
    for (const FieldChange &c : p.changes)
        changes.append(QJsonObject{{QStringLiteral("path"), c.path},
                                   {QStringLiteral("before"), c.before.isUndefined() ? QJsonValue() : c.before},
                                   {QStringLiteral("after"), c.after.isUndefined() ? QJsonValue() : c.after}});
    static const char *verdicts[] = {"ready", "warnings", "errors", "excluded"};
    return QJsonObject{{QStringLiteral("action"), BulkItem::actionKey(p.item.action)},
                       {QStringLiteral("profile_id"), p.item.profileId},
                       {QStringLiteral("campaign_id"), p.item.campaignId},
                       {QStringLiteral("label"), p.item.label},
                       {QStringLiteral("verdict"), QLatin1String(verdicts[int(p.verdict)])},
                       {QStringLiteral("reason"), p.reason},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("changes"), changes}};
}

QString itemLine(const BulkItem &item, bool dryRun)
{
    QString state;
    switch (item.state) {
    case BulkItem::State::Done:
        state = dryRun ? Text::tr("accepted") : Text::tr("done");
        break;
    case BulkItem::State::Refused:
        state = Text::tr("refused");
        break;
    case BulkItem::State::Failed:
        state = Text::tr("failed");
        break;
    case BulkItem::State::Cancelled:
        state = Text::tr("cancelled");
        break;
    default:
        state = Text::tr("waiting");
        break;
    }
    QStringList parts{state.leftJustified(9), item.label};
    if (!item.resultId.isEmpty())
        parts << item.resultId;
    if (!item.message.isEmpty())
        parts << QStringLiteral("— ") + item.message;
    else if (!item.requestId.isEmpty())
        parts << Text::tr("request %1").arg(item.requestId);
    return parts.join(QLatin1Char(' '));
}

int exitCodeOf(const BulkJob &job, bool heldBack)
{
    const BulkJob::Counts c = job.counts();
    if (c.failed > 0 || c.pending > 0)
        return ExitServer;
    if (c.refused > 0 || heldBack)
        return ExitRefused;
    return ExitOk;
}

// Runs a job (new or resumed) and prints it as it goes; ends the command when it ends.
class JobPrinter : public QObject
{
public:
    JobPrinter(CliContext &context, OrganizationSession *session, bool heldBack)
        : QObject(&context)
        , m_context(context)
        , m_heldBack(heldBack)
        , m_runner(session->bulkRunner(this))
    {
        connect(m_runner, &BulkRunner::itemChanged, this, [this](int position) {
            const BulkItem &item = m_runner->job().items.at(position);
            if (item.state == BulkItem::State::Pending || item.state == BulkItem::State::Sent)
                return;
            if (m_context.json())
                m_context.printJson(itemJson(item));
            else
                m_context.print(itemLine(item, m_runner->job().dryRun));
            const BulkJob::Counts c = m_runner->job().counts();
            m_context.progress(Text::tr("Items"), c.ended(), c.total());
        });
        connect(m_runner, &BulkRunner::stateChanged, this, [this](BulkRunner::State state) {
            if (state == BulkRunner::State::Running && !m_announced) {
                m_announced = true;
                announce();
            }
        });
        connect(m_runner, &BulkRunner::finished, this, [this] { end(); });
    }

    void start(const BulkJob &job, const QJsonObject &plan)
    {
        m_plan = plan;
        m_runner->start(job);
    }
    void resume(const QString &jobId, const QString &scope) { m_runner->resume(jobId, scope, true); }

private:
    void announce()
    {
        const BulkJob &job = m_runner->job();
        if (m_context.json()) {
            QJsonObject line{{QStringLiteral("type"), QStringLiteral("job")},
                             {QStringLiteral("job_id"), job.id},
                             {QStringLiteral("title"), job.title},
                             {QStringLiteral("dry_run"), job.dryRun},
                             {QStringLiteral("items"), int(job.items.size())}};
            if (!m_plan.isEmpty())
                line.insert(QStringLiteral("plan"), m_plan);
            m_context.printJson(line);
        } else {
            m_context.print(job.dryRun ? Text::tr("Dry run %1: %n item(s), sent with \"sandbox\": true; nothing "
                                                  "will be made.",
                                                  nullptr, int(job.items.size()))
                                             .arg(job.id)
                                       : Text::tr("Job %1: %n item(s).", nullptr, int(job.items.size())).arg(job.id));
        }
        std::fflush(stdout);
    }

    void end()
    {
        const BulkJob &job = m_runner->job();
        if (!m_announced && !m_runner->problem().isEmpty()) {
            m_context.note(m_runner->problem());
            return m_context.finish(job.id.isEmpty() ? ExitUsage : ExitServer);
        }
        const BulkJob::Counts c = job.counts();
        if (m_context.json()) {
            m_context.printJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("summary")},
                                            {QStringLiteral("job_id"), job.id},
                                            {QStringLiteral("state"), BulkJob::stateKey(job.state)},
                                            {QStringLiteral("done"), c.done},
                                            {QStringLiteral("refused"), c.refused},
                                            {QStringLiteral("failed"), c.failed},
                                            {QStringLiteral("cancelled"), c.cancelled},
                                            {QStringLiteral("not_sent"), c.pending},
                                            {QStringLiteral("problem"), m_runner->problem()}});
        }
        m_context.note(
            Text::tr("%1 of %2 done, %3 refused, %4 failed.").arg(c.done).arg(c.total()).arg(c.refused).arg(c.failed));
        if (!m_runner->problem().isEmpty())
            m_context.note(m_runner->problem());
        if (c.failed > 0 || c.pending > 0)
            m_context.note(Text::tr("Run “compliance-desk-cli bulk resume %1” to send what is left again (each item "
                                    "under its own key: nothing is made twice).")
                               .arg(job.id));
        const int code = exitCodeOf(job, m_heldBack);
        m_context.jobs()->flush(this, [this, code] { m_context.finish(code); });
    }

    CliContext &m_context;
    bool m_heldBack;
    BulkRunner *m_runner;
    bool m_announced = false;
    QJsonObject m_plan; // a new job's: printed with its id, on its first line
};

// Prints the plan (stderr for people, one JSON line with --json), then runs the items that go — with --dry-run under
// "sandbox": true. Warnings hold nothing back unless --strict; errors always do.
void runPlan(CliContext &context, OrganizationSession *session, const BulkPlan &plan, const QString &title,
             const QMap<QString, ApiError> &unread = {})
{
    const bool acknowledged = !context.strict();
    bool heldBack = !unread.isEmpty();
    for (auto it = unread.cbegin(); it != unread.cend(); ++it)
        context.note(Text::tr("left out  %1 — %2").arg(it.key(), context.describe(it.value())));
    QJsonArray preview;
    for (const PlannedItem &p : plan.items) {
        preview.append(plannedJson(p));
        if (p.verdict == PlannedItem::Verdict::Ready)
            continue;
        if (p.verdict == PlannedItem::Verdict::Errors || (p.verdict == PlannedItem::Verdict::Warnings && !acknowledged))
            heldBack = true;
        if (p.verdict == PlannedItem::Verdict::Warnings) {
            for (const lint::Finding &f : p.findings.items)
                if (f.severity == lint::Severity::Warning)
                    context.note(Text::tr("warning   %1 — %2 %3").arg(p.item.label, f.ruleId, f.message));
            continue;
        }
        context.note(Text::tr("%1 %2 — %3")
                         .arg(p.verdict == PlannedItem::Verdict::Errors ? Text::tr("error    ") : Text::tr("left out "),
                              p.item.label, p.reason));
    }
    const BulkPlan::Counts counts = plan.counts();
    context.note(Text::tr("Plan: %1 ready, %2 with warnings%3, %4 with errors (held back), %5 left out.")
                     .arg(counts.ready)
                     .arg(counts.warnings)
                     .arg(counts.warnings == 0 ? QString()
                              : acknowledged   ? Text::tr(" (they go; --strict holds them back)")
                                               : Text::tr(" (held back)"))
                     .arg(counts.errors)
                     .arg(counts.excluded));
    const QJsonObject planJson{
        {QStringLiteral("type"), QStringLiteral("plan")}, {QStringLiteral("items"), preview},
        {QStringLiteral("ready"), counts.ready},          {QStringLiteral("warnings"), counts.warnings},
        {QStringLiteral("errors"), counts.errors},        {QStringLiteral("excluded"), counts.excluded}};
    BulkJob job = plan.job(title, acknowledged);
    if (job.items.isEmpty()) {
        if (context.json())
            context.printJson(planJson);
        context.note(Text::tr("Nothing to send."));
        return context.finish(heldBack ? ExitRefused : ExitOk);
    }
    job.scope = session->changeScope();
    job.connectionId = session->connection().id;
    job.dryRun = context.dryRun();
    auto *printer = new JobPrinter(context, session, heldBack);
    printer->start(job, context.json() ? planJson : QJsonObject());
}

void createCampaign(CliContext &context, OrganizationSession *session)
{
    const std::optional<QJsonObject> campaign = context.readCampaignObject(context.argument(1));
    if (!campaign)
        return;
    if (context.profilesOption().isEmpty())
        return context.usageError(Text::tr("bulk create-campaign needs --profiles FILE (one profile id a line; - "
                                           "for standard input)."));
    const std::optional<QByteArray> ids = readInput(context, context.profilesOption());
    if (!ids)
        return;
    auto *selection = new BulkSelection(session, &context);
    QObject::connect(selection, &BulkSelection::progress, &context,
                     [&context](int done, int total) { context.progress(Text::tr("Profiles read"), done, total); });
    QObject::connect(selection, &BulkSelection::finished, &context, [&context, session, selection, campaign] {
        const QString name = campaign->value(QLatin1String("name")).toString();
        runPlan(context, session, BulkPlanner::applyCampaign(*campaign, selection->nodes()),
                Text::tr("Apply the campaign “%1”").arg(name), selection->failures());
    });
    selection->load(idsOf(*ids), true);
}

void complete(CliContext &context, OrganizationSession *session)
{
    if (context.profilesOption().isEmpty() || context.webhookUrl().isEmpty())
        return context.usageError(Text::tr("bulk complete needs --profiles FILE and --webhook URL."));
    const std::optional<QByteArray> ids = readInput(context, context.profilesOption());
    if (!ids)
        return;
    auto *selection = new BulkSelection(session, &context);
    QObject::connect(selection, &BulkSelection::finished, &context, [&context, session, selection] {
        runPlan(context, session, BulkPlanner::completeProfiles(context.webhookUrl(), selection->nodes()),
                Text::tr("Complete the setup of %n profile(s)", nullptr, int(selection->nodes().size())),
                selection->failures());
    });
    selection->load(idsOf(*ids), true);
}

std::optional<ProfileImport::Mapping> mappingFor(CliContext &context, const ProfileImport::Table &table)
{
    if (context.mappingOption().isEmpty())
        return ProfileImport::guessMapping(table.header);
    const std::optional<QJsonObject> json = context.readObjectFile(
        context.mappingOption(), Text::tr("field → column header, e.g. {\"name\": \"Location\"}."));
    if (!json)
        return std::nullopt;
    QStringList unknown;
    const ProfileImport::Mapping mapping = ProfileImport::mappingFromJson(*json, table.header, &unknown);
    if (!unknown.isEmpty()) {
        context.usageError(Text::tr("The file has no column %1 named in %2.")
                               .arg(unknown.join(QStringLiteral(", ")), context.mappingOption()));
        return std::nullopt;
    }
    return mapping;
}

void updateProfiles(CliContext &context, OrganizationSession *session)
{
    const std::optional<QByteArray> bytes = readInput(context, context.argument(1));
    if (!bytes)
        return;
    QString error;
    const std::optional<ProfileImport::Table> table = ProfileImport::parse(*bytes, &error);
    if (!table)
        return context.usageError(Text::tr("%1: %2").arg(context.argument(1), error));
    const int idColumn = table->header.indexOf(QStringLiteral("profile_id"));
    if (idColumn < 0)
        return context.usageError(Text::tr("%1 needs a profile_id column.").arg(context.argument(1)));
    const std::optional<ProfileImport::Mapping> mapping = mappingFor(context, *table);
    if (!mapping)
        return;
    auto changes = std::make_shared<QHash<QString, ProfileChanges>>();
    auto problems = std::make_shared<QHash<QString, QString>>();
    QStringList ids;
    for (const QStringList &record : table->rows) {
        const QString id = record.value(idColumn).trimmed();
        if (id.isEmpty())
            continue;
        QMap<QString, QString> unreadable;
        changes->insert(id, ProfileImport::changesOf(record, *mapping, &unreadable));
        if (!unreadable.isEmpty())
            problems->insert(id,
                             Text::tr("%1: %2").arg(ProfileImport::labelOf(unreadable.firstKey()), unreadable.first()));
        ids.append(id);
    }
    auto *selection = new BulkSelection(session, &context);
    QObject::connect(selection, &BulkSelection::finished, &context, [&context, session, selection, changes, problems] {
        QList<std::pair<ProfileNode, ProfileChanges>> each;
        for (const ProfileNode &node : selection->nodes())
            each.append({node, changes->value(node.profile.id)});
        BulkPlan plan = BulkPlanner::changeEachProfile(each);
        for (PlannedItem &p : plan.items)
            if (problems->contains(p.item.profileId)) {
                p.verdict = PlannedItem::Verdict::Errors;
                p.reason = problems->value(p.item.profileId);
            }
        runPlan(context, session, plan, Text::tr("Change %n profile(s)", nullptr, int(plan.items.size())),
                selection->failures());
    });
    selection->load(ids, false);
}

void listJobs(CliContext &context, OrganizationSession *session)
{
    context.jobs()->list(session->changeScope(), &context, [&context](const QList<BulkJob> &jobs) {
        if (context.json()) {
            QJsonArray array;
            for (const BulkJob &job : jobs) {
                const BulkJob::Counts c = job.counts();
                array.append(QJsonObject{{QStringLiteral("job_id"), job.id},
                                         {QStringLiteral("title"), job.title},
                                         {QStringLiteral("created_at"), job.createdAt.toString(Qt::ISODate)},
                                         {QStringLiteral("state"), BulkJob::stateKey(job.state)},
                                         {QStringLiteral("dry_run"), job.dryRun},
                                         {QStringLiteral("items"), c.total()},
                                         {QStringLiteral("done"), c.done},
                                         {QStringLiteral("refused"), c.refused},
                                         {QStringLiteral("failed"), c.failed},
                                         {QStringLiteral("not_sent"), c.pending + c.cancelled}});
            }
            context.printJson(array);
            return context.finish();
        }
        if (jobs.isEmpty()) {
            context.print(Text::tr("No bulk jobs for this account on this computer."));
            return context.finish();
        }
        TableWriter table({Text::tr("Job"), Text::tr("Started"), Text::tr("State"), Text::tr("Done"),
                           Text::tr("Refused"), Text::tr("Failed"), Text::tr("What")});
        for (const BulkJob &job : jobs) {
            const BulkJob::Counts c = job.counts();
            table.addRow({job.id, dateText(job.createdAt),
                          job.dryRun ? Text::tr("%1 (dry run)").arg(BulkJob::stateText(job.state))
                                     : BulkJob::stateText(job.state),
                          QStringLiteral("%1/%2").arg(c.done).arg(c.total()), QString::number(c.refused),
                          QString::number(c.failed), job.title});
        }
        context.print(table.render());
        context.finish();
    });
}

void showJob(CliContext &context, OrganizationSession *session)
{
    const QString jobId = context.argument(1);
    const QString scope = session->changeScope();
    context.jobs()->read(jobId, &context, [&context, jobId, scope](const std::optional<BulkJob> &job) {
        if (!job || job->scope != scope)
            return context.usageError(Text::tr("There is no job %1 for this account on this computer.").arg(jobId));
        if (context.json()) {
            QJsonArray items;
            for (const BulkItem &item : job->items)
                items.append(itemJson(item));
            context.printJson(QJsonObject{{QStringLiteral("job_id"), job->id},
                                          {QStringLiteral("title"), job->title},
                                          {QStringLiteral("state"), BulkJob::stateKey(job->state)},
                                          {QStringLiteral("dry_run"), job->dryRun},
                                          {QStringLiteral("created_at"), job->createdAt.toString(Qt::ISODate)},
                                          {QStringLiteral("items"), items}});
            return context.finish();
        }
        DetailWriter details;
        details.add(Text::tr("Job"), job->id);
        details.add(Text::tr("What"), job->title);
        details.add(Text::tr("Started"), dateText(job->createdAt));
        details.add(Text::tr("State"), BulkJob::stateText(job->state));
        context.print(details.render());
        TableWriter table({Text::tr("#"), Text::tr("Item"), Text::tr("Action"), Text::tr("State"), Text::tr("Request"),
                           Text::tr("Message")},
                          60);
        for (const BulkItem &item : job->items)
            table.addRow({QString::number(item.position + 1), item.label, BulkItem::actionText(item.action),
                          BulkItem::stateText(item.state), item.requestId, item.message});
        context.print(table.render());
        context.finish();
    });
}

} // namespace

void runBulk(CliContext &context)
{
    const QString what = context.argument(0);
    static const QStringList withFile{QStringLiteral("create-campaign"), QStringLiteral("update-profiles"),
                                      QStringLiteral("show"), QStringLiteral("resume")};
    static const QStringList all = withFile + QStringList{QStringLiteral("complete"), QStringLiteral("list")};
    if (!all.contains(what))
        return context.usageError(Text::tr("bulk takes one of: %1.").arg(all.join(QStringLiteral(", "))));
    if (withFile.contains(what) != !context.argument(1).isEmpty())
        return context.usageError(withFile.contains(what) ? Text::tr("bulk %1 needs one more argument.").arg(what)
                                                          : Text::tr("bulk %1 takes no more arguments.").arg(what));
    context.withSession(CliContext::Use::Requests, [&context, what](OrganizationSession *session) {
        if (what == QLatin1String("create-campaign"))
            return createCampaign(context, session);
        if (what == QLatin1String("update-profiles"))
            return updateProfiles(context, session);
        if (what == QLatin1String("complete"))
            return complete(context, session);
        if (what == QLatin1String("list"))
            return listJobs(context, session);
        if (what == QLatin1String("show"))
            return showJob(context, session);
        auto *printer = new JobPrinter(context, session, false);
        printer->resume(context.argument(1), session->changeScope());
    });
}

void runImportProfiles(CliContext &context)
{
    const std::optional<QByteArray> bytes = readInput(context, context.argument(0));
    if (!bytes)
        return;
    QString error;
    const std::optional<ProfileImport::Table> table = ProfileImport::parse(*bytes, &error);
    if (!table)
        return context.usageError(Text::tr("%1: %2").arg(context.argument(0), error));
    const std::optional<ProfileImport::Mapping> mapping = mappingFor(context, *table);
    if (!mapping)
        return;
    QStringList unused;
    for (int column = 0; column < table->header.size(); ++column)
        if (!mapping->values().contains(column))
            unused << table->header.at(column);
    if (!unused.isEmpty())
        context.note(Text::tr("Columns not used: %1 (--mapping names the field of each).")
                         .arg(unused.join(QStringLiteral(", "))));
    context.withSession(CliContext::Use::Requests, [&context, table, mapping](OrganizationSession *session) {
        if (!session->managesProfiles())
            return context.usageError(Text::tr("Profiles are created with the organization's key, not a profile's."));
        CallOptions options;
        options.priority = Priority::Background;
        // The names taken already, to flag rows that repeat them.
        session->client()->listProfiles(
            options, &context, [&context, session, table, mapping](const Result<QList<Profile>> &existing) {
                if (!existing.ok())
                    return context.fail(existing.error());
                const QList<ProfileImport::Row> rows = ProfileImport::rows(*table, *mapping, existing.value());
                runPlan(context, session, ProfileImport::plan(rows),
                        Text::tr("Import %n profile(s)", nullptr, int(rows.size())));
            });
    });
}

} // namespace cd::cli
