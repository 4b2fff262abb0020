#include "draft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace cd {

namespace {

// Keeps only values of the types a campaign object has, so that a damaged draft still opens with what is sound.
QJsonObject sanitizedCampaign(const QJsonObject &campaign)
{
    QJsonObject clean;
    for (auto it = campaign.begin(); it != campaign.end(); ++it) {
        if (it.key() == QLatin1String("useCases")) {
            QJsonArray useCases;
            for (const QJsonValue &value : it.value().toArray()) {
                if (!value.isObject())
                    continue;
                const QJsonObject in = value.toObject();
                QJsonObject out;
                if (in.value(QLatin1String("messagingUseCaseUs")).isString())
                    out.insert(QStringLiteral("messagingUseCaseUs"), in.value(QLatin1String("messagingUseCaseUs")));
                QJsonArray samples;
                for (const QJsonValue &sample : in.value(QLatin1String("sampleMessages")).toArray())
                    if (sample.isString())
                        samples.append(sample);
                out.insert(QStringLiteral("sampleMessages"), samples);
                useCases.append(out);
            }
            clean.insert(it.key(), useCases);
        } else if (it.value().isString() || it.value().isNull()) {
            clean.insert(it.key(), it.value());
        } else if (it.value().isDouble()) {
            clean.insert(it.key(), QString::number(it.value().toDouble(), 'g', 15)); // e.g. a volume typed as a number
        }
    }
    return clean;
}

} // namespace

QString Draft::title() const
{
    const QString name = campaign.value(QLatin1String("name")).toString().trimmed();
    return name.isEmpty() ? QCoreApplication::translate("cd::Draft", "Untitled campaign") : name;
}

Draft Draft::create(const QString &connectionId, const QString &profileId, const QJsonObject &campaign,
                    const QString &campaignId)
{
    Draft draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.connectionId = connectionId;
    draft.profileId = profileId;
    draft.campaignId = campaignId;
    draft.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    draft.campaign = campaign;
    draft.createdAt = draft.updatedAt = QDateTime::currentDateTimeUtc();
    return draft;
}

QByteArray Draft::payload() const
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("idempotency_key"), QString::fromLatin1(idempotencyKey)},
                        {QStringLiteral("campaign"), campaign},
                        {QStringLiteral("acknowledged"), QJsonArray::fromStringList(acknowledged)},
                        {QStringLiteral("page"), page}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Draft> Draft::fromPayload(const QByteArray &payload, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QCoreApplication::translate("cd::Draft", "The draft is damaged and cannot be read.");
        return std::nullopt;
    }
    QJsonObject o = document.object();
    // Format 0 (the first builds) kept the campaign's fields at the top level.
    const int format = o.contains(QLatin1String("format")) ? o.value(QLatin1String("format")).toInt(-1) : 0;
    if (format > kFormat || format < 0) {
        *problem =
            QCoreApplication::translate("cd::Draft", "The draft was written by a newer version of Compliance Desk.");
        return std::nullopt;
    }
    if (format == 0) {
        QJsonObject campaign = o;
        campaign.remove(QStringLiteral("acknowledged"));
        campaign.remove(QStringLiteral("idempotency_key"));
        o = {{QStringLiteral("campaign"), campaign},
             {QStringLiteral("acknowledged"), o.value(QLatin1String("acknowledged"))},
             {QStringLiteral("idempotency_key"), o.value(QLatin1String("idempotency_key"))}};
    }
    Draft draft;
    draft.campaign = sanitizedCampaign(o.value(QLatin1String("campaign")).toObject());
    draft.idempotencyKey = o.value(QLatin1String("idempotency_key")).toString().toLatin1();
    if (draft.idempotencyKey.isEmpty())
        draft.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    for (const QJsonValue &value : o.value(QLatin1String("acknowledged")).toArray())
        if (value.isString())
            draft.acknowledged.append(value.toString());
    draft.page = std::max(0, o.value(QLatin1String("page")).toInt());
    return draft;
}

} // namespace cd
