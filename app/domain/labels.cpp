#include "labels.h"

#include <utility>

namespace cd {

namespace {

using Entry = std::pair<const char *, const char *>;

template<std::size_t N>
const char *find(const Entry (&entries)[N], const QString &wire)
{
    for (const auto &[key, text] : entries)
        if (wire.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            return text;
    return nullptr;
}

template<std::size_t N>
QString lookUp(const Entry (&entries)[N], const QString &wire)
{
    const char *text = find(entries, wire);
    return text ? Labels::tr(text) : wire;
}

template<std::size_t N>
QString hint(const Entry (&entries)[N], const QString &wire)
{
    const char *text = find(entries, wire);
    return text ? Labels::tr(text) : QString();
}

// clang-format off
const Entry kUseCases[] = {
    {"MARKETING", QT_TRANSLATE_NOOP("cd::Labels", "Marketing")},
    {"ACCOUNT_NOTIFICATION", QT_TRANSLATE_NOOP("cd::Labels", "Account notifications")},
    {"CUSTOMER_CARE", QT_TRANSLATE_NOOP("cd::Labels", "Customer care")},
    {"FRAUD_ALERT", QT_TRANSLATE_NOOP("cd::Labels", "Fraud alerts")},
    {"TWO_FA", QT_TRANSLATE_NOOP("cd::Labels", "Two-factor authentication")},
    {"DELIVERY_NOTIFICATION", QT_TRANSLATE_NOOP("cd::Labels", "Delivery notifications")},
    {"SECURITY_ALERT", QT_TRANSLATE_NOOP("cd::Labels", "Security alerts")},
    {"M2M", QT_TRANSLATE_NOOP("cd::Labels", "Machine to machine")},
    {"MIXED", QT_TRANSLATE_NOOP("cd::Labels", "Mixed")},
    {"HIGHER_EDUCATION", QT_TRANSLATE_NOOP("cd::Labels", "Higher education")},
    {"POLLING_VOTING", QT_TRANSLATE_NOOP("cd::Labels", "Polling and voting")},
    {"PUBLIC_SERVICE_ANNOUNCEMENT", QT_TRANSLATE_NOOP("cd::Labels", "Public service announcements")},
    {"LOW_VOLUME", QT_TRANSLATE_NOOP("cd::Labels", "Low volume mixed")},
};

const Entry kUseCaseHints[] = {
    {"MARKETING", QT_TRANSLATE_NOOP("cd::Labels", "Promotions and offers")},
    {"ACCOUNT_NOTIFICATION", QT_TRANSLATE_NOOP("cd::Labels", "Status updates about an account")},
    {"CUSTOMER_CARE", QT_TRANSLATE_NOOP("cd::Labels", "Support conversations")},
    {"FRAUD_ALERT", QT_TRANSLATE_NOOP("cd::Labels", "Suspicious activity warnings")},
    {"TWO_FA", QT_TRANSLATE_NOOP("cd::Labels", "One-time sign-in codes")},
    {"DELIVERY_NOTIFICATION", QT_TRANSLATE_NOOP("cd::Labels", "Shipping and delivery updates")},
    {"SECURITY_ALERT", QT_TRANSLATE_NOOP("cd::Labels", "Security notices about an account")},
    {"M2M", QT_TRANSLATE_NOOP("cd::Labels", "Sent between machines, no person reads them")},
    {"MIXED", QT_TRANSLATE_NOOP("cd::Labels", "Several kinds of messages together")},
    {"HIGHER_EDUCATION", QT_TRANSLATE_NOOP("cd::Labels", "Colleges and universities")},
    {"POLLING_VOTING", QT_TRANSLATE_NOOP("cd::Labels", "Surveys and polls (not political)")},
    {"PUBLIC_SERVICE_ANNOUNCEMENT", QT_TRANSLATE_NOOP("cd::Labels", "Public awareness messages")},
    {"LOW_VOLUME", QT_TRANSLATE_NOOP("cd::Labels", "Several kinds, small volume")},
};

const Entry kEntityTypes[] = {
    {"PRIVATE_PROFIT", QT_TRANSLATE_NOOP("cd::Labels", "Private company")},
    {"PUBLIC_PROFIT", QT_TRANSLATE_NOOP("cd::Labels", "Publicly traded company")},
    {"NON_PROFIT", QT_TRANSLATE_NOOP("cd::Labels", "Non-profit")},
    {"SOLE_PROPRIETOR", QT_TRANSLATE_NOOP("cd::Labels", "Sole proprietor")},
    {"GOVERNMENT", QT_TRANSLATE_NOOP("cd::Labels", "Government")},
};

const Entry kVerticals[] = {
    {"AGRICULTURE", QT_TRANSLATE_NOOP("cd::Labels", "Agriculture")},
    {"COMMUNICATION", QT_TRANSLATE_NOOP("cd::Labels", "Communication")},
    {"CONSTRUCTION", QT_TRANSLATE_NOOP("cd::Labels", "Construction")},
    {"EDUCATION", QT_TRANSLATE_NOOP("cd::Labels", "Education")},
    {"ENERGY", QT_TRANSLATE_NOOP("cd::Labels", "Energy")},
    {"ENTERTAINMENT", QT_TRANSLATE_NOOP("cd::Labels", "Entertainment")},
    {"FINANCIAL", QT_TRANSLATE_NOOP("cd::Labels", "Financial")},
    {"GAMBLING", QT_TRANSLATE_NOOP("cd::Labels", "Gambling")},
    {"GOVERNMENT", QT_TRANSLATE_NOOP("cd::Labels", "Government")},
    {"HEALTHCARE", QT_TRANSLATE_NOOP("cd::Labels", "Healthcare")},
    {"HOSPITALITY", QT_TRANSLATE_NOOP("cd::Labels", "Hospitality")},
    {"HUMAN_RESOURCES", QT_TRANSLATE_NOOP("cd::Labels", "Human resources")},
    {"INSURANCE", QT_TRANSLATE_NOOP("cd::Labels", "Insurance")},
    {"LEGAL", QT_TRANSLATE_NOOP("cd::Labels", "Legal")},
    {"MANUFACTURING", QT_TRANSLATE_NOOP("cd::Labels", "Manufacturing")},
    {"NGO", QT_TRANSLATE_NOOP("cd::Labels", "Non-governmental organization")},
    {"POLITICAL", QT_TRANSLATE_NOOP("cd::Labels", "Political")},
    {"POSTAL", QT_TRANSLATE_NOOP("cd::Labels", "Postal")},
    {"PROFESSIONAL", QT_TRANSLATE_NOOP("cd::Labels", "Professional services")},
    {"REAL_ESTATE", QT_TRANSLATE_NOOP("cd::Labels", "Real estate")},
    {"RETAIL", QT_TRANSLATE_NOOP("cd::Labels", "Retail")},
    {"TECHNOLOGY", QT_TRANSLATE_NOOP("cd::Labels", "Technology")},
    {"TRANSPORTATION", QT_TRANSLATE_NOOP("cd::Labels", "Transportation")},
};

const Entry kRelationships[] = {
    {"BASIC_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "Basic account")},
    {"SMALL_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "Small account")},
    {"MEDIUM_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "Medium account")},
    {"LARGE_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "Large account")},
    {"KEY_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "Key account")},
};

const Entry kRelationshipHints[] = {
    {"BASIC_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "No business history with the messaging provider yet")},
    {"SMALL_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "Some history; a small business or a low message volume")},
    {"MEDIUM_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "Established; a regional business or a moderate volume")},
    {"LARGE_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "A large business with a dedicated contact")},
    {"KEY_ACCOUNT", QT_TRANSLATE_NOOP("cd::Labels", "A strategic, well-known customer of the provider")},
};

const Entry kIdentityStatuses[] = {
    {"SELF_DECLARED", QT_TRANSLATE_NOOP("cd::Labels", "Self-declared")},
    {"UNVERIFIED", QT_TRANSLATE_NOOP("cd::Labels", "Unverified")},
    {"VERIFIED", QT_TRANSLATE_NOOP("cd::Labels", "Verified")},
    {"VETTED_VERIFIED", QT_TRANSLATE_NOOP("cd::Labels", "Vetted and verified")},
};

const Entry kBillingModels[] = {
    {"profile", QT_TRANSLATE_NOOP("cd::Labels", "Paid by the profile")},
    {"organization", QT_TRANSLATE_NOOP("cd::Labels", "Paid by the organization")},
    {"profile_and_organization", QT_TRANSLATE_NOOP("cd::Labels", "Paid by the profile and the organization")},
};

const Entry kCampaignTypes[] = {
    {"App", QT_TRANSLATE_NOOP("cd::Labels", "App")},
    {"KYC", QT_TRANSLATE_NOOP("cd::Labels", "KYC")},
};

const Entry kCampaignTypeHints[] = {
    {"App", QT_TRANSLATE_NOOP("cd::Labels", "Messages sent by software, such as an app or a website, on the brand's "
                                            "behalf. The usual choice.")},
    {"KYC", QT_TRANSLATE_NOOP("cd::Labels", "A campaign registered through a know-your-customer form, for a brand "
                                            "whose identity was checked from documents.")},
};
// clang-format on

} // namespace

QString Labels::useCase(const QString &wire)
{
    return lookUp(kUseCases, wire);
}

QString Labels::useCaseHint(const QString &wire)
{
    return hint(kUseCaseHints, wire);
}

QStringList Labels::useCases(const QStringList &wire)
{
    QStringList labels;
    labels.reserve(wire.size());
    for (const QString &w : wire)
        labels.append(useCase(w));
    return labels;
}

QString Labels::entityType(const QString &wire)
{
    return lookUp(kEntityTypes, wire);
}

QString Labels::vertical(const QString &wire)
{
    return lookUp(kVerticals, wire);
}

QString Labels::relationship(const QString &wire)
{
    return lookUp(kRelationships, wire);
}

QString Labels::relationshipHint(const QString &wire)
{
    return hint(kRelationshipHints, wire);
}

QString Labels::identityStatus(const QString &wire)
{
    if (wire.isEmpty() || wire == QLatin1String("-"))
        return tr("Not vetted yet");
    return lookUp(kIdentityStatuses, wire);
}

QString Labels::billingModel(const QString &wire)
{
    return lookUp(kBillingModels, wire);
}

QString Labels::campaignType(const QString &wire)
{
    return lookUp(kCampaignTypes, wire);
}

QString Labels::campaignTypeHint(const QString &wire)
{
    return hint(kCampaignTypeHints, wire);
}

QString Labels::withWire(const QString &label, const QString &wire)
{
    if (wire.isEmpty() || label == wire)
        return label;
    return tr("%1 (sent.dm: %2)").arg(label, wire);
}

} // namespace cd
