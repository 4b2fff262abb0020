#pragma once

#include "sandbox/sandboxtestclient.h"

#include "api/profilelisting.h"
#include "api/sentclient.h"

#include <QPointer>
#include <QTest>

#include <memory>
#include <optional>

// Retries fast enough for tests; everything else as shipped.
inline cd::ClientConfig testConfig(const QUrl &base, const QString &key)
{
    cd::ClientConfig config;
    config.baseUrl = base;
    config.apiKey = key.toUtf8();
    config.retry.baseDelayMs = 10;
    config.retry.maxDelayMs = 200;
    config.retry.maxRetries = 6;
    config.retry.transferTimeoutMs = 10000;
    config.retry.deadlineMs = 60000;
    return config;
}

// The minimal valid campaign of the conformance tests, as the client's type.
inline cd::Campaign testCampaign(const QString &name)
{
    return cd::Campaign::fromJson(campaignBody(name).value(QLatin1String("campaign")).toObject());
}

// What a typed call delivered, how often, and whether its job is gone (so nothing more can arrive).
template<typename T>
struct Outcome
{
    int calls = 0;
    std::optional<cd::Result<T>> result;
    bool jobDeleted = false;

    bool ok() const { return result && result->ok(); }
    const T &value() const { return result->value(); }
    const cd::ApiError &error() const { return result->error(); }
    const cd::ApiResponse &response() const { return result->response(); }
};

// Starts a call through `start(callback)` and waits for its single completion and the job's deletion.
template<typename T, typename Start>
Outcome<T> await(Start start, int timeoutMs = 60000)
{
    auto outcome = std::make_shared<Outcome<T>>();
    // A job, or a listing of pages: whatever carries the call, it is gone once it has answered.
    QPointer<QObject> job = start([outcome](const cd::Result<T> &result) {
        ++outcome->calls;
        outcome->result = result;
    });
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    outcome->jobDeleted = QTest::qWaitFor([&] { return job.isNull(); }, 5000);
    return *outcome;
}

#define VERIFY_COMPLETED_ONCE(outcome)                                                                                 \
    do {                                                                                                               \
        QCOMPARE((outcome).calls, 1);                                                                                  \
        QVERIFY2((outcome).jobDeleted, "the job outlived its completion");                                             \
    } while (false)
