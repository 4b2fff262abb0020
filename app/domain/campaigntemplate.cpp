#include "campaigntemplate.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cd {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    return pattern;
}

// Calls `visit` on every string in `value`, replacing it with what `visit` returns.
QJsonValue mapStrings(const QJsonValue &value, const std::function<QString(const QString &)> &visit)
{
    if (value.isString())
        return visit(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(mapStrings(element, visit));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), mapStrings(it.value(), visit));
        return out;
    }
    return value;
}

void appendOnce(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

} // namespace

QStringList CampaignTemplate::placeholders()
{
    return {QStringLiteral("profile_name"), QStringLiteral("brand_name"), QStringLiteral("contact_phone"),
            QStringLiteral("contact_email"), QStringLiteral("website")};
}

QString CampaignTemplate::describe(const QString &placeholder)
{
    if (placeholder == QLatin1String("profile_name"))
        return tr("the profile's name");
    if (placeholder == QLatin1String("brand_name"))
        return tr("the brand's business name (the profile's name when it has none)");
    if (placeholder == QLatin1String("contact_phone"))
        return tr("the brand contact's phone number");
    if (placeholder == QLatin1String("contact_email"))
        return tr("the brand contact's email address (the profile's when it has none)");
    if (placeholder == QLatin1String("website"))
        return tr("the business's website");
    return {};
}

QString CampaignTemplate::valueFor(const QString &placeholder, const Profile &profile)
{
    const std::optional<BrandContact> contact = profile.brand ? profile.brand->contact : std::nullopt;
    const std::optional<BrandBusiness> business = profile.brand ? profile.brand->business : std::nullopt;
    if (placeholder == QLatin1String("profile_name"))
        return profile.name;
    if (placeholder == QLatin1String("brand_name")) {
        if (contact && !contact->businessName.trimmed().isEmpty())
            return contact->businessName.trimmed();
        if (business && !business->legalName.trimmed().isEmpty())
            return business->legalName.trimmed();
        return profile.name;
    }
    if (placeholder == QLatin1String("contact_phone"))
        return contact ? contact->phone.trimmed() : QString();
    if (placeholder == QLatin1String("contact_email")) {
        if (contact && !contact->email.trimmed().isEmpty())
            return contact->email.trimmed();
        return profile.email.trimmed();
    }
    if (placeholder == QLatin1String("website"))
        return business ? business->url.trimmed() : QString();
    return {};
}

QStringList CampaignTemplate::used(const QJsonObject &campaign)
{
    QStringList found;
    mapStrings(campaign, [&found](const QString &text) {
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext())
            appendOnce(found, it.next().captured(1));
        return text;
    });
    return found;
}

CampaignTemplate::Filled CampaignTemplate::fill(const QJsonObject &campaign, const Profile &profile)
{
    Filled filled;
    const QStringList known = placeholders();
    filled.campaign = mapStrings(campaign, [&](const QString &text) {
                          QString out;
                          qsizetype from = 0;
                          auto it = placeholderPattern().globalMatch(text);
                          while (it.hasNext()) {
                              const QRegularExpressionMatch m = it.next();
                              out += text.mid(from, m.capturedStart() - from);
                              from = m.capturedEnd();
                              const QString name = m.captured(1);
                              if (!known.contains(name)) {
                                  appendOnce(filled.unknown, name);
                                  out += m.captured(0);
                                  continue;
                              }
                              const QString value = valueFor(name, profile);
                              if (value.isEmpty()) {
                                  appendOnce(filled.missing, name);
                                  out += m.captured(0);
                                  continue;
                              }
                              out += value;
                          }
                          out += text.mid(from);
                          return out;
                      }).toObject();
    return filled;
}

} // namespace cd
