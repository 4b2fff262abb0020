#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// A campaign being written in the wizard, saved as the user types so that nothing typed is lost. The campaign is
// kept in the API's shape (the `campaign` object of a create or replace), exactly as typed, valid or not.
struct Draft
{
    // The payload's layout. A draft of an older layout is upgraded when read; one of a newer layout (written by a
    // newer version of the application) is listed but not opened.
    static constexpr int kFormat = 1;

    QString id;
    QString connectionId;
    QString profileId;
    QString campaignId;        // set when the draft edits an existing campaign
    QByteArray idempotencyKey; // one per draft, reused by every attempt to submit it
    QJsonObject campaign;
    QStringList acknowledged; // warnings the user accepted, as "RULE@field"
    int page = 0;             // where the wizard was
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isEdit() const { return !campaignId.isEmpty(); }
    QString title() const; // the campaign's name, or a placeholder

    static Draft create(const QString &connectionId, const QString &profileId, const QJsonObject &campaign = {},
                        const QString &campaignId = {});

    // The stored form of everything but the ids and times.
    QByteArray payload() const;
    // Reads a stored payload: sanitizes fields of the wrong type, upgrades older layouts. Unset, with `problem`
    // saying why, when the payload is unreadable or of a newer layout.
    static std::optional<Draft> fromPayload(const QByteArray &payload, QString *problem);
};

} // namespace cd
