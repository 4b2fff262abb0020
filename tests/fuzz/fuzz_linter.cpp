// libFuzzer target: the linter runs on whatever a user types or pastes and whatever a campaign file holds. Any JSON
// object lints without a crash, undefined behaviour or a stall (libFuzzer's -timeout catches a slow input), and every
// finding names a rule of the pack.
#include "lint/linter.h"
#include "lint/rulepack.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QJsonObject campaign = document.object();
    cd::lint::Context context;
    context.profileKnown = true;
    context.brandNames = {campaign.value(QLatin1String("name")).toString(), QStringLiteral("Acme")};
    context.willSubmit = size % 2 == 0;
    for (const cd::lint::Finding &finding : cd::lint::lintCampaign(campaign, context).items)
        if (finding.ruleId.isEmpty() || finding.message.isEmpty())
            std::abort();
    return 0;
}
