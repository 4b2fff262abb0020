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

// Bytes that decode as a T encode to bytes that decode and encode to the same again.
template<typename T, typename Decode, typename Encode>
void roundTrip(const QByteArray &bytes, Decode decode, Encode encode)
{
    T value;
    if (!decode(bytes, &value))
        return;
    const QByteArray again = encode(value);
    T reread;
    require(decode(again, &reread));
    require(encode(reread) == again);
}

template<typename Record>
void recordRoundTrip(const QByteArray &bytes)
{
    roundTrip<Record>(
        bytes, [](const QByteArray &b, Record *r) { return cd::store::decodeRecord(b, r); },
        [](const Record &r) { return cd::store::encodeRecord(r); });
}

template<typename Overview>
void overviewRoundTrip(const QByteArray &bytes)
{
    roundTrip<Overview>(
        bytes, [](const QByteArray &b, Overview *o) { return cd::store::decode(b, o); },
        [](const Overview &o) { return cd::store::encode(o); });
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
