#include "campaign.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace cd {

using json::nullable;

UseCase UseCase::fromJson(const QJsonObject &o)
{
    UseCase u;
    u.id = json::id(o, "id"_L1);
    u.campaignId = json::id(o, "campaignId"_L1, "campaign_id"_L1);
    u.customerId = json::id(o, "customerId"_L1, "customer_id"_L1);
    u.messagingUseCaseUs = json::string(o, "messagingUseCaseUs"_L1, "messaging_use_case_us"_L1);
    u.sampleMessages = json::strings(o, "sampleMessages"_L1, "sample_messages"_L1);
    u.createdAt = json::timestamp(o, "createdAt"_L1, "created_at"_L1);
    u.updatedAt = json::timestamp(o, "updatedAt"_L1, "updated_at"_L1);
    return u;
}

QJsonObject UseCase::toJson() const
{
    return {
        {u"id"_s, nullable(id)},
        {u"campaignId"_s, nullable(campaignId)},
        {u"customerId"_s, nullable(customerId)},
        {u"messagingUseCaseUs"_s, nullable(messagingUseCaseUs)},
        {u"sampleMessages"_s, QJsonArray::fromStringList(sampleMessages)},
        {u"createdAt"_s, nullable(createdAt)},
        {u"updatedAt"_s, nullable(updatedAt)},
    };
}

QStringList Campaign::useCaseNames() const
{
    QStringList names;
    for (const UseCase &useCase : useCases)
        names.append(useCase.messagingUseCaseUs);
    return names;
}

Campaign Campaign::fromJson(const QJsonObject &o)
{
    Campaign c;
    c.id = json::id(o, "id"_L1);
    c.name = json::string(o, "name"_L1);
    c.description = json::string(o, "description"_L1);
    c.type = json::string(o, "type"_L1);
    c.brandId = json::id(o, "brandId"_L1, "brand_id"_L1);
    c.customerId = json::id(o, "customerId"_L1, "customer_id"_L1);
    c.status = json::string(o, "status"_L1);
    c.submittedToTcr = json::boolean(o, "submittedToTCR"_L1, "submittedToTcr"_L1);
    c.submittedAt = json::timestamp(o, "submittedAt"_L1);
    c.tcrCampaignId = json::string(o, "tcrCampaignId"_L1);
    c.tcrSyncError = json::string(o, "tcrSyncError"_L1);
    c.dcaElectionsComplete = json::optionalBool(o, "dcaElectionsComplete"_L1);
    c.dcaElectionsCompletedAt = json::timestamp(o, "dcaElectionsCompletedAt"_L1);
    c.billedDate = json::timestamp(o, "billedDate"_L1);
    c.cost = json::number(o, "cost"_L1);
    c.hasSubmissionTransaction = json::optionalBool(o, "hasSubmissionTransaction"_L1);
    c.volume = json::string(o, "volume"_L1);
    c.messageFlow = json::string(o, "messageFlow"_L1);
    c.privacyPolicyLink = json::string(o, "privacyPolicyLink"_L1);
    c.termsAndConditionsLink = json::string(o, "termsAndConditionsLink"_L1);
    c.optinMessage = json::string(o, "optinMessage"_L1);
    c.optoutMessage = json::string(o, "optoutMessage"_L1);
    c.helpMessage = json::string(o, "helpMessage"_L1);
    c.optinKeywords = json::string(o, "optinKeywords"_L1);
    c.optoutKeywords = json::string(o, "optoutKeywords"_L1);
    c.helpKeywords = json::string(o, "helpKeywords"_L1);
    c.sharingStatus = json::string(o, "sharingStatus"_L1);
    const QJsonArray useCases = json::array(o, "useCases"_L1, "use_cases"_L1);
    for (const QJsonValue &value : useCases)
        if (value.isObject())
            c.useCases.append(UseCase::fromJson(value.toObject()));
    c.createdAt = json::timestamp(o, "createdAt"_L1);
    c.updatedAt = json::timestamp(o, "updatedAt"_L1);
    return c;
}

QJsonObject Campaign::toJson() const
{
    QJsonArray cases;
    for (const UseCase &useCase : useCases)
        cases.append(useCase.toJson());
    QJsonObject o = toRequestJson();
    o.insert(u"useCases"_s, cases);
    o.insert(u"id"_s, nullable(id));
    o.insert(u"brandId"_s, nullable(brandId));
    o.insert(u"customerId"_s, nullable(customerId));
    o.insert(u"status"_s, nullable(status));
    o.insert(u"submittedToTCR"_s, submittedToTcr);
    o.insert(u"submittedAt"_s, nullable(submittedAt));
    o.insert(u"tcrCampaignId"_s, nullable(tcrCampaignId));
    o.insert(u"tcrSyncError"_s, nullable(tcrSyncError));
    o.insert(u"dcaElectionsComplete"_s, nullable(dcaElectionsComplete));
    o.insert(u"dcaElectionsCompletedAt"_s, nullable(dcaElectionsCompletedAt));
    o.insert(u"billedDate"_s, nullable(billedDate));
    o.insert(u"cost"_s, nullable(cost));
    o.insert(u"hasSubmissionTransaction"_s, nullable(hasSubmissionTransaction));
    if (!sharingStatus.isNull())
        o.insert(u"sharingStatus"_s, sharingStatus);
    o.insert(u"createdAt"_s, nullable(createdAt));
    o.insert(u"updatedAt"_s, nullable(updatedAt));
    return o;
}

QJsonObject Campaign::toRequestJson() const
{
    QJsonArray cases;
    for (const UseCase &useCase : useCases)
        cases.append(QJsonObject{{u"messagingUseCaseUs"_s, useCase.messagingUseCaseUs},
                                 {u"sampleMessages"_s, QJsonArray::fromStringList(useCase.sampleMessages)}});
    // A full replacement: optional fields go out as explicit nulls, as the API's own examples send them.
    return {
        {u"name"_s, name},
        {u"description"_s, description},
        {u"type"_s, type},
        {u"useCases"_s, cases},
        {u"volume"_s, nullable(volume)},
        {u"messageFlow"_s, nullable(messageFlow)},
        {u"privacyPolicyLink"_s, nullable(privacyPolicyLink)},
        {u"termsAndConditionsLink"_s, nullable(termsAndConditionsLink)},
        {u"optinMessage"_s, nullable(optinMessage)},
        {u"optoutMessage"_s, nullable(optoutMessage)},
        {u"helpMessage"_s, nullable(helpMessage)},
        {u"optinKeywords"_s, nullable(optinKeywords)},
        {u"optoutKeywords"_s, nullable(optoutKeywords)},
        {u"helpKeywords"_s, nullable(helpKeywords)},
    };
}

} // namespace cd
