#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace cd {

// A successful answer, unpacked from the envelope: `data` plus what the headers say about it.
struct ApiResponse
{
    int httpStatus = 0;
    QJsonValue data;
    QString requestId;
    QString originalRequestId;             // set on an idempotent replay
    bool replayed = false;                 // Idempotent-Replayed: true
    bool sandbox = false;                  // X-Sandbox: true (nothing was stored)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qsizetype bodySize = 0;
};

} // namespace cd
