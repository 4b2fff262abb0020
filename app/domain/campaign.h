#pragma once

#include "status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

struct UseCase
{
    QString id;
    QString campaignId;
    QString customerId;
    QString messagingUseCaseUs; // MARKETING, ACCOUNT_NOTIFICATION, … (unknown words kept)
    QStringList sampleMessages;
    QDateTime createdAt;
    QDateTime updatedAt;

    static UseCase fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    bool operator==(const UseCase &) const = default;
};

// A 10DLC campaign under a profile's brand. camelCase on the wire, in requests and responses alike.
struct Campaign
{
    QString id;
    QString name;
    QString description;
    QString type;
    QString brandId;
    QString customerId;
    QString status; // SENT_CREATED | ACTIVE | EXPIRED | unset | unknown word; see statusInfo()
    bool submittedToTcr = false;
    QDateTime submittedAt;
    QString tcrCampaignId;
    QString tcrSyncError;
    std::optional<bool> dcaElectionsComplete;
    QDateTime dcaElectionsCompletedAt;
    QDateTime billedDate;
    std::optional<double> cost;
    std::optional<bool> hasSubmissionTransaction;
    QString volume;
    QString messageFlow;
    QString privacyPolicyLink;
    QString termsAndConditionsLink;
    QString optinMessage;
    QString optoutMessage;
    QString helpMessage;
    QString optinKeywords;
    QString optoutKeywords;
    QString helpKeywords;
    QString sharingStatus; // TS 0.32 only
    QList<UseCase> useCases;
    QDateTime createdAt;
    QDateTime updatedAt;

    Status statusInfo() const { return campaignStatus(*this); }
    // Listed under a profile that inherits the organization's campaigns: read-only there.
    bool isInheritedBy(const QString &profileId) const { return !customerId.isEmpty() && customerId != profileId; }
    QStringList useCaseNames() const;

    static Campaign fromJson(const QJsonObject &json);
    QJsonObject toJson() const;        // the response shape
    QJsonObject toRequestJson() const; // CampaignData: only what a create or a full replacement sends

    bool operator==(const Campaign &) const = default;
};

} // namespace cd
