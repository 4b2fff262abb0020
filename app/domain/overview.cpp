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

// What the tree keeps of a free text: enough for any name a person gives (the API's own limits are far below), cut
// with an ellipsis past that, so a hostile answer's 50 MB name is not held per row, painted, sorted and cached. The
// details read the whole record from the cache.
QString kept(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return ownCopy(text);
    return text.left(max - 1) + QChar(0x2026);
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
        return kept(word, OverviewLimits::kWord);
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
    o.name = kept(p.name, OverviewLimits::kName);
    o.shortName = kept(p.shortName, OverviewLimits::kName);
    o.status = sharedStatus(p.statusInfo());
    o.lastChange = lastChangeOf(p.updatedAt, p.createdAt);
    o.inheritTcrBrand = p.inheritTcrBrand;
    o.inheritTcrCampaign = p.inheritTcrCampaign;
    if (p.brand)
        o.brand = BrandOverview{sharedStatus(brandStatus(*p.brand)), sharedWord(p.brand->status),
                                sharedWord(p.brand->identityStatus), kept(p.brand->tcrBrandId, OverviewLimits::kWord),
                                p.brand->isInherited};
    return o;
}

CampaignOverview CampaignOverview::of(const Campaign &c, const QString &listedUnder)
{
    CampaignOverview o;
    o.id = ownCopy(c.id);
    o.name = kept(c.name, OverviewLimits::kName);
    o.status = sharedStatus(c.statusInfo());
    o.tcrCampaignId = kept(c.tcrCampaignId, OverviewLimits::kWord);
    o.tcrSyncError = kept(c.tcrSyncError, OverviewLimits::kText);
    o.submittedToTcr = c.submittedToTcr;
    o.inherited = c.isInheritedBy(listedUnder);
    const qsizetype useCases = qMin(c.useCases.size(), OverviewLimits::kUseCases);
    o.useCases.reserve(useCases);
    for (qsizetype i = 0; i < useCases; ++i)
        o.useCases.append(sharedWord(c.useCases.at(i).messagingUseCaseUs));
    o.lastChange = lastChangeOf(c.updatedAt, c.createdAt);
    return o;
}

} // namespace cd
