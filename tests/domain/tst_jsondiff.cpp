#include "domain/jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;

namespace {

// JSON written with single quotes, to keep the fixtures readable.
QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

} // namespace

// Two submissions of a campaign compared field by field.
class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameIsNoChange()
    {
        const QJsonValue v = parse("{'name': 'A', 'useCases': [{'sampleMessages': ['x', 'y']}]}");
        QVERIFY(diffJson(v, v).isEmpty());
    }

    void eachKindOfChangeByPath()
    {
        const QJsonValue before = parse(
            "{'name': 'Reminders', 'volume': '5000', 'useCases': [{'messagingUseCaseUs': 'ACCOUNT_NOTIFICATION',             'sampleMessages': ['Acme: your visit is at 3pm. Reply STOP to opt out.', 'Second']}], 'privacyPolicyLink': 'https://a.example/p'}");
        const QJsonValue after = parse(
            "{'name': 'Reminders', 'volume': 8000, 'useCases': [{'messagingUseCaseUs': 'ACCOUNT_NOTIFICATION',             'sampleMessages': ['Acme: your visit is at 3pm. Reply STOP to end.', 'Second', 'Third']}], 'termsAndConditionsLink': 'https://a.example/t'}");
        const QList<FieldChange> changes = diffJson(before, after);
        QStringList lines;
        for (const FieldChange &c : changes)
            lines << QStringLiteral("%1 %2: %3 → %4")
                         .arg(c.kind == FieldChange::Kind::Added         ? u"+"_qs
                                  : c.kind == FieldChange::Kind::Removed ? u"-"_qs
                                                                         : u"~"_qs,
                              c.path, jsonValueText(c.before), jsonValueText(c.after));
        const QStringList expected = {
            u"- privacyPolicyLink: https://a.example/p → "_qs,
            u"+ termsAndConditionsLink:  → https://a.example/t"_qs,
            u"~ useCases[0].sampleMessages[0]: Acme: your visit is at 3pm. Reply STOP to opt out. → Acme: your visit is at 3pm. Reply STOP to end."_qs,
            u"+ useCases[0].sampleMessages[2]:  → Third"_qs,
            u"~ volume: 5000 → 8000"_qs, // a string became a number: a change, shown as written
        };
        QCOMPARE(lines, expected);
    }

    void aWholeObjectAddedIsOneChange()
    {
        const QList<FieldChange> changes = diffJson(parse("{'a': 1}"), parse("{'a': 1, 'b': {'c': [1, 2]}}"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().path, QStringLiteral("b"));
        QCOMPARE(jsonValueText(changes.first().after), QStringLiteral("{\"c\":[1,2]}"));
        QCOMPARE(jsonValueText(QJsonValue(true)), QStringLiteral("true"));
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
