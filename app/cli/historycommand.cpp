// history: the local history of a connection's items, its chain checked, two submissions compared.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"
#include "core/datetext.h"
#include "tablewriter.h"

#include "domain/jsondiff.h"
#include "store/historylog.h"

#include <QJsonArray>
#include <QLocale>

namespace cd::cli {

namespace {

QJsonObject entryJson(const HistoryEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), HistoryEntry::kindKey(e.kind)},
            {QStringLiteral("profile_id"), e.profileId},
            {QStringLiteral("campaign_id"), e.campaignId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("request_id"), e.requestId},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("payload"), e.payload},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash)}};
}

// What a change sent: the campaign object of a campaign's request, else the whole body.
QJsonObject sentObject(const HistoryEntry &e)
{
    const QJsonObject body = e.payload.value(QLatin1String("body")).toObject();
    return body.contains(QLatin1String("campaign")) ? body.value(QLatin1String("campaign")).toObject() : body;
}

void printDiff(CliContext &context, const QList<HistoryEntry> &entries)
{
    const QStringList parts = context.diffOption().split(QLatin1Char(','));
    bool okA = false, okB = false;
    const qint64 a = parts.value(0).toLongLong(&okA);
    const qint64 b = parts.value(1).toLongLong(&okB);
    if (parts.size() != 2 || !okA || !okB)
        return context.usageError(
            Text::tr("--diff takes two entry numbers, e.g. --diff 12,31 (see the history's first column)."));
    const auto find = [&entries](qint64 seq) -> const HistoryEntry * {
        for (const HistoryEntry &e : entries)
            if (e.seq == seq)
                return &e;
        return nullptr;
    };
    const HistoryEntry *first = find(a);
    const HistoryEntry *second = find(b);
    for (const auto &[seq, entry] : {std::pair{a, first}, std::pair{b, second}}) {
        if (!entry)
            return context.usageError(Text::tr("There is no entry %1 here.").arg(seq));
        if (entry->kind != HistoryEntry::Kind::Mutation || !entry->payload.contains(QLatin1String("body")))
            return context.usageError(
                Text::tr("Entry %1 is not a submission: only changes sent to sent.dm can be compared.").arg(seq));
    }
    const QList<FieldChange> changes = diffJson(sentObject(*first), sentObject(*second));
    if (context.json()) {
        QJsonArray list;
        for (const FieldChange &c : changes)
            list.append(QJsonObject{{QStringLiteral("path"), c.path},
                                    {QStringLiteral("change"),
                                     c.kind == FieldChange::Kind::Added         ? QStringLiteral("added")
                                         : c.kind == FieldChange::Kind::Removed ? QStringLiteral("removed")
                                                                                : QStringLiteral("changed")},
                                    {QStringLiteral("before"), c.before.isUndefined() ? QJsonValue() : c.before},
                                    {QStringLiteral("after"), c.after.isUndefined() ? QJsonValue() : c.after}});
        context.printJson(
            QJsonObject{{QStringLiteral("from"), a}, {QStringLiteral("to"), b}, {QStringLiteral("changes"), list}});
        return context.finish();
    }
    if (changes.isEmpty()) {
        context.print(Text::tr("Entries %1 and %2 sent the same fields.").arg(a).arg(b));
        return context.finish();
    }
    context.print(Text::tr("From entry %1 (%2) to entry %3 (%4):")
                      .arg(a)
                      .arg(DateText::brief(first->at))
                      .arg(b)
                      .arg(DateText::brief(second->at)));
    for (const FieldChange &c : changes) {
        switch (c.kind) {
        case FieldChange::Kind::Added:
            context.print(QStringLiteral("+ %1: %2").arg(c.path, jsonValueText(c.after)));
            break;
        case FieldChange::Kind::Removed:
            context.print(QStringLiteral("- %1: %2").arg(c.path, jsonValueText(c.before)));
            break;
        case FieldChange::Kind::Changed:
            context.print(QStringLiteral("~ %1: %2 → %3").arg(c.path, jsonValueText(c.before), jsonValueText(c.after)));
            break;
        }
    }
    context.finish();
}

} // namespace

void runHistory(CliContext &context)
{
    if (context.verifyFlag()) {
        context.history()->verify(&context, [&context](const HistoryLog::Verification &v) {
            const auto obstacleKey = [&v] {
                switch (v.obstacle) {
                case HistoryVerification::Obstacle::File:
                    return QStringLiteral("file");
                case HistoryVerification::Obstacle::Keychain:
                    return QStringLiteral("keychain");
                case HistoryVerification::Obstacle::None:
                    break;
                }
                return QString();
            };
            if (context.json()) {
                context.printJson(QJsonObject{{QStringLiteral("intact"), v.ok},
                                              {QStringLiteral("sealed"), v.sealed},
                                              {QStringLiteral("checked"), v.checked},
                                              {QStringLiteral("first_bad"), v.firstBad},
                                              {QStringLiteral("cannot_check"), obstacleKey()},
                                              {QStringLiteral("problem"), v.problem},
                                              {QStringLiteral("notes"), QJsonArray::fromStringList(v.notes)}});
            } else if (v.ok) {
                context.print(Text::tr("The history is intact: %n entry(s) checked.", nullptr, int(v.checked)));
                for (const QString &note : v.notes)
                    context.print(note);
            } else if (v.obstacle != HistoryVerification::Obstacle::None) {
                context.print(Text::tr("The history could not be checked: %1").arg(v.problem));
            } else {
                context.print(Text::tr("The history is not intact: %1").arg(v.problem));
            }
            // Not checked is not "intact", nor a finding: it has the exit code of what stood in the way.
            context.finish(v.ok                                                        ? ExitOk
                               : v.obstacle == HistoryVerification::Obstacle::File     ? ExitLocalFile
                               : v.obstacle == HistoryVerification::Obstacle::Keychain ? ExitKeychain
                                                                                       : ExitRefused);
        });
        return;
    }
    const QString scope = context.historyScope();
    if (scope.isEmpty())
        return;
    const QString item = context.argument(0);
    context.history()->entries(scope, item, &context, [&context, item](const QList<HistoryEntry> &entries) {
        if (!context.diffOption().isEmpty())
            return printDiff(context, entries);
        if (context.json()) {
            QJsonArray list;
            for (const HistoryEntry &e : entries)
                list.append(entryJson(e));
            context.printJson(QJsonObject{{QStringLiteral("entries"), list}});
            return context.finish();
        }
        if (entries.isEmpty()) {
            context.print(item.isEmpty() ? Text::tr("No history yet for this connection.")
                                         : Text::tr("No history yet for %1.").arg(item));
            return context.finish();
        }
        TableWriter table({Text::tr("#"), Text::tr("When"), Text::tr("What"), Text::tr("Item"), Text::tr("Who"),
                           Text::tr("Request ID")},
                          60);
        for (const HistoryEntry &e : entries)
            table.addRow({QString::number(e.seq), DateText::brief(e.at), e.summary,
                          e.campaignId.isEmpty() ? e.profileId : e.campaignId, e.actorText(), e.requestId});
        context.print(table.render());
        context.finish();
    });
}

} // namespace cd::cli
