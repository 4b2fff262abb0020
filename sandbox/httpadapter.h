#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>

// The one place that touches Qt HTTP Server, whose API changes after 6.4 (technology preview). The rest of the
// sandbox sees plain requests and answers them through a handle, possibly later (latency), or drops the
// connection (faults).
namespace cd::sandbox {

struct HttpRequest
{
    QByteArray method; // GET, POST, …
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    bool hasHeader(const QByteArray &lowerCaseName) const { return headers.contains(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

class HttpReplyHandle
{
public:
    HttpReplyHandle() = default;
    HttpReplyHandle(QTcpSocket *socket, bool keepAlive);

    bool isConnected() const;
    void send(const HttpResponse &response);
    // Closes the connection without a byte of answer.
    void drop();

private:
    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive = true;
};

class HttpAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpReplyHandle)>;

    explicit HttpAdapter(Handler handler, QObject *parent = nullptr);

    // Returns the port, or 0 when the address could not be bound.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    // Connections that brought at least one request, since the start: how well clients keep theirs alive.
    int connectionsSeen() const { return m_connections; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    int m_connections = 0;
};

} // namespace cd::sandbox
