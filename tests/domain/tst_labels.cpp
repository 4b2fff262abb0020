#include "domain/labels.h"
#include "domain/profilerules.h"
#include "lint/rulepack.h"

#include <QTest>
#include <QTranslator>

using namespace cd;

// The catalogue of human labels: every word of the API's enumerations has one, people's words rather than the wire's,
// and a word this version does not know passes through unchanged.
class TestLabels : public QObject
{
    Q_OBJECT

    static void checkLabel(const QString &wire, const QString &label)
    {
        QVERIFY2(!label.isEmpty(), qPrintable(wire));
        QVERIFY2(label != wire, qPrintable(wire));
        QVERIFY2(!label.contains(QLatin1Char('_')), qPrintable(label));
        QVERIFY2(label.at(0).isUpper(), qPrintable(label));
    }

private Q_SLOTS:
    void everyUseCaseHasALabelAndAHint()
    {
        const QStringList &useCases = lint::pack::useCases();
        QVERIFY(useCases.size() >= 13);
        for (const QString &wire : useCases) {
            checkLabel(wire, Labels::useCase(wire));
            QVERIFY2(!Labels::useCaseHint(wire).isEmpty(), qPrintable(wire));
        }
        QCOMPARE(Labels::useCase(QStringLiteral("TWO_FA")), QStringLiteral("Two-factor authentication"));
        QCOMPARE(Labels::useCases({QStringLiteral("M2M"), QStringLiteral("MARKETING")}),
                 QStringList({QStringLiteral("Machine to machine"), QStringLiteral("Marketing")}));
    }

    void everyBrandWordHasALabel()
    {
        for (const QString &wire : ProfileRules::entityTypes())
            checkLabel(wire, Labels::entityType(wire));
        for (const QString &wire : ProfileRules::verticals())
            checkLabel(wire, Labels::vertical(wire));
        for (const QString &wire : ProfileRules::brandRelationships()) {
            checkLabel(wire, Labels::relationship(wire));
            QVERIFY2(!Labels::relationshipHint(wire).isEmpty(), qPrintable(wire)); // the account sizes explained
        }
        for (const QString &wire : ProfileRules::billingModels())
            checkLabel(wire, Labels::billingModel(wire));
        for (const char *wire : {"SELF_DECLARED", "UNVERIFIED", "VERIFIED", "VETTED_VERIFIED"})
            checkLabel(QLatin1String(wire), Labels::identityStatus(QLatin1String(wire)));
        QCOMPARE(Labels::identityStatus(QString()), QStringLiteral("Not vetted yet"));
    }

    void campaignTypesAreExplained()
    {
        for (const char *wire : {"App", "KYC"}) {
            QCOMPARE(Labels::campaignType(QLatin1String(wire)), QLatin1String(wire)); // the words people use
            QVERIFY(Labels::campaignTypeHint(QLatin1String(wire)).size() > 20);
        }
    }

    void unknownWordsPassThrough()
    {
        QCOMPARE(Labels::useCase(QStringLiteral("SOMETHING_NEW")), QStringLiteral("SOMETHING_NEW"));
        QCOMPARE(Labels::vertical(QStringLiteral("SPACE")), QStringLiteral("SPACE"));
        QVERIFY(Labels::useCaseHint(QStringLiteral("SOMETHING_NEW")).isEmpty());
        QCOMPARE(Labels::useCase(QStringLiteral("two_fa")), QStringLiteral("Two-factor authentication"));
        QCOMPARE(Labels::withWire(QStringLiteral("Marketing"), QStringLiteral("MARKETING")),
                 QStringLiteral("Marketing (sent.dm: MARKETING)"));
        QCOMPARE(Labels::withWire(QStringLiteral("App"), QStringLiteral("App")), QStringLiteral("App"));
    }

    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("twoFa");
        QTest::addColumn<QString>("soleProprietor");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Zwei-Faktor-Authentifizierung")
                            << QStringLiteral("Einzelunternehmen");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Autenticación en dos pasos")
                            << QStringLiteral("Autónomo");
    }

    void translated()
    {
        QFETCH(QString, language);
        QFETCH(QString, twoFa);
        QFETCH(QString, soleProprietor);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/compliance-desk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        const QString useCase = Labels::useCase(QStringLiteral("TWO_FA"));
        const QString entity = Labels::entityType(QStringLiteral("SOLE_PROPRIETOR"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(useCase, twoFa);
        QCOMPARE(entity, soleProprietor);
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
