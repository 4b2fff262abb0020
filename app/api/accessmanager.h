#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace cd {

// The one QNetworkAccessManager every sent.dm request goes through: it adds the API key, User-Agent, Accept and a
// client request id, sets the redirect policy and the transfer timeout, refuses plain HTTP to anything but
// loopback, never ignores TLS errors, and logs (redacted) in the compliancedesk.api category.
class AccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit AccessManager(QObject *parent = nullptr);

    // The key goes only to requests for `base`'s scheme, host and port.
    void setCredentials(const QUrl &base, const QByteArray &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }

    // Empty when requests may go to `url`; otherwise why not (translated).
    static QString urlProblem(const QUrl &url);
    static bool isLoopback(const QUrl &url);
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
    static QByteArray userAgent();
    // "x-api-key: <redacted>" and friends: what the log may show of a header.
    static QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QUrl m_base;
    QByteArray m_apiKey;
    int m_transferTimeoutMs = 30000;
};

} // namespace cd
