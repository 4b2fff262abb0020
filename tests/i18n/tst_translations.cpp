#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The catalogues as translators leave them: every message of German and Spanish translated, with the same
// placeholders and mnemonics as its source and a form for each plural; English has its plurals, spelt right.
namespace {

struct Message
{
    QString context;
    QString source;
    QStringList forms; // one, or the plural forms
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message =
                Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!message.numerus) {
                message.forms = {xml.readElementText()};
                messages.append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
            if (message.forms.size() == 2)
                messages.append(message);
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (!(numerus && p.endsWith(QLatin1Char('n'))) && !found.contains(p))
            found.append(p);
    }
    found.sort();
    return found;
}

int mnemonics(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?![ &])"));
    return int(text.count(pattern));
}

QString path(const QString &language)
{
    return QStringLiteral(CD_TRANSLATIONS_DIR "/compliance-desk_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void complete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readCatalogue(path(language));
        const QList<Message> english = readCatalogue(path(QStringLiteral("en")));
        QVERIFY(messages.size() > 1000);
        QCOMPARE(messages.size(), english.size()); // the same sources: refreshed together
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished, qPrintable(where));
            QCOMPARE(m.forms.size(), m.numerus ? 2 : 1);
            for (const QString &form : m.forms) {
                QVERIFY2(!form.isEmpty() || m.source.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(form, m.numerus) == placeholders(m.source, m.numerus),
                         qPrintable(where + QStringLiteral(" → ") + form));
                QVERIFY2(mnemonics(form) == mnemonics(m.source), qPrintable(where + QStringLiteral(" → ") + form));
            }
        }
    }

    void englishPluralsAreWords()
    {
        int plurals = 0;
        for (const Message &m : readCatalogue(path(QStringLiteral("en")))) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(!m.unfinished, qPrintable(m.source));
            for (const QString &form : m.forms) {
                QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
                QVERIFY2(!form.contains(QLatin1String("entrys")) && !form.contains(QLatin1String("ys ")),
                         qPrintable(form));
            }
        }
        QVERIFY(plurals > 30);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
