#include "finding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cd::lint {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("cd::lint", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("cd::lint", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("cd::lint", "Note");
}

QJsonObject Finding::toJson() const
{
    return {{QStringLiteral("rule"), ruleId}, {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("field"), field}, {QStringLiteral("message"), message},
            {QStringLiteral("hint"), hint},   {QStringLiteral("category"), category}};
}

int Findings::count(Severity severity) const
{
    return int(
        std::count_if(items.begin(), items.end(), [severity](const Finding &f) { return f.severity == severity; }));
}

QList<Finding> Findings::forField(const QString &field) const
{
    QList<Finding> result;
    for (const Finding &f : items)
        if (f.field == field || f.field.startsWith(field + QLatin1Char('.'))
            || f.field.startsWith(field + QLatin1Char('[')))
            result.append(f);
    return result;
}

QList<Finding> Findings::byRule(const QString &ruleId) const
{
    QList<Finding> result;
    for (const Finding &f : items)
        if (f.ruleId == ruleId)
            result.append(f);
    return result;
}

QJsonObject Findings::toJson() const
{
    QJsonArray list;
    for (const Finding &f : items)
        list.append(f.toJson());
    return {{QStringLiteral("rules_version"), rulesVersion},
            {QStringLiteral("errors"), count(Severity::Error)},
            {QStringLiteral("warnings"), count(Severity::Warning)},
            {QStringLiteral("infos"), count(Severity::Info)},
            {QStringLiteral("findings"), list}};
}

Findings Findings::aboutContent() const
{
    Findings content;
    content.rulesVersion = rulesVersion;
    for (const Finding &f : items)
        if (f.isAboutContent())
            content.items.append(f);
    return content;
}

QString fieldLabel(const QString &field)
{
    static const QRegularExpression useCase(QStringLiteral("^useCases\\[(\\d+)\\](?:\\.(\\w+)(?:\\[(\\d+)\\])?)?"));
    if (const QRegularExpressionMatch m = useCase.match(field); m.hasMatch()) {
        const QString n = QString::number(m.captured(1).toInt() + 1);
        const QString part = m.captured(2);
        if (part == QLatin1String("sampleMessages"))
            return m.captured(3).isEmpty() ? QCoreApplication::translate("cd::lint", "Use case %1, samples").arg(n)
                                           : QCoreApplication::translate("cd::lint", "Use case %1, sample %2")
                                                 .arg(n, QString::number(m.captured(3).toInt() + 1));
        if (part == QLatin1String("messagingUseCaseUs"))
            return QCoreApplication::translate("cd::lint", "Use case %1, type").arg(n);
        return QCoreApplication::translate("cd::lint", "Use case %1").arg(n);
    }
    static const std::pair<const char *, const char *> labels[] = {
        {"name", QT_TRANSLATE_NOOP("cd::lint", "Name")},
        {"description", QT_TRANSLATE_NOOP("cd::lint", "Description")},
        {"type", QT_TRANSLATE_NOOP("cd::lint", "Type")},
        {"volume", QT_TRANSLATE_NOOP("cd::lint", "Expected volume")},
        {"useCases", QT_TRANSLATE_NOOP("cd::lint", "Use cases")},
        {"messageFlow", QT_TRANSLATE_NOOP("cd::lint", "Message flow")},
        {"optinMessage", QT_TRANSLATE_NOOP("cd::lint", "Opt-in message")},
        {"optinKeywords", QT_TRANSLATE_NOOP("cd::lint", "Opt-in keywords")},
        {"optoutMessage", QT_TRANSLATE_NOOP("cd::lint", "Opt-out message")},
        {"optoutKeywords", QT_TRANSLATE_NOOP("cd::lint", "Opt-out keywords")},
        {"helpMessage", QT_TRANSLATE_NOOP("cd::lint", "Help message")},
        {"helpKeywords", QT_TRANSLATE_NOOP("cd::lint", "Help keywords")},
        {"privacyPolicyLink", QT_TRANSLATE_NOOP("cd::lint", "Privacy policy")},
        {"termsAndConditionsLink", QT_TRANSLATE_NOOP("cd::lint", "Terms and conditions")},
    };
    for (const auto &[key, label] : labels)
        if (field == QLatin1String(key))
            return QCoreApplication::translate("cd::lint", label);
    return field;
}

// What a warning is about: the text at its field ("useCases[0].sampleMessages[1]"), or the whole campaign for a
// warning about no one field. A short digest of it makes the acknowledgement hold for that text only.
QString acknowledgementKey(const lint::Finding &finding, const QJsonObject &campaign)
{
    static const QRegularExpression part(QStringLiteral("^([^\\[]+)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    QJsonValue value = campaign;
    for (const QString &step : finding.field.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = part.match(step);
        if (!m.hasMatch()) {
            value = QJsonValue::Undefined;
            break;
        }
        value = value.toObject().value(m.captured(1));
        for (auto it = index.globalMatch(m.captured(2)); it.hasNext();)
            value = value.toArray().at(it.next().captured(1).toInt());
    }
    const QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : value.isArray()                    ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : value.toVariant().toString().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16);
    return finding.ruleId + QLatin1Char('@') + finding.field + QLatin1Char('#') + QString::fromLatin1(digest);
}

} // namespace cd::lint
