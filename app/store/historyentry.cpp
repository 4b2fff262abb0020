#include "historyentry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace cd {

namespace {

const char *const kKindKeys[] = {"status", "mutation", "acknowledgement"};

} // namespace

QString HistoryEntry::kindKey(Kind kind)
{
    return QString::fromLatin1(kKindKeys[int(kind)]);
}

std::optional<HistoryEntry::Kind> HistoryEntry::kindFromKey(const QString &key)
{
    for (int i = 0; i < 3; ++i)
        if (key == QLatin1String(kKindKeys[i]))
            return Kind(i);
    return std::nullopt;
}

QByteArray HistoryEntry::computeHash() const
{
    // A canonical form: a JSON object's keys are written sorted, and every field is a string or a number.
    QJsonObject canonical{{QStringLiteral("seq"), QString::number(seq)},
                          {QStringLiteral("connection"), connectionId},
                          {QStringLiteral("profile"), profileId},
                          {QStringLiteral("campaign"), campaignId},
                          {QStringLiteral("kind"), kindKey(kind)},
                          {QStringLiteral("at"), QString::number(at.toMSecsSinceEpoch())},
                          {QStringLiteral("action"), action},
                          {QStringLiteral("summary"), summary},
                          {QStringLiteral("request_id"), requestId},
                          {QStringLiteral("payload"), payload},
                          {QStringLiteral("previous"), QString::fromLatin1(previousHash)}};
    if (!actor.isEmpty())
        canonical.insert(QStringLiteral("actor"), actor);
    return QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

QString HistoryEntry::actorText() const
{
    if (!actor.isEmpty())
        return actor;
    // Worded where the log used to word it: the translations keep their context.
    return kind == Kind::Status ? QCoreApplication::translate("cd::HistoryLog", "sent.dm (seen by the status checks)")
                                : QCoreApplication::translate("cd::HistoryLog", "not recorded");
}

} // namespace cd
