#include "overview.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QTimeZone>

namespace cd {

namespace {

QDateTime lastChangeOf(const QDateTime &updated, const QDateTime &created)
{
    const QDateTime &when = updated.isValid() ? updated : created;
    // A fresh UTC value: small enough to need no allocation of its own, and sharing nothing with the record.
    return when.isValid() ? QDateTime::fromMSecsSinceEpoch(when.toMSecsSinceEpoch(), QTimeZone::utc()) : QDateTime();
}

// A copy with storage of its own. An overview outlives the whole record it was made from; sharing the record's
// strings would keep small pieces of it alive all over the memory the record took, and that memory could then
// be neither reused nor given back.
QString ownCopy(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

Status sharedStatus(Status status)
{
    status.raw = sharedWord(status.raw);
    return status;
}

} // namespace

QString sharedWord(const QString &word)
{
    // Enough for every status and use-case word with room to spare; past it (a server sending free text where a
    // word was expected) strings are simply not shared.
    constexpr qsizetype kMaxWords = 512;
    constexpr qsizetype kMaxLength = 64;
    if (word.isEmpty() || word.size() > kMaxLength)
        return ownCopy(word);
    static QMutex mutex;
    static QSet<QString> words;
    const QMutexLocker lock(&mutex);
    if (const auto it = words.constFind(word); it != words.constEnd())
        return *it;
    const QString copy = ownCopy(word);
    if (words.size() < kMaxWords)
        words.insert(copy);
    return copy;
}

ProfileOverview ProfileOverview::of(const Profile &p)
{
    ProfileOverview o;
    o.id = ownCopy(p.id);
    o.name = ownCopy(p.name);
    o.shortName = ownCopy(p.shortName);
    o.status = sharedStatus(p.statusInfo());
    o.lastChange = lastChangeOf(p.updatedAt, p.createdAt);
    o.inheritTcrBrand = p.inheritTcrBrand;
    if (p.brand)
        o.brand =
            BrandOverview{sharedStatus(brandStatus(*p.brand)), sharedWord(p.brand->status),
                          sharedWord(p.brand->identityStatus), ownCopy(p.brand->tcrBrandId), p.brand->isInherited};
    return o;
}

CampaignOverview CampaignOverview::of(const Campaign &c, const QString &listedUnder)
{
    CampaignOverview o;
    o.id = ownCopy(c.id);
    o.name = ownCopy(c.name);
    o.status = sharedStatus(c.statusInfo());
    o.tcrCampaignId = ownCopy(c.tcrCampaignId);
    o.tcrSyncError = ownCopy(c.tcrSyncError);
    o.submittedToTcr = c.submittedToTcr;
    o.inherited = c.isInheritedBy(listedUnder);
    o.useCases.reserve(c.useCases.size());
    for (const UseCase &useCase : c.useCases)
        o.useCases.append(sharedWord(useCase.messagingUseCaseUs));
    o.lastChange = lastChangeOf(c.updatedAt, c.createdAt);
    return o;
}

} // namespace cd
