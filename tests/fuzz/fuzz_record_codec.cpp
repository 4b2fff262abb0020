// libFuzzer target: the tree cache's rows are read back from a file that may be damaged or written by another
// version. Decoding any bytes is safe, and a row that decodes encodes to bytes that decode to the same record.
#include "domain/campaign.h"
#include "domain/overview.h"
#include "domain/profile.h"
#include "store/overviewcodec.h"
#include "store/recordcodec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

template<typename Record>
void recordRoundTrip(const QByteArray &bytes)
{
    Record record;
    if (!cd::store::decodeRecord(bytes, &record))
        return;
    const QByteArray again = cd::store::encodeRecord(record);
    Record reread;
    require(cd::store::decodeRecord(again, &reread));
    require(cd::store::encodeRecord(reread) == again);
}

template<typename Overview>
void overviewRoundTrip(const QByteArray &bytes)
{
    Overview overview;
    if (!cd::store::decode(bytes, &overview))
        return;
    const QByteArray again = cd::store::encode(overview);
    Overview reread;
    require(cd::store::decode(again, &reread));
    require(cd::store::encode(reread) == again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A JSON object (the seeds are sent.dm's answers) is first made a record, so that the encoder is exercised on
    // real shapes and its output decoded; any other bytes go to the decoders as a cache row would.
    if (const QJsonDocument json = QJsonDocument::fromJson(bytes); json.isObject()) {
        recordRoundTrip<cd::Profile>(cd::store::encodeRecord(cd::Profile::fromJson(json.object())));
        recordRoundTrip<cd::Campaign>(cd::store::encodeRecord(cd::Campaign::fromJson(json.object())));
        overviewRoundTrip<cd::ProfileOverview>(
            cd::store::encode(cd::ProfileOverview::of(cd::Profile::fromJson(json.object()))));
    }
    recordRoundTrip<cd::Profile>(bytes);
    recordRoundTrip<cd::Campaign>(bytes);
    overviewRoundTrip<cd::ProfileOverview>(bytes);
    overviewRoundTrip<cd::CampaignOverview>(bytes);
    return 0;
}
