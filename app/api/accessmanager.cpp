#include "accessmanager.h"

#include "core/appinfo.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUuid>

namespace cd {

AccessManager::AccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setStrictTransportSecurityEnabled(true);
    // Redirects are followed by the job itself, each checked first (same host, no downgrade, limited count): Qt's
    // own following loses the answer now and then when the server closes the connection after a redirect.
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(this, &QNetworkAccessManager::sslErrors, this, [](QNetworkReply *reply, const QList<QSslError> &errors) {
        // Logged, never ignored: the reply fails with SslHandshakeFailedError.
        for (const QSslError &error : errors)
            qCWarning(lcApi) << "TLS error for" << reply->url().host() << ":" << error.errorString();
    });
}

void AccessManager::setCredentials(const QUrl &base, const QByteArray &key)
{
    m_base = base;
    m_apiKey = key;
}

bool AccessManager::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("http") ? 80 : 443)
        == b.port(b.scheme() == QLatin1String("http") ? 80 : 443);
}

bool AccessManager::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString AccessManager::urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("cd::AccessManager", "“%1” is not a valid address.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http") && isLoopback(url))
        return QString();
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate("cd::AccessManager",
                                           "The address %1 uses plain HTTP. API keys are only sent over HTTPS "
                                           "(plain HTTP is allowed for this computer's own sandbox only).")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
    return QCoreApplication::translate("cd::AccessManager", "The address %1 does not use HTTPS.")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
}

QByteArray AccessManager::userAgent()
{
    return "ComplianceDesk/" + AppInfo::version().toLatin1();
}

QByteArray AccessManager::redactedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "x-api-key" || lower == "authorization" || lower == "cookie" || lower == "proxy-authorization")
        return value.isEmpty() ? QByteArray() : QByteArrayLiteral("<redacted>");
    return value;
}

QNetworkReply *AccessManager::createRequest(Operation op, const QNetworkRequest &original, QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!request.hasRawHeader("Accept"))
        request.setRawHeader("Accept", "application/json");
    if (!request.hasRawHeader("X-Client-Request-Id"))
        request.setRawHeader("X-Client-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!m_apiKey.isEmpty() && isSameOrigin(request.url(), m_base))
        request.setRawHeader("x-api-key", m_apiKey);
    if (request.transferTimeout() == 0)
        request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (lcApi().isDebugEnabled()) {
        QByteArray headers;
        const QList<QByteArray> names = request.rawHeaderList();
        for (const QByteArray &name : names)
            headers += name + ": " + redactedHeaderValue(name, request.rawHeader(name)) + "; ";
        qCDebug(lcApi).noquote() << "send" << request.url().toDisplayString(QUrl::RemoveUserInfo) << headers;
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace cd
