#include "core/datetext.h"
#include "domain/money.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace cd;

// Moments and costs as people read them: in their locale's words, with the time zone where it matters and the
// currency always.
class TestLocaleText : public QObject
{
    Q_OBJECT

    const QDateTime m_at = QDateTime(QDate(2026, 12, 6), QTime(17, 46), QTimeZone::utc());

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void datesFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString us = DateText::brief(m_at);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString de = DateText::brief(m_at);
        QVERIFY2(us != de, qPrintable(us));
        QVERIFY2(de.contains(QLatin1String("06.12.")), qPrintable(de)); // day first, as German writes it
        QCOMPARE(DateText::brief(m_at), QLocale().toString(m_at.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(DateText::brief({}).isEmpty());
    }

    void exactMomentsSayTheirZone()
    {
        const QDateTime local = m_at.toLocalTime();
        const QString text = DateText::exact(m_at);
        QVERIFY2(text.startsWith(DateText::brief(m_at)), qPrintable(text));
        QVERIFY2(text.endsWith(local.timeZoneAbbreviation()), qPrintable(text));
        QVERIFY(DateText::exact({}).isEmpty());
    }

    void costsHaveTheirCurrency()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Money::usd(1234.5), QStringLiteral("US$1,234.50"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Money::usd(1234.5), QStringLiteral("1.234,50\u00a0US$"));
    }
};

QTEST_GUILESS_MAIN(TestLocaleText)
#include "tst_localetext.moc"
