#include "historyentry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace cd {

namespace {

const char *const kKindKeys[] = {"status", "mutation", "acknowledgement"};
const QByteArray kSealedPrefix = QByteArrayLiteral("k1:");

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

QByteArray HistoryEntry::computeHash(const QByteArray &key) const
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
    const QByteArray text = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    if (key.isEmpty())
        return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    return kSealedPrefix + QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toHex();
}

bool HistoryEntry::isSealedHash(const QByteArray &hash)
{
    return hash.startsWith(kSealedPrefix);
}

HistorySeal HistorySeal::create()
{
    HistorySeal seal;
    seal.key.resize(32);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(seal.key.data()),
                                         reinterpret_cast<quint32 *>(seal.key.data() + seal.key.size()));
    return seal;
}

QByteArray HistorySeal::toSecret() const
{
    QJsonArray list;
    for (const Break &b : breaks)
        list.append(
            QJsonObject{{QStringLiteral("kind"),
                         b.kind == Break::Kind::KeyLost ? QStringLiteral("key_lost") : QStringLiteral("changed")},
                        {QStringLiteral("at"), b.at.toString(Qt::ISODate)},
                        {QStringLiteral("expected"), QString::number(b.expected)},
                        {QStringLiteral("found"), QString::number(b.found)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                     {QStringLiteral("key"), QString::fromLatin1(key.toBase64())},
                                     {QStringLiteral("from"), QString::number(sealedFrom)},
                                     {QStringLiteral("count"), QString::number(count)},
                                     {QStringLiteral("head"), QString::fromLatin1(head)},
                                     {QStringLiteral("breaks"), list}})
        .toJson(QJsonDocument::Compact);
}

std::optional<HistorySeal> HistorySeal::fromSecret(const QByteArray &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    if (o.value(QLatin1String("v")).toInt() != 1)
        return std::nullopt;
    HistorySeal seal;
    seal.key = QByteArray::fromBase64(o.value(QLatin1String("key")).toString().toLatin1());
    bool fromOk = false, countOk = false;
    seal.sealedFrom = o.value(QLatin1String("from")).toString().toLongLong(&fromOk);
    seal.count = o.value(QLatin1String("count")).toString().toLongLong(&countOk);
    seal.head = o.value(QLatin1String("head")).toString().toLatin1();
    if (!seal.isValid() || !fromOk || !countOk || seal.sealedFrom < 1 || seal.count < 0)
        return std::nullopt;
    for (const QJsonValue &v : o.value(QLatin1String("breaks")).toArray()) {
        const QJsonObject b = v.toObject();
        Break recorded;
        recorded.kind = b.value(QLatin1String("kind")).toString() == QLatin1String("key_lost") ? Break::Kind::KeyLost
                                                                                               : Break::Kind::Changed;
        recorded.at = QDateTime::fromString(b.value(QLatin1String("at")).toString(), Qt::ISODate);
        recorded.expected = b.value(QLatin1String("expected")).toString().toLongLong();
        recorded.found = b.value(QLatin1String("found")).toString().toLongLong();
        seal.breaks.append(recorded);
    }
    return seal;
}

QString HistorySeal::breakText(const Break &b)
{
    const QString when = b.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (b.kind == Break::Kind::KeyLost)
        return QCoreApplication::translate(
                   "cd::HistoryLog",
                   "On %1 the key that seals the history was missing from the keychain (it was removed, or the "
                   "history was copied from elsewhere): entries before entry %2 can no longer be checked against a "
                   "rewrite.")
            .arg(when)
            .arg(b.expected);
    if (b.found < b.expected)
        return QCoreApplication::translate("cd::HistoryLog",
                                           "On %1 the history held %2 of the %3 entries recorded: entries were "
                                           "removed, or the file was emptied, deleted or replaced.")
            .arg(when)
            .arg(b.found)
            .arg(b.expected);
    return QCoreApplication::translate("cd::HistoryLog",
                                       "On %1 entry %2 was no longer the entry recorded: the history was rewritten.")
        .arg(when)
        .arg(b.expected);
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
