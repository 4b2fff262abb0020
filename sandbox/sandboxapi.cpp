#include "sandboxapi.h"

#include "completionrules.h"
#include "registrysimulator.h"
#include "requestvalidation.h"
#include "sandboxclock.h"
#include "sandboxjson.h"
#include "sandboxstate.h"

#include <QJsonArray>

#include <limits>

namespace cd::sandbox {

namespace {
const QString kAdmin = QStringLiteral("admin");
const QString kDeveloper = QStringLiteral("developer");

bool isSettled(const QString &status)
{
    return status.compare(QLatin1String("approved"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("completed"), Qt::CaseInsensitive) == 0;
}

bool isUnderReview(const QString &status)
{
    return status.compare(QLatin1String("submitted"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("pending_review"), Qt::CaseInsensitive) == 0;
}

ApiReply permissionDenied(const QString &why)
{
    return ApiReply::fail(QStringLiteral("AUTH_004"), why);
}

QJsonObject settings(const Profile &p)
{
    return QJsonObject{
        {QStringLiteral("allow_contact_sharing"), p.allowContactSharing},
        {QStringLiteral("allow_template_sharing"), p.allowTemplateSharing},
        {QStringLiteral("inherit_contacts"), p.inheritContacts},
        {QStringLiteral("inherit_templates"), p.inheritTemplates},
        {QStringLiteral("inherit_tcr_brand"), p.inheritTcrBrand},
        {QStringLiteral("inherit_tcr_campaign"), p.inheritTcrCampaign},
        {QStringLiteral("billing_model"), p.billingModel},
    };
}

QJsonObject channels(const QString &sms, const QString &whatsapp, const QString &businessName)
{
    return QJsonObject{
        {QStringLiteral("sms"),
         QJsonObject{{QStringLiteral("configured"), !sms.isEmpty()},
                     {QStringLiteral("phone_number"), json::nullable(sms)}}},
        {QStringLiteral("whatsapp"),
         QJsonObject{{QStringLiteral("configured"), !whatsapp.isEmpty()},
                     {QStringLiteral("phone_number"), json::nullable(whatsapp)},
                     {QStringLiteral("business_name"), whatsapp.isEmpty() ? QJsonValue() : QJsonValue(businessName)}}},
        {QStringLiteral("rcs"),
         QJsonObject{{QStringLiteral("configured"), false}, {QStringLiteral("phone_number"), QJsonValue()}}},
    };
}

// Illustrative registry fees: the one-time vetting fee by volume tier (sent-api.md §2.10 `volume`).
double estimatedCost(const Campaign &c)
{
    bool ok = false;
    const qint64 volume = c.volume.toLongLong(&ok);
    return ok && volume < 2000 ? 4.0 : 15.0;
}
} // namespace

ApiReply ApiReply::ok(const QJsonValue &data, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.data = data;
    return reply;
}

ApiReply ApiReply::fail(const ApiFailure &failure)
{
    ApiReply reply;
    reply.status = failure.httpStatus;
    reply.failure = failure;
    return reply;
}

ApiReply ApiReply::fail(const QString &code, const QString &message)
{
    return fail(ApiFailure::make(code, message));
}

SandboxApi::SandboxApi(SandboxState &state, const SandboxClock &clock, RegistrySimulator &registry,
                       const SandboxOptions &options)
    : m_state(state)
    , m_clock(clock)
    , m_registry(registry)
    , m_options(options)
{
}

ApiReply SandboxApi::handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                            const QJsonObject &body, const Caller &caller)
{
    const qsizetype n = segments.size();
    auto notAllowed = [&method]() {
        ApiFailure failure;
        failure.httpStatus = 405;
        failure.code = QStringLiteral("METHOD_NOT_ALLOWED");
        failure.message = QStringLiteral("%1 is not supported on this path.").arg(QString::fromLatin1(method));
        return ApiReply::fail(failure);
    };
    if (n == 2 && segments[1] == QLatin1String("me"))
        return method == "GET" ? me(caller) : notAllowed();
    if (n >= 2 && segments[1] == QLatin1String("profiles")) {
        if (n == 2) {
            if (method == "GET")
                return listProfiles(query, caller);
            if (method == "POST")
                return createProfile(body, caller);
            return notAllowed();
        }
        Profile *profile = nullptr;
        if (auto failure = resolveProfile(segments[2], caller, &profile))
            return *failure;
        if (n == 3) {
            if (method == "GET")
                return getProfile(*profile);
            if (method == "PATCH")
                return updateProfile(*profile, body, caller);
            if (method == "DELETE")
                return deleteProfile(*profile, body, caller);
            return notAllowed();
        }
        if (n == 4 && segments[3] == QLatin1String("complete"))
            return method == "POST" ? completeProfile(*profile, body, caller) : notAllowed();
        if (n == 4 && segments[3] == QLatin1String("campaigns")) {
            if (method == "GET")
                return listCampaigns(*profile);
            if (method == "POST")
                return createCampaign(*profile, body, caller);
            return notAllowed();
        }
        if (n == 5 && segments[3] == QLatin1String("campaigns")) {
            if (!validation::isGuid(segments[4]))
                return ApiReply::fail(QStringLiteral("VALIDATION_003"));
            if (method == "PUT")
                return updateCampaign(*profile, segments[4], body, caller);
            if (method == "DELETE")
                return deleteCampaign(*profile, segments[4], body, caller);
            return notAllowed();
        }
    }
    ApiFailure failure;
    failure.httpStatus = 404;
    failure.code = QStringLiteral("ROUTE_NOT_FOUND");
    failure.message = QStringLiteral("There is no endpoint at /%1.").arg(segments.join(QLatin1Char('/')));
    return ApiReply::fail(failure);
}

std::optional<ApiReply> SandboxApi::resolveProfile(const QString &id, const Caller &caller, Profile **out)
{
    if (!validation::isGuid(id))
        return ApiReply::fail(QStringLiteral("VALIDATION_003"));
    Profile *profile = m_state.profile(id);
    const bool visible = profile && (caller.isOrganization() || caller.profileId.compare(id, Qt::CaseInsensitive) == 0);
    if (!visible)
        return ApiReply::fail(QStringLiteral("RESOURCE_004"), QStringLiteral("Profile not found"));
    *out = profile;
    return std::nullopt;
}

std::optional<ApiReply> SandboxApi::resolveOwnCampaign(Profile &profile, const QString &campaignId, qsizetype *index)
{
    for (qsizetype i = 0; i < profile.campaigns.size(); ++i) {
        if (profile.campaigns[i].id.compare(campaignId, Qt::CaseInsensitive) == 0) {
            *index = i;
            return std::nullopt;
        }
    }
    if (profile.inheritTcrCampaign) {
        for (const auto &c : std::as_const(m_state.organization().campaigns)) {
            if (c.id.compare(campaignId, Qt::CaseInsensitive) == 0) {
                FieldErrors errors;
                errors.add(QStringLiteral("campaignId"), QStringLiteral("VALIDATION_001"),
                           QStringLiteral("This campaign is inherited from the organization and is read-only for the "
                                          "profile. Turn off inherit_tcr_campaign to manage campaigns of its own."));
                return ApiReply::fail(
                    ApiFailure::validation(errors, QStringLiteral("Inherited campaigns are read-only")));
            }
        }
    }
    return ApiReply::fail(QStringLiteral("RESOURCE_004"), QStringLiteral("Campaign not found for this profile"));
}

QJsonObject SandboxApi::meProfileEntry(const Profile &p, const QString &role) const
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("icon"), json::nullable(p.icon)},
        {QStringLiteral("description"), json::nullable(p.description)},
        {QStringLiteral("short_name"), json::nullable(p.shortName)},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("created_at"), json::timestamp(p.createdAt)},
        {QStringLiteral("role"), role},
        {QStringLiteral("settings"), settings(p)},
    };
}

ApiReply SandboxApi::me(const Caller &caller)
{
    const Organization &org = m_state.organization();
    if (caller.isOrganization()) {
        QJsonArray profiles;
        for (const auto &p : m_state.profiles()) {
            if (!p.deleted)
                profiles.append(meProfileEntry(p, caller.key.role));
        }
        return ApiReply::ok(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("organization")},
            {QStringLiteral("id"), org.id},
            {QStringLiteral("name"), org.name},
            {QStringLiteral("email"), json::nullable(org.email)},
            {QStringLiteral("icon"), json::nullable(org.icon)},
            {QStringLiteral("description"), json::nullable(org.description)},
            {QStringLiteral("created_at"), json::timestamp(org.createdAt)},
            {QStringLiteral("organization_id"), QJsonValue()},
            {QStringLiteral("short_name"), QJsonValue()},
            {QStringLiteral("status"), QJsonValue()},
            {QStringLiteral("settings"), QJsonValue()},
            {QStringLiteral("channels"), channels(org.sendingPhoneNumber, org.whatsappPhoneNumber, org.name)},
            {QStringLiteral("profiles"), profiles},
            {QStringLiteral("sending_phone_number"), json::nullable(org.sendingPhoneNumber)},
            {QStringLiteral("sending_phone_number_profile_id"), QJsonValue()},
        });
    }
    const Profile *p = m_state.profile(caller.profileId);
    if (!p)
        return ApiReply::fail(QStringLiteral("AUTH_002"));
    return ApiReply::ok(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("profile")},
        {QStringLiteral("id"), p->id},
        {QStringLiteral("name"), p->name},
        {QStringLiteral("email"), json::nullable(org.email)},
        {QStringLiteral("icon"), json::nullable(p->icon)},
        {QStringLiteral("description"), json::nullable(p->description)},
        {QStringLiteral("created_at"), json::timestamp(p->createdAt)},
        {QStringLiteral("organization_id"), org.id},
        {QStringLiteral("short_name"), json::nullable(p->shortName)},
        {QStringLiteral("status"), p->status},
        {QStringLiteral("settings"), settings(*p)},
        {QStringLiteral("channels"), channels(p->sendingPhoneNumber, p->whatsappPhoneNumber, p->name)},
        {QStringLiteral("profiles"), QJsonArray()},
        {QStringLiteral("sending_phone_number"), json::nullable(p->sendingPhoneNumber)},
        {QStringLiteral("sending_phone_number_profile_id"), QJsonValue()},
    });
}

ApiReply SandboxApi::listProfiles(const QUrlQuery &query, const Caller &caller)
{
    if (!caller.isOrganization())
        return permissionDenied(QStringLiteral("Listing profiles needs an organization API key without x-profile-id."));
    QList<const Profile *> live;
    for (const auto &p : m_state.profiles())
        if (!p.deleted)
            live.append(&p);
    if (m_options.pageSize == 0) { // the first generation: the whole list, no pagination
        QJsonArray profiles;
        for (const Profile *p : std::as_const(live))
            profiles.append(json::profile(*p, m_state.organization()));
        return ApiReply::ok(QJsonObject{{QStringLiteral("profiles"), profiles}});
    }
    // page (1-based) and page_size (1–100), as the successor list takes them; absent: page 1 of the default size.
    FieldErrors errors;
    const auto number = [&](const QString &name, int fallback, int low, int high) {
        if (!query.hasQueryItem(name))
            return fallback;
        bool ok = false;
        const int value = query.queryItemValue(name).toInt(&ok);
        if (!ok || value < low || value > high) {
            errors.add(name, QStringLiteral("VALIDATION_005"),
                       QStringLiteral("Must be a whole number from %1 to %2.").arg(low).arg(high));
            return fallback;
        }
        return value;
    };
    int page = number(QStringLiteral("page"), 1, 1, std::numeric_limits<int>::max());
    // The client's page size, up to the server's own (--page-size): a server may serve less than is asked.
    const int pageSize = std::min(number(QStringLiteral("page_size"), m_options.pageSize, 1, 100), m_options.pageSize);
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(errors));
    if (m_options.ignorePage)
        page = 1; // a broken server, for the tests: the first page whatever is asked
    const qsizetype total = live.size();
    const int totalPages = int((total + pageSize - 1) / pageSize);
    QJsonArray profiles;
    // A page past the end is empty, and says there is no more.
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < std::min<qsizetype>(total, qsizetype(page) * pageSize); ++i)
        profiles.append(json::profile(*live[i], m_state.organization()));
    const QJsonObject pagination{
        {QStringLiteral("page"), page},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("total_count"), int(total)},
        {QStringLiteral("total_pages"), totalPages},
        {QStringLiteral("has_more"), page < totalPages},
        {QStringLiteral("cursors"),
         QJsonObject{{QStringLiteral("before"), QJsonValue()}, {QStringLiteral("after"), QJsonValue()}}}};
    return ApiReply::ok(
        QJsonObject{{QStringLiteral("profiles"), profiles}, {QStringLiteral("pagination"), pagination}});
}

ApiReply SandboxApi::createProfile(const QJsonObject &body, const Caller &caller)
{
    if (!caller.isOrganization())
        return permissionDenied(QStringLiteral("Creating profiles needs an organization API key."));
    if (caller.key.role != kAdmin)
        return permissionDenied(QStringLiteral("Creating profiles requires the admin role in the organization."));
    FieldErrors errors;
    const bool sandbox = validation::sandboxFlag(body, errors);
    const QDateTime now = m_clock.now();
    Profile p;
    p.id = SandboxState::newId();
    p.status = QStringLiteral("incomplete");
    p.createdAt = now;
    validation::applyProfile(body, validation::ProfileRequest::Create, p, errors);
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(errors));
    if (p.ownBrand) {
        p.ownBrand->id = SandboxState::newId();
        p.ownBrand->createdAt = now;
    }
    if (p.wabaId.isNull())
        p.wabaId = m_state.organization().wabaId;
    ApiReply reply = ApiReply::ok(json::profile(p, m_state.organization()), 201);
    reply.mutation = true;
    reply.sandbox = sandbox;
    if (!sandbox) {
        m_state.saveProfile(m_state.addProfile(std::move(p)));
    }
    return reply;
}

ApiReply SandboxApi::getProfile(Profile &profile)
{
    return ApiReply::ok(json::profile(profile, m_state.organization()));
}

ApiReply SandboxApi::updateProfile(Profile &profile, const QJsonObject &body, const Caller &caller)
{
    if (caller.key.role != kAdmin)
        return permissionDenied(QStringLiteral("Updating a profile requires the admin role."));
    FieldErrors errors;
    const bool sandbox = validation::sandboxFlag(body, errors);
    Profile updated = profile;
    validation::applyProfile(body, validation::ProfileRequest::Update, updated, errors);
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(errors));
    const QDateTime now = m_clock.now();
    updated.updatedAt = now;
    if (updated.ownBrand && updated.ownBrand->id.isEmpty()) {
        updated.ownBrand->id = SandboxState::newId();
        updated.ownBrand->createdAt = now;
    } else if (body.value(QLatin1String("brand")).isObject() && updated.ownBrand) {
        updated.ownBrand->updatedAt = now;
    }
    ApiReply reply = ApiReply::ok(json::profile(updated, m_state.organization()));
    reply.mutation = true;
    reply.sandbox = sandbox;
    if (!sandbox) {
        profile = updated;
        m_state.saveProfile(profile);
    }
    return reply;
}

ApiReply SandboxApi::deleteProfile(Profile &profile, const QJsonObject &body, const Caller &caller)
{
    if (!caller.isOrganization())
        return permissionDenied(QStringLiteral("Deleting a profile needs an organization API key."));
    if (caller.key.role != kAdmin)
        return permissionDenied(QStringLiteral("Deleting a profile requires the admin role in the organization."));
    FieldErrors errors;
    const bool sandbox = validation::sandboxFlag(body, errors);
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(errors));
    ApiReply reply = ApiReply::ok(QJsonValue(), 204);
    reply.mutation = true;
    reply.sandbox = sandbox;
    if (!sandbox) {
        profile.deleted = true;
        profile.updatedAt = m_clock.now();
        m_state.saveProfile(profile);
    }
    return reply;
}

ApiReply SandboxApi::completeProfile(Profile &profile, const QJsonObject &body, const Caller &caller)
{
    if (caller.key.role != kAdmin)
        return permissionDenied(QStringLiteral("Completing a profile requires the admin role."));
    FieldErrors errors;
    const bool sandbox = validation::sandboxFlag(body, errors);
    const QJsonValue hook = body.value(QLatin1String("webHookUrl"));
    if (!hook.isString() || hook.toString().trimmed().isEmpty())
        errors.add(QStringLiteral("webHookUrl"), QStringLiteral("VALIDATION_004"),
                   QStringLiteral("A webhook URL is required; it is called once when processing finishes."));
    else if (!validation::isHttpUrl(hook.toString()))
        errors.add(QStringLiteral("webHookUrl"), QStringLiteral("VALIDATION_001"),
                   QStringLiteral("Must be a valid HTTP or HTTPS URL."));
    const auto unmet = CompletionRules(m_state).unmetPrerequisites(profile);
    for (auto it = unmet.cbegin(); it != unmet.cend(); ++it) {
        for (const auto &message : it.value())
            errors.add(it.key(), QStringLiteral("VALIDATION_001"), message);
    }
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(
            errors, unmet.isEmpty() ? QString() : QStringLiteral("Profile prerequisites are not met")));

    const auto status = [](const QString &message, const QString &value) {
        return QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("status"), value}};
    };
    if (isSettled(profile.status))
        return ApiReply::ok(status(QStringLiteral("Profile is already complete"), QStringLiteral("completed")));
    if (profile.completionRunning)
        return ApiReply::ok(status(QStringLiteral("Profile completion in progress"), QStringLiteral("in_progress")));
    if (isUnderReview(profile.status))
        return ApiReply::ok(
            status(QStringLiteral("Profile has been submitted and is under review"), QStringLiteral("submitted")));

    // 202 with a body, as the contract says; or 204 with none, as the live API has been seen to answer.
    ApiReply reply = m_options.completeStatus == 204
        ? ApiReply::ok(QJsonValue(), 204)
        : ApiReply::ok(status(QStringLiteral("Profile completion in progress"), QStringLiteral("in_progress")), 202);
    reply.mutation = true;
    reply.sandbox = sandbox;
    if (!sandbox) {
        profile.completionRunning = true;
        m_state.saveProfile(profile);
        m_registry.startCompletion(profile.id, hook.toString());
    }
    return reply;
}

ApiReply SandboxApi::listCampaigns(Profile &profile)
{
    if (!m_state.effectiveBrand(profile))
        return ApiReply::fail(QStringLiteral("RESOURCE_009"));
    QJsonArray list;
    const auto campaigns = m_state.visibleCampaigns(profile);
    for (const auto *c : campaigns)
        list.append(json::campaign(*c));
    return ApiReply::ok(list);
}

ApiReply SandboxApi::createCampaign(Profile &profile, const QJsonObject &body, const Caller &caller)
{
    if (caller.key.role != kAdmin && caller.key.role != kDeveloper)
        return permissionDenied(QStringLiteral("Managing campaigns requires the admin or developer role."));
    FieldErrors errors;
    const bool sandbox = validation::sandboxFlag(body, errors);
    Campaign c;
    validation::applyCampaign(body, c, errors);
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(errors));
    const Brand *brand = m_state.effectiveBrand(profile);
    if (!brand)
        return ApiReply::fail(QStringLiteral("RESOURCE_009"));
    if (profile.inheritTcrCampaign) {
        errors.add(QStringLiteral("campaign"), QStringLiteral("VALIDATION_001"),
                   QStringLiteral("This profile inherits the organization's campaigns (inherit_tcr_campaign is true), "
                                  "which are read-only here. Turn inheritance off to create campaigns of its own."));
        return ApiReply::fail(ApiFailure::validation(errors));
    }
    const QDateTime now = m_clock.now();
    c.id = SandboxState::newId();
    c.customerId = profile.id;
    c.brandId = brand->id;
    c.createdAt = now;
    for (auto &useCase : c.useCases)
        useCase.id = SandboxState::newId();
    if (sandbox)
        c.cost = estimatedCost(c);
    ApiReply reply = ApiReply::ok(json::campaign(c), 201);
    reply.mutation = true;
    reply.sandbox = sandbox;
    if (!sandbox) {
        profile.campaigns.append(c);
        profile.updatedAt = now;
        m_state.saveProfile(profile);
        m_registry.campaignCreated(profile.id, c.id);
    }
    return reply;
}

ApiReply SandboxApi::updateCampaign(Profile &profile, const QString &campaignId, const QJsonObject &body,
                                    const Caller &caller)
{
    if (caller.key.role != kAdmin && caller.key.role != kDeveloper)
        return permissionDenied(QStringLiteral("Managing campaigns requires the admin or developer role."));
    qsizetype index = -1;
    if (auto failure = resolveOwnCampaign(profile, campaignId, &index))
        return *failure;
    FieldErrors errors;
    const bool sandbox = validation::sandboxFlag(body, errors);
    Campaign updated = profile.campaigns[index];
    validation::applyCampaign(body, updated, errors);
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(errors));
    if (updated.submittedToTcr) {
        errors.add(QStringLiteral("campaign"), QStringLiteral("VALIDATION_001"),
                   QStringLiteral("Cannot update campaigns that have already been submitted to TCR."));
        return ApiReply::fail(ApiFailure::validation(errors));
    }
    for (auto &useCase : updated.useCases) {
        if (useCase.id.isEmpty())
            useCase.id = SandboxState::newId();
    }
    updated.updatedAt = m_clock.now();
    ApiReply reply = ApiReply::ok(json::campaign(updated));
    reply.mutation = true;
    reply.sandbox = sandbox;
    if (!sandbox) {
        profile.campaigns[index] = updated;
        m_state.saveProfile(profile);
    }
    return reply;
}

ApiReply SandboxApi::deleteCampaign(Profile &profile, const QString &campaignId, const QJsonObject &body,
                                    const Caller &caller)
{
    if (caller.key.role != kAdmin && caller.key.role != kDeveloper)
        return permissionDenied(QStringLiteral("Managing campaigns requires the admin or developer role."));
    qsizetype index = -1;
    if (auto failure = resolveOwnCampaign(profile, campaignId, &index))
        return *failure;
    FieldErrors errors;
    const bool sandbox = validation::sandboxFlag(body, errors);
    if (!errors.isEmpty())
        return ApiReply::fail(ApiFailure::validation(errors));
    ApiReply reply = ApiReply::ok(QJsonValue(), 204);
    reply.mutation = true;
    reply.sandbox = sandbox;
    if (!sandbox) {
        profile.campaigns.removeAt(index);
        profile.updatedAt = m_clock.now();
        m_state.saveProfile(profile);
    }
    return reply;
}

} // namespace cd::sandbox
