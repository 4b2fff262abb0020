#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A loopback HTTP server answering fixed bytes per path, for what the sandbox cannot do on purpose (redirects).
// It records each request's head so tests can see which headers reached it.
class FakeHttpServer : public QTcpServer
{
public:
    FakeHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    void answer(const QString &path, const QByteArray &response) { m_answers.insert(path, response); }
    static QByteArray redirectTo(const QUrl &target)
    {
        return "HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded()
            + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    }
    static QByteArray json(const QByteArray &body)
    {
        return "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = int(buffer.indexOf("\r\n\r\n"));
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.clear();
        m_requests.append(head);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QString target = QString::fromLatin1(requestLine.value(1));
        // An answer for the path with its query, else for the path whatever the query (page=…).
        const QString path = m_answers.contains(target) ? target : target.section(QLatin1Char('?'), 0, 0);
        socket->write(
            m_answers.value(path, "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
        socket->disconnectFromHost(); // one request per connection keeps this server simple
    }

    QHash<QString, QByteArray> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};
