#include "sandboxseed.h"

#include "sandboxstate.h"

#include <QUuid>

namespace cd::sandbox::seed {

namespace {

const QUuid kNamespace(QStringLiteral("{6f1c2b9e-3a4d-5e6f-8a9b-0c1d2e3f4a5b}"));

QString idFor(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

struct UseCaseTemplate
{
    const char *useCase;
    const char *samples[2];
};

// %1 is the brand name.
constexpr UseCaseTemplate kTemplates[] = {
    {"ACCOUNT_NOTIFICATION",
     {"%1: Hi {name}, your appointment is confirmed for {date} at {time}. Reply STOP to opt out.",
      "%1: Your account statement is ready. View it at {url}. Reply HELP for help, STOP to opt out."}},
    {"MARKETING",
     {"%1: This weekend only, 20% off everything in store with code SAVE20. Reply STOP to unsubscribe.",
      "%1: New arrivals are in! Shop now at {url}. Msg & data rates may apply. Reply STOP to opt out."}},
    {"CUSTOMER_CARE",
     {"%1: Thanks for contacting support, {name}. Your ticket #{ticket} is open. Reply STOP to opt out.",
      "%1: Your support ticket #{ticket} was resolved. Reply HELP for help or STOP to opt out."}},
    {"DELIVERY_NOTIFICATION",
     {"%1: Your order #{order_id} has shipped. Track it at {url}. Reply STOP to opt out.",
      "%1: Your package will arrive today between {start} and {end}. Reply STOP to opt out."}},
    {"TWO_FA",
     {"%1: Your verification code is {code}. It expires in 10 minutes. Do not share it.",
      "%1: Use {code} to sign in. If you did not request this, ignore this message."}},
    {"FRAUD_ALERT",
     {"%1: Did you make a purchase of {amount} at {merchant}? Reply YES or NO. Reply STOP to opt out.",
      "%1: We blocked a suspicious sign-in to your account. Call {phone} if this was not you."}},
};

struct DemoProfile
{
    const char *name;
    const char *shortName;
    const char *vertical;
    int scenario;
};

constexpr DemoProfile kDemo[] = {
    {"Acme Dental Care", "AcmeDental", "HEALTHCARE", 0},
    {"Blue Harbor Realty", "BlueHarbor", "REAL_ESTATE", 1},
    {"Cedar Grove Clinic", "CedarGrove", "HEALTHCARE", 2},
    {"Driftwood Coffee", "Driftwood", "RETAIL", 3},
    {"Evergreen Insurance", "Evergreen", "INSURANCE", 4},
    {"Foxglove Florist", "Foxglove", "RETAIL", 5},
    {"Granite Credit Union", "GraniteCU", "FINANCIAL", 6},
    {"Harbor Freight Lines", "HarborFL", "TRANSPORTATION", 7},
    {"Ironwood Fitness", "Ironwood", "ENTERTAINMENT", 8},
    {"Juniper Learning", "Juniper", "EDUCATION", 9},
    {"Kestrel Legal", "Kestrel", "LEGAL", 0},
    {"Lakeside Pharmacy", "Lakeside", "HEALTHCARE", 1},
    {"Maple Street Bakery", "MapleBake", "RETAIL", 2},
    {"Northstar Energy", "Northstar", "ENERGY", 3},
    {"Oakline Construction", "Oakline", "CONSTRUCTION", 4},
    {"Pinecrest Hotels", "Pinecrest", "HOSPITALITY", 5},
    {"Quarry Tech", "QuarryTech", "TECHNOLOGY", 6},
    {"Riverbend Vets", "Riverbend", "HEALTHCARE", 7},
    {"Summit Staffing", "Summit", "HUMAN_RESOURCES", 8},
    {"Tidewater Telecom", "Tidewater", "COMMUNICATION", 9},
    {"Upland Farms", "UplandFarm", "AGRICULTURE", 0},
    {"Vantage Motors", "Vantage", "RETAIL", 1},
    {"Willow Spa", "WillowSpa", "HOSPITALITY", 2},
    {"Xenon Labs", "XenonLabs", "TECHNOLOGY", 3},
    {"Yellowfin Seafood", "Yellowfin", "RETAIL", 4},
    {"Zephyr Travel", "Zephyr", "TRANSPORTATION", 5},
    {"Aspen Tutoring", "Aspen", "EDUCATION", 6},
    {"Birch Accounting", "Birch", "PROFESSIONAL", 7},
    {"Copper Kettle Diner", "CopperKtl", "HOSPITALITY", 8},
    {"Delta Couriers", "DeltaCour", "POSTAL", 9},
    {"Elm Street Dentists", "ElmDental", "HEALTHCARE", 0},
    {"Fairview Apartments", "Fairview", "REAL_ESTATE", 1},
    {"Golden Gate Gym", "GoldenGym", "ENTERTAINMENT", 2},
    {"Hillside Hardware", "Hillside", "RETAIL", 3},
    {"Indigo Insurance", "Indigo", "INSURANCE", 4},
    {"Jasper Jewelers", "Jasper", "RETAIL", 5},
    {"Keystone Bank", "Keystone", "FINANCIAL", 6},
    {"Lighthouse Charity", "Lighthouse", "NGO", 7},
    {"Meadow Pet Supply", "MeadowPet", "RETAIL", 8},
    {"Nimbus Cloud", "Nimbus", "TECHNOLOGY", 9},
};

Brand makeBrand(const QString &seedName, const QString &businessName, const QString &vertical, const QDateTime &created,
                bool submitted, bool complete)
{
    Brand b;
    b.id = idFor(seedName + QStringLiteral("/brand"));
    const QString domain = QString(businessName).remove(QLatin1Char(' ')).toLower() + QStringLiteral(".example");
    b.contactName = QStringLiteral("Jordan Lee");
    b.contactBusinessName = businessName;
    b.contactEmail = QStringLiteral("compliance@") + domain;
    b.contactPhone = QStringLiteral("+14155550100");
    b.contactPhoneCountryCode = QStringLiteral("1");
    b.contactRole = QStringLiteral("Compliance Manager");
    b.hasBusiness = true;
    b.legalName = complete ? businessName + QStringLiteral(" LLC") : QString();
    b.entityType = QStringLiteral("PRIVATE_PROFIT");
    b.taxId = complete ? QStringLiteral("12-3456789") : QString();
    b.taxIdType = QStringLiteral("us_ein");
    b.url = QStringLiteral("https://") + domain;
    b.street = QStringLiteral("100 Market Street");
    b.city = QStringLiteral("San Francisco");
    b.state = QStringLiteral("CA");
    b.postalCode = QStringLiteral("94105");
    b.country = QStringLiteral("US");
    b.countryOfRegistration = QStringLiteral("US");
    b.brandRelationship = QStringLiteral("SMALL_ACCOUNT");
    b.vertical = vertical;
    b.destinationCountries = {{QStringLiteral("US"), true}};
    b.isTcrApplication = true;
    b.phoneNumberPrefix = QStringLiteral("+1");
    b.createdAt = created;
    if (submitted) {
        b.submittedToTcr = true;
        b.submittedAt = created.addDays(1);
        b.tcrBrandId = QStringLiteral("B") + b.id.left(6).toUpper();
    }
    return b;
}

Campaign makeCampaign(const QString &seedName, const QString &owner, const Brand &brand, const QString &brandName,
                      int templateIndex, const QDateTime &created)
{
    const auto &t = kTemplates[templateIndex % int(std::size(kTemplates))];
    Campaign c;
    c.id = idFor(seedName);
    c.customerId = owner;
    c.brandId = brand.id;
    const QString useCase = QString::fromLatin1(t.useCase);
    c.name = brandName + QLatin1Char(' ')
        + QString(useCase).replace(QLatin1Char('_'), QLatin1Char(' ')).toLower().replace(0, 1, useCase.left(1));
    c.description = QStringLiteral("%1 messages from %2 to customers who opted in on the website or in store.")
                        .arg(useCase.toLower().replace(QLatin1Char('_'), QLatin1Char(' ')), brandName);
    c.type = QStringLiteral("App");
    UseCase uc;
    uc.id = idFor(seedName + QStringLiteral("/uc"));
    uc.messagingUseCaseUs = useCase;
    for (const char *sample : t.samples)
        uc.sampleMessages.append(QString::fromUtf8(sample).arg(brandName));
    c.useCases = {uc};
    c.messageFlow = QStringLiteral("Customers opt in by ticking an unchecked SMS consent box at checkout on %1; "
                                   "the box names the brand, message frequency and STOP/HELP.")
                        .arg(brand.url.isEmpty() ? QStringLiteral("our website") : brand.url);
    c.privacyPolicyLink = brand.url.isEmpty() ? QString() : brand.url + QStringLiteral("/privacy");
    c.termsAndConditionsLink = brand.url.isEmpty() ? QString() : brand.url + QStringLiteral("/terms");
    c.optinMessage = brandName
        + QStringLiteral(": You are subscribed. Msg frequency varies. Msg & data rates may apply. "
                         "Reply HELP for help, STOP to cancel.");
    c.optoutMessage = brandName + QStringLiteral(": You are unsubscribed and will receive no more messages.");
    c.helpMessage = brandName + QStringLiteral(": For help email support@example.com. Reply STOP to cancel.");
    c.optinKeywords = QStringLiteral("START, YES, SUBSCRIBE");
    c.optoutKeywords = QStringLiteral("STOP, UNSUBSCRIBE, END, QUIT, CANCEL");
    c.helpKeywords = QStringLiteral("HELP, INFO");
    c.volume = QStringLiteral("5000");
    c.createdAt = created;
    return c;
}

void markActive(Campaign &c)
{
    c.submittedToTcr = true;
    c.submittedAt = c.createdAt.addDays(1);
    c.status = QStringLiteral("ACTIVE");
    c.tcrCampaignId = QStringLiteral("C") + c.id.left(6).toUpper();
    c.dcaElectionsComplete = true;
    c.dcaElectionsCompletedAt = c.createdAt.addDays(3);
    c.hasSubmissionTransaction = true;
    c.billedDate = c.submittedAt;
    c.cost = 15.0;
}

void markInReview(Campaign &c, const QDateTime &now)
{
    c.submittedToTcr = true;
    c.submittedAt = now.addSecs(-3600);
    c.status = QStringLiteral("SENT_CREATED");
    c.hasSubmissionTransaction = true;
    c.billedDate = c.submittedAt;
    c.cost = 15.0;
}

void markSyncError(Campaign &c)
{
    c.submittedToTcr = true;
    c.submittedAt = c.createdAt.addDays(1);
    c.status = QStringLiteral("SENT_CREATED");
    c.tcrSyncError = QStringLiteral("SAMPLE_MESSAGE: sample messages do not name the brand or show how to opt out.");
    c.hasSubmissionTransaction = true;
}

void seedOrganization(SandboxState &state, const QString &name, const QDateTime &now, bool withBrand)
{
    Organization &org = state.organization();
    org.id = idFor(QStringLiteral("org/") + name);
    org.name = name;
    org.email = QStringLiteral("compliance@northwind.example");
    org.description = QStringLiteral("Parent organization of the demo senders");
    org.createdAt = now.addDays(-400);
    org.wabaId = QStringLiteral("104982736451928");
    org.sendingPhoneNumber = QStringLiteral("+14155550123");
    org.whatsappPhoneNumber = QStringLiteral("+14155550124");
    if (!withBrand)
        return;
    Brand brand =
        makeBrand(QStringLiteral("org/") + name, name, QStringLiteral("PROFESSIONAL"), org.createdAt, true, true);
    brand.status = QStringLiteral("ACTIVE");
    brand.identityStatus = QStringLiteral("VETTED_VERIFIED");
    org.brand = brand;
    for (int i = 0; i < 2; ++i) {
        Campaign c = makeCampaign(QStringLiteral("org/%1/campaign/%2").arg(name).arg(i), org.id, brand, name, i,
                                  org.createdAt.addDays(2));
        markActive(c);
        org.campaigns.append(c);
    }
}

Profile baseProfile(const QString &seedName, const QString &name, const QString &shortName, const QDateTime &created)
{
    Profile p;
    p.id = idFor(seedName);
    p.name = name;
    p.shortName = shortName;
    p.description = QStringLiteral("Sender profile for %1").arg(name);
    p.createdAt = created;
    p.updatedAt = created.addDays(2);
    p.billingModel = QStringLiteral("profile");
    p.billingContact =
        BillingContact{QStringLiteral("Accounts Payable"), QStringLiteral("billing@example.com"),
                       QStringLiteral("+14155550199"), QStringLiteral("100 Market Street, San Francisco, CA")};
    p.wabaId = QStringLiteral("104982736451928");
    p.sendingPhoneNumber = QStringLiteral("+1415555%1").arg(qHash(seedName) % 10000, 4, 10, QLatin1Char('0'));
    return p;
}

void seedDemo(SandboxState &state, const QDateTime &now)
{
    seedOrganization(state, QStringLiteral("Northwind Holdings"), now, true);
    int index = 0;
    for (const auto &d : kDemo) {
        const QString name = QString::fromUtf8(d.name);
        const QString seedName = QStringLiteral("demo/") + name;
        const QDateTime created = now.addDays(-300 + index * 7);
        Profile p = baseProfile(seedName, name, QString::fromLatin1(d.shortName), created);
        const QString vertical = QString::fromLatin1(d.vertical);
        auto own = [&](bool submitted, bool complete) {
            p.inheritTcrBrand = false;
            p.ownBrand = makeBrand(seedName, name, vertical, created, submitted, complete);
        };
        auto campaign = [&](int n) {
            p.inheritTcrCampaign = false;
            Campaign c = makeCampaign(seedName + QStringLiteral("/campaign/%1").arg(n), p.id, *p.ownBrand, name,
                                      index + n, created.addDays(1 + n));
            p.campaigns.append(c);
            return &p.campaigns.last();
        };
        switch (d.scenario) {
        case 0: // fully approved: own brand and active campaigns
            own(true, true);
            p.ownBrand->status = QStringLiteral("ACTIVE");
            p.ownBrand->identityStatus = QStringLiteral("VERIFIED");
            markActive(*campaign(0));
            markActive(*campaign(1));
            p.status = QStringLiteral("approved");
            break;
        case 1: // approved, one campaign rejected by the registry
            own(true, true);
            p.ownBrand->status = QStringLiteral("ACTIVE");
            p.ownBrand->identityStatus = QStringLiteral("VERIFIED");
            markActive(*campaign(0));
            markSyncError(*campaign(1));
            p.status = QStringLiteral("approved");
            break;
        case 2: // submitted, waiting for the registry
            own(true, true);
            markInReview(*campaign(0), now);
            p.status = QStringLiteral("submitted");
            break;
        case 3: // inherits the organization's brand and campaigns
            p.status = QStringLiteral("approved");
            break;
        case 4: // organization's brand, own campaign not yet submitted
            p.inheritTcrCampaign = false;
            p.campaigns.append(makeCampaign(seedName + QStringLiteral("/campaign/0"), p.id, *state.organization().brand,
                                            name, index, created.addDays(1)));
            p.status = QStringLiteral("incomplete");
            break;
        case 5: // no brand at all yet
            p.inheritTcrBrand = false;
            p.inheritTcrCampaign = false;
            p.status = QStringLiteral("incomplete");
            break;
        case 6: // own brand drafted, draft campaign
            own(false, true);
            campaign(0);
            p.status = QStringLiteral("incomplete");
            p.billingModel = QStringLiteral("organization");
            p.billingContact.reset();
            break;
        case 7: // rejected: brand identity could not be verified
            own(true, false);
            p.ownBrand->status = QStringLiteral("INACTIVE");
            p.ownBrand->identityStatus = QStringLiteral("UNVERIFIED");
            markSyncError(*campaign(0));
            p.status = QStringLiteral("rejected");
            break;
        case 8: // pending review, one campaign expired
            own(true, true);
            p.ownBrand->identityStatus = QStringLiteral("SELF_DECLARED");
            markInReview(*campaign(0), now);
            markActive(*campaign(1));
            p.campaigns.last().status = QStringLiteral("EXPIRED");
            p.status = QStringLiteral("pending_review");
            break;
        default: // profile data missing (no short name, no description), inherits everything
            p.shortName = QString();
            p.description = QString();
            p.sendingPhoneNumber = QString();
            p.status = QStringLiteral("incomplete");
            break;
        }
        state.addProfile(std::move(p));
        ++index;
    }
}

void seedLarge(SandboxState &state, const SeedSpec &spec, const QDateTime &now)
{
    seedOrganization(state, QStringLiteral("Large Org"), now, true);
    const QDateTime created = now.addDays(-200);
    for (int i = 0; i < spec.profiles; ++i) {
        const QString number = QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        const QString seedName = QStringLiteral("large/") + number;
        Profile p = baseProfile(seedName, QStringLiteral("Profile ") + number, QStringLiteral("P") + number,
                                created.addSecs(i * 60));
        p.inheritTcrBrand = false;
        p.inheritTcrCampaign = false;
        p.ownBrand = makeBrand(seedName, p.name, QStringLiteral("RETAIL"), p.createdAt, true, true);
        p.ownBrand->status = QStringLiteral("ACTIVE");
        p.ownBrand->identityStatus = QStringLiteral("VERIFIED");
        p.status = QStringLiteral("approved");
        for (int n = 0; n < spec.campaignsPerProfile; ++n) {
            Campaign c = makeCampaign(seedName + QStringLiteral("/campaign/%1").arg(n), p.id, *p.ownBrand, p.name,
                                      i + n, p.createdAt.addDays(1));
            const int kind = (i * spec.campaignsPerProfile + n) % 13;
            if (kind == 7)
                markSyncError(c);
            else if (kind == 11)
                markInReview(c, now);
            else
                markActive(c);
            p.campaigns.append(c);
        }
        state.addProfile(std::move(p));
    }
}

} // namespace

void apply(SandboxState &state, const SeedSpec &spec, const QDateTime &now)
{
    switch (spec.kind) {
    case SeedSpec::Kind::Demo:
        seedDemo(state, now);
        break;
    case SeedSpec::Kind::Empty:
        seedOrganization(state, QStringLiteral("New Organization"), now, false);
        break;
    case SeedSpec::Kind::Large:
        seedLarge(state, spec, now);
        break;
    }
}

} // namespace cd::sandbox::seed
