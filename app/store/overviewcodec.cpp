#include "overviewcodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QTimeZone>

#include <limits>

namespace cd::store {

namespace {

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

void write(QDataStream &out, const Status &status)
{
    out << status.raw << qint8(status.category);
}

void read(QDataStream &in, Status *status)
{
    qint8 category = 0;
    in >> status->raw >> category;
    status->raw = sharedWord(status->raw);
    status->category = category >= qint8(StatusCategory::Draft) && category <= qint8(StatusCategory::Unknown)
        ? StatusCategory(category)
        : StatusCategory::Unknown;
}

qint64 msecs(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QDateTime fromMsecs(qint64 value)
{
    return value == std::numeric_limits<qint64>::min() ? QDateTime()
                                                       : QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc());
}

// The use cases, as `out << QStringList` wrote them. Not read with `in >> QStringList`: Qt reserves the room for the
// count the stream states before reading one item, so one damaged row asked for 44 GB (found by fuzz_record_codec).
// Every string takes at least 4 bytes: a count beyond what is left is damage.
void readStrings(QDataStream &in, QStringList *list)
{
    quint32 count = 0;
    in >> count;
    list->clear();
    if (in.status() != QDataStream::Ok || count > quint64(in.device()->bytesAvailable()) / 4) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString item;
        in >> item;
        list->append(sharedWord(item));
    }
}

} // namespace

QByteArray encode(const ProfileOverview &o)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << o.id << o.name << o.shortName;
    write(out, o.status);
    out << msecs(o.lastChange) << o.inheritTcrBrand << o.brand.has_value();
    if (o.brand) {
        write(out, o.brand->status);
        out << o.brand->tcrStatus << o.brand->identityStatus << o.brand->tcrBrandId << o.brand->isInherited;
    }
    out << o.inheritTcrCampaign;
    return bytes;
}

QByteArray encode(const CampaignOverview &o)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << o.id << o.name;
    write(out, o.status);
    out << o.tcrCampaignId << o.tcrSyncError << o.submittedToTcr << o.inherited << o.useCases << msecs(o.lastChange);
    return bytes;
}

bool decode(const QByteArray &bytes, ProfileOverview *o)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    qint64 lastChange = 0;
    bool hasBrand = false;
    in >> o->id >> o->name >> o->shortName;
    read(in, &o->status);
    in >> lastChange >> o->inheritTcrBrand >> hasBrand;
    o->lastChange = fromMsecs(lastChange);
    o->brand.reset();
    if (hasBrand) {
        BrandOverview brand;
        read(in, &brand.status);
        in >> brand.tcrStatus >> brand.identityStatus >> brand.tcrBrandId >> brand.isInherited;
        brand.tcrStatus = sharedWord(brand.tcrStatus);
        brand.identityStatus = sharedWord(brand.identityStatus);
        o->brand = brand;
    }
    in >> o->inheritTcrCampaign;
    return in.status() == QDataStream::Ok && !o->id.isEmpty();
}

bool decode(const QByteArray &bytes, CampaignOverview *o)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    qint64 lastChange = 0;
    in >> o->id >> o->name;
    read(in, &o->status);
    in >> o->tcrCampaignId >> o->tcrSyncError >> o->submittedToTcr >> o->inherited;
    readStrings(in, &o->useCases);
    in >> lastChange;
    o->lastChange = fromMsecs(lastChange);
    return in.status() == QDataStream::Ok && !o->id.isEmpty();
}

} // namespace cd::store
