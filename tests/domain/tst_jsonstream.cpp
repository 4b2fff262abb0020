#include "core/jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdio>

using namespace cd;

// A document written a piece at a time is the same document, byte for byte, as QJsonDocument writes it whole:
// indented for people, compact for machines, and always valid JSON.
class TestJsonStream : public QObject
{
    Q_OBJECT

    static QJsonObject sample()
    {
        return QJsonObject{
            {QStringLiteral("account"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("org-1")},
                         {QStringLiteral("name"), QStringLiteral("Nörthwind \"Holdings\"\n")}}},
            {QStringLiteral("profiles"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                                    {QStringLiteral("campaigns"), QJsonArray{}},
                                    {QStringLiteral("n"), 1.5},
                                    {QStringLiteral("x"), QJsonValue::Null}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("p2")},
                                    {QStringLiteral("campaigns"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")}}}}}}},
            {QStringLiteral("total"), 2},
        };
    }

    // What the stream writes for sample(), built piece by piece as the CLI's tree does.
    static QByteArray streamed(bool indented)
    {
        FILE *file = std::tmpfile();
        {
            const QJsonObject whole = sample();
            JsonStream out(file, indented);
            out.beginObject();
            out.key(u"account");
            out.value(whole.value(QLatin1String("account")));
            out.key(u"profiles");
            out.beginArray();
            for (const QJsonValue &profile : whole.value(QLatin1String("profiles")).toArray())
                out.value(profile);
            out.endArray();
            out.key(u"total");
            out.value(2);
            out.endObject();
        }
        std::rewind(file);
        QByteArray bytes;
        char buffer[4096];
        size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
            bytes.append(buffer, qsizetype(n));
        std::fclose(file);
        return bytes;
    }

private Q_SLOTS:
    void indentedAsQtWritesIt() { QCOMPARE(streamed(true), QJsonDocument(sample()).toJson(QJsonDocument::Indented)); }

    void compactAsQtWritesIt()
    {
        QCOMPARE(streamed(false), QJsonDocument(sample()).toJson(QJsonDocument::Compact) + '\n');
    }

    void emptyContainers()
    {
        FILE *file = std::tmpfile();
        {
            JsonStream out(file, true);
            out.beginArray();
            out.endArray();
        }
        std::rewind(file);
        char buffer[16] = {};
        QCOMPARE(QByteArray(buffer, qsizetype(std::fread(buffer, 1, sizeof buffer, file))), QByteArray("[]\n"));
        std::fclose(file);
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
