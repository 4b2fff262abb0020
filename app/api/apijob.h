#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "apiresponse.h"
#include "ratebudget.h"
#include "retrypolicy.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace cd {

class AccessManager;

// One logical request: waits for a slot in the rate budget, sends, retries transient failures with backoff
// (reusing its Idempotency-Key), and emits finished() exactly once — with a response or an error, on every path
// including cancel() and the overall deadline — then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(AccessManager *manager, RateBudget *budget, const QUrl &baseUrl, const RetryPolicy &policy,
           ApiRequest request, QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    // Finishes the job at once with a Cancelled error (unless it has already finished).
    void cancel();

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    QByteArray clientRequestId() const { return m_clientRequestId; }
    // Its attempts so far: ended (answered or failed), retried, met with a 429.
    struct Tally
    {
        int ended = 0;
        int retries = 0;
        int rateLimited = 0;
    };
    Tally tally() const { return m_tally; }
    // The headers of the last answer that reached the server (success or error): what it says about itself, such
    // as Deprecation and Sunset. Empty when nothing answered.
    const QHash<QByteArray, QByteArray> &answerHeaders() const { return m_answerHeaders; }

Q_SIGNALS:
    void finished(const cd::ApiResponse &response, const cd::ApiError &error);
    // Every answer or failure of one attempt (for statistics): the HTTP status, 0 without one.
    void attemptFinished(int httpStatus, bool willRetry);
    // An attempt's answer (or its failure) has come back and freed its slot; it is still to be read and decoded.
    // Who keeps a number of requests on the wire sends the next one now, while this one is decoded.
    void answerArrived();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void waitForSlot();
    void send();
    void onReplyFinished();
    struct ParsedBody;
    // The answer of an attempt that reached the server, its body parsed.
    void handleAnswer(int status, const QHash<QByteArray, QByteArray> &headers, const QString &reasonPhrase,
                      const ParsedBody &body);
    void failOrRetry(const ApiError &error, int status);
    // A 3xx with a Location: followed when it stays on the same origin, within the limit, and (for a change) keeps
    // its method; refused otherwise.
    void followRedirect(const QUrl &target, int status, const QString &requestId);
    qint64 answerLimit() const; // the most this request's answer may hold
    void onDeadline();
    void abortReply();
    ApiError errorForTransport(QNetworkReply *reply) const;
    ApiError baseError() const;
    void complete(const ApiResponse &response, const ApiError &error);
    void noteAttempt(int status, bool willRetry);

    AccessManager *m_manager;
    QPointer<RateBudget> m_budget;
    QUrl m_baseUrl;
    RetryPolicy m_policy;
    bool m_answerTooLarge = false;
    ApiRequest m_request;
    QByteArray m_clientRequestId;
    QByteArray m_payload;
    QPointer<QNetworkReply> m_reply;
    RateBudget::Ticket m_ticket = 0;
    Tally m_tally;
    QBasicTimer m_retryTimer;
    QBasicTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    ApiError m_lastError;
    QHash<QByteArray, QByteArray> m_answerHeaders;
    int m_attempts = 0;
    int m_redirects = 0;
    QUrl m_redirectTarget;         // the next send goes here instead of the request's own address
    bool m_following = false;      // the next send follows a redirect (not a new attempt)
    bool m_outcomeUnknown = false; // an earlier attempt may have been carried out
    bool m_started = false;
    bool m_finished = false;
};

} // namespace cd
