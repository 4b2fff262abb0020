// libFuzzer target: whatever sent.dm (or something pretending to be it) answers, the decoders read it without a crash
// or undefined behaviour, and what they read writes back out and reads again the same (a decoded record is stable).
#include "domain/account.h"
#include "domain/brand.h"
#include "domain/campaign.h"
#include "domain/jsonfields.h"
#include "domain/overview.h"
#include "domain/profile.h"

#include "api/pagination.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer keeps the input that led here
}

template<typename T>
void stable(const QJsonObject &json)
{
    const QJsonObject once = T::fromJson(json).toJson();
    require(T::fromJson(once).toJson() == once);
}

void decode(const QJsonObject &object)
{
    stable<cd::Profile>(object);
    stable<cd::Campaign>(object);
    stable<cd::Brand>(object);
    stable<cd::Account>(object);
    stable<cd::ProfileSettings>(object);
    (void)cd::ProfileChanges::fromJson(object).toJson();
    (void)cd::CompletionResult::fromJson(200, object).toJson();
    (void)cd::CompletionResult::fromJson(422, object).toJson();
    (void)cd::ProfileOverview::of(cd::Profile::fromJson(object));
    (void)cd::CampaignOverview::of(cd::Campaign::fromJson(object), QStringLiteral("p"));
    if (const auto pagination = cd::Pagination::fromData(object))
        (void)pagination->morePages();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isString())
            (void)cd::json::parseTimestamp(it.value().toString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject()) {
        const QJsonObject object = document.object();
        decode(object);
        const QJsonValue payload = object.value(QLatin1String("data")); // the envelope's payload: one or a list
        decode(payload.toObject());
        for (const QJsonValue &item : payload.toArray())
            decode(item.toObject());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &item : array)
            decode(item.toObject());
    }
    return 0;
}
