#include "inheritance.h"

#include <algorithm>

namespace cd {

Setup ProfileSources::setup() const
{
    if (brand == Source::Missing || campaigns == Source::Missing)
        return Setup::Missing;
    if (brand == Source::Organization)
        return campaigns == Source::Organization ? Setup::OrganizationBoth : Setup::OrganizationBrandOwnCampaigns;
    return campaigns == Source::Organization ? Setup::OwnBrandOrganizationCampaigns : Setup::OwnBoth;
}

// ---- Inheritance -----------------------------------------------------------------------------------------------

void Inheritance::setProfile(const ProfileOverview &profile)
{
    auto it = m_profiles.find(profile.id);
    if (it == m_profiles.end()) {
        Entry fresh;
        fresh.order = m_next++;
        it = m_profiles.insert(profile.id, fresh);
    }
    Entry &entry = *it;
    m_brandInheritors += int(profile.inheritTcrBrand) - int(entry.inheritsBrand);
    entry.inheritsBrand = profile.inheritTcrBrand;
    entry.ownBrand = profile.brand && !profile.brand->isInherited;
    if (entry.inheritsCampaigns != profile.inheritTcrCampaign) {
        // The list it had answered to the other setting: known again when it is read again.
        entry.inheritsCampaigns = profile.inheritTcrCampaign;
        dropCampaigns(profile.id, entry);
        entry.campaignsKnown = false;
        entry.ownCampaigns = 0;
    }
    if (profile.brand && profile.brand->isInherited)
        m_brand = *profile.brand;
}

void Inheritance::setCampaigns(const QString &profileId, const QList<CampaignOverview> &campaigns)
{
    const auto it = m_profiles.find(profileId);
    if (it == m_profiles.end())
        return;
    Entry &entry = *it;
    dropCampaigns(profileId, entry);
    entry.campaignsKnown = true;
    entry.ownCampaigns = 0;
    for (const CampaignOverview &c : campaigns) {
        if (!c.inherited) {
            ++entry.ownCampaigns;
            continue;
        }
        Shared &shared = m_campaigns[c.id];
        shared.campaign = c; // the latest word on it
        shared.inheritors.insert(profileId, entry.order);
        entry.inherited.append(c.id);
    }
}

void Inheritance::dropCampaigns(const QString &profileId, Entry &entry)
{
    for (const QString &id : std::as_const(entry.inherited)) {
        const auto shared = m_campaigns.find(id);
        if (shared == m_campaigns.end())
            continue;
        shared->inheritors.remove(profileId);
        if (shared->inheritors.isEmpty())
            m_campaigns.erase(shared);
    }
    entry.inherited.clear();
}

void Inheritance::removeProfile(const QString &profileId)
{
    const auto it = m_profiles.find(profileId);
    if (it == m_profiles.end())
        return;
    dropCampaigns(profileId, *it);
    m_brandInheritors -= int(it->inheritsBrand);
    m_profiles.erase(it);
}

void Inheritance::clear()
{
    m_profiles.clear();
    m_campaigns.clear();
    m_brand.reset();
    m_next = 0;
    m_brandInheritors = 0;
}

namespace {

QStringList inOrder(const QHash<QString, qsizetype> &ids)
{
    QList<std::pair<qsizetype, QString>> ordered;
    ordered.reserve(ids.size());
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end());
    QStringList result;
    result.reserve(ordered.size());
    for (const auto &[order, id] : ordered)
        result.append(id);
    return result;
}

} // namespace

QStringList Inheritance::brandInheritors() const
{
    QHash<QString, qsizetype> ids;
    for (auto it = m_profiles.cbegin(); it != m_profiles.cend(); ++it)
        if (it->inheritsBrand)
            ids.insert(it.key(), it->order);
    return inOrder(ids);
}

QList<Inheritance::SharedCampaign> Inheritance::campaigns() const
{
    QList<SharedCampaign> result;
    result.reserve(m_campaigns.size());
    for (const Shared &shared : m_campaigns)
        result.append({shared.campaign, inOrder(shared.inheritors)});
    std::sort(result.begin(), result.end(), [](const SharedCampaign &a, const SharedCampaign &b) {
        const int order = QString::localeAwareCompare(a.campaign.name, b.campaign.name);
        return order != 0 ? order < 0 : a.campaign.id < b.campaign.id;
    });
    return result;
}

QList<CampaignOverview> Inheritance::campaignOverviews() const
{
    QList<CampaignOverview> result;
    result.reserve(m_campaigns.size());
    for (const Shared &shared : m_campaigns)
        result.append(shared.campaign);
    std::sort(result.begin(), result.end(), [](const CampaignOverview &a, const CampaignOverview &b) {
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return result;
}

int Inheritance::inheritorCount(const QString &campaignId) const
{
    const auto it = m_campaigns.constFind(campaignId);
    return it == m_campaigns.cend() ? 0 : int(it->inheritors.size());
}

std::optional<Inheritance::SharedCampaign> Inheritance::campaign(const QString &campaignId) const
{
    const auto it = m_campaigns.constFind(campaignId);
    if (it == m_campaigns.cend())
        return std::nullopt;
    return SharedCampaign{it->campaign, inOrder(it->inheritors)};
}

ProfileSources Inheritance::sourcesOf(const QString &profileId) const
{
    const auto it = m_profiles.constFind(profileId);
    if (it == m_profiles.cend())
        return {};
    ProfileSources sources;
    sources.brand = it->inheritsBrand ? Source::Organization : (it->ownBrand ? Source::Own : Source::Missing);
    if (it->inheritsCampaigns)
        // A list that came back empty: the organization has none to give.
        sources.campaigns = it->campaignsKnown && it->inherited.isEmpty() ? Source::Missing : Source::Organization;
    else if (it->campaignsKnown && it->ownCampaigns == 0)
        sources.campaigns = Source::Missing;
    else
        sources.campaigns = it->ownBrand || it->inheritsBrand ? Source::Own : Source::Missing;
    return sources;
}

QMap<Setup, QStringList> Inheritance::groups() const
{
    QMap<Setup, QHash<QString, qsizetype>> bySetup;
    for (const Setup setup : allSetups())
        bySetup[setup];
    for (auto it = m_profiles.cbegin(); it != m_profiles.cend(); ++it)
        bySetup[sourcesOf(it.key()).setup()].insert(it.key(), it->order);
    QMap<Setup, QStringList> groups;
    for (auto it = bySetup.cbegin(); it != bySetup.cend(); ++it)
        groups.insert(it.key(), inOrder(it.value()));
    return groups;
}

bool Inheritance::needsAttention(const CampaignOverview &campaign)
{
    return !campaign.tcrSyncError.isEmpty() || campaign.status.category == StatusCategory::Rejected;
}

bool Inheritance::brandNeedsAttention() const
{
    if (!m_brand)
        return false;
    return m_brand->status.category == StatusCategory::Rejected; // a suspended brand too (brandStatus())
}

QSet<QString> Inheritance::affectedProfiles() const
{
    QSet<QString> affected;
    if (brandNeedsAttention())
        for (auto it = m_profiles.cbegin(); it != m_profiles.cend(); ++it)
            if (it->inheritsBrand)
                affected.insert(it.key());
    for (const Shared &shared : m_campaigns)
        if (needsAttention(shared.campaign))
            for (auto it = shared.inheritors.cbegin(); it != shared.inheritors.cend(); ++it)
                affected.insert(it.key());
    return affected;
}

QList<Setup> Inheritance::allSetups()
{
    return {Setup::OrganizationBoth, Setup::OrganizationBrandOwnCampaigns, Setup::OwnBrandOrganizationCampaigns,
            Setup::OwnBoth, Setup::Missing};
}

QString Inheritance::setupLabel(Setup setup)
{
    switch (setup) {
    case Setup::OrganizationBoth:
        return tr("Organization's brand and campaigns");
    case Setup::OrganizationBrandOwnCampaigns:
        return tr("Organization's brand, own campaigns");
    case Setup::OwnBrandOrganizationCampaigns:
        return tr("Own brand, organization's campaigns");
    case Setup::OwnBoth:
        return tr("Own brand and campaigns");
    case Setup::Missing:
        return tr("Missing a brand or campaigns");
    }
    return {};
}

QString Inheritance::setupDescription(Setup setup)
{
    switch (setup) {
    case Setup::OrganizationBoth:
        return tr("They send under the organization's brand and campaigns, and change when those change.");
    case Setup::OrganizationBrandOwnCampaigns:
        return tr("They use the organization's brand and register campaigns of their own.");
    case Setup::OwnBrandOrganizationCampaigns:
        return tr("They have a brand of their own and use the organization's campaigns.");
    case Setup::OwnBoth:
        return tr("They have their own brand and campaigns; nothing of the organization's changes them.");
    case Setup::Missing:
        return tr("They have no brand, or no campaigns, of their own or from the organization: they cannot be "
                  "completed until they do.");
    }
    return {};
}

QString Inheritance::setupKey(Setup setup)
{
    switch (setup) {
    case Setup::OrganizationBoth:
        return QStringLiteral("org_brand_org_campaigns");
    case Setup::OrganizationBrandOwnCampaigns:
        return QStringLiteral("org_brand_own_campaigns");
    case Setup::OwnBrandOrganizationCampaigns:
        return QStringLiteral("own_brand_org_campaigns");
    case Setup::OwnBoth:
        return QStringLiteral("own_brand_own_campaigns");
    case Setup::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QString Inheritance::sourceLabel(Source source)
{
    switch (source) {
    case Source::Own:
        return tr("Own");
    case Source::Organization:
        return tr("Organization's");
    case Source::Missing:
        return tr("Missing");
    }
    return {};
}

// ---- InheritanceSwitch -----------------------------------------------------------------------------------------

namespace {

QString campaignText(const CampaignOverview &c)
{
    return InheritanceSwitch::tr("%1 (%2)").arg(c.name, c.status.displayText());
}

Campaign stub(const CampaignOverview &c, const QString &owner)
{
    Campaign campaign;
    campaign.id = c.id;
    campaign.name = c.name;
    campaign.customerId = owner;
    return campaign;
}

} // namespace

InheritanceSwitch InheritanceSwitch::of(const Profile &profile, const QList<CampaignOverview> &campaigns,
                                        const Inheritance &organization, Target target)
{
    InheritanceSwitch s;
    s.changes = target.inheritBrand != profile.inheritTcrBrand || target.inheritCampaigns != profile.inheritTcrCampaign;

    // The brand it sends under afterwards.
    const std::optional<BrandOverview> &orgBrand = organization.brand();
    const bool ownBrand = profile.brand && !profile.brand->isInherited;
    bool brandApproved = false;
    if (target.inheritBrand) {
        if (orgBrand) {
            s.brandAfter = tr("The organization's brand (%1)").arg(orgBrand->status.displayText());
            brandApproved = orgBrand->status.category == StatusCategory::Approved;
        } else {
            s.brandAfter = tr("The organization's brand (none of its profiles reports one yet)");
        }
    } else if (ownBrand) {
        s.brandAfter = tr("Its own brand (%1)").arg(brandStatus(*profile.brand).displayText());
        brandApproved = brandStatus(*profile.brand).category == StatusCategory::Approved;
    } else {
        s.brandAfter = tr("None: it has no brand of its own yet");
        s.toDo.append(tr("Give it a brand of its own (Edit profile → Brand), then submit it to the registry."));
    }

    // Its campaigns afterwards.
    QList<CampaignOverview> own, inherited;
    for (const CampaignOverview &c : campaigns)
        (c.inherited ? inherited : own).append(c);
    QList<CampaignOverview> after;
    if (target.inheritCampaigns) {
        if (profile.inheritTcrCampaign) {
            after = inherited;
        } else {
            for (const Inheritance::SharedCampaign &shared : organization.campaigns())
                after.append(shared.campaign);
            for (const CampaignOverview &c : std::as_const(own))
                s.campaignsGone.append(campaignText(c));
        }
        if (after.isEmpty())
            s.toDo.append(tr("The organization has no campaigns that its profiles report: create them in sent.dm's "
                             "dashboard, under the organization."));
    } else {
        if (profile.inheritTcrCampaign) {
            // Campaigns of its own are not in the list while it inherits: it starts without any that we know of.
            for (const CampaignOverview &c : std::as_const(inherited))
                s.campaignsGone.append(campaignText(c));
        } else {
            after = own;
        }
        if (after.isEmpty())
            s.toDo.append(tr("Create its own campaigns (Campaign → New campaign), then complete its setup again."));
    }
    bool campaignApproved = false;
    QList<Campaign> listed;
    for (const CampaignOverview &c : std::as_const(after)) {
        s.campaignsAfter.append(campaignText(c));
        campaignApproved = campaignApproved || c.status.category == StatusCategory::Approved;
        listed.append(stub(c, target.inheritCampaigns ? QStringLiteral("organization") : profile.id));
    }

    // The checklist as it will read.
    Profile changed = profile;
    changed.inheritTcrBrand = target.inheritBrand;
    changed.inheritTcrCampaign = target.inheritCampaigns;
    if (target.inheritBrand && !profile.inheritTcrBrand) {
        changed.brand.reset();
        if (orgBrand) {
            Brand brand;
            brand.isInherited = true;
            brand.status = orgBrand->tcrStatus;
            brand.identityStatus = orgBrand->identityStatus;
            changed.brand = brand;
        }
    } else if (!target.inheritBrand && profile.inheritTcrBrand) {
        changed.brand.reset();
    }
    CompletionChecklist::Parent parent;
    parent.hasBrand = orgBrand.has_value();
    parent.hasCampaigns = !organization.campaigns().isEmpty();
    s.checklist = CompletionChecklist::of(changed, listed, parent);

    // Whether it stops sending.
    const bool live = profile.statusInfo().category == StatusCategory::Approved;
    if (s.changes && live && (!brandApproved || !campaignApproved)) {
        s.stopsSending = true;
        s.warning = !campaignApproved
            ? tr("This profile sends messages now. After the switch it would have no approved campaign, so its "
                 "messages would stop until one is approved.")
            : tr("This profile sends messages now. After the switch its brand would not be approved, so its "
                 "messages would stop until it is.");
    }
    return s;
}

QStringList InheritanceSwitch::describe() const
{
    QStringList lines;
    if (!changes) {
        lines.append(tr("Nothing changes: the profile is set up this way already."));
        return lines;
    }
    if (stopsSending)
        lines.append(tr("Warning: %1").arg(warning));
    lines.append(tr("Brand afterwards: %1").arg(brandAfter));
    lines.append(campaignsAfter.isEmpty() ? tr("Campaigns afterwards: none")
                                          : tr("Campaigns afterwards: %1").arg(campaignsAfter.join(u"; ")));
    if (!campaignsGone.isEmpty())
        lines.append(tr("No longer used by it: %1").arg(campaignsGone.join(u"; ")));
    for (const QString &step : toDo)
        lines.append(tr("Then: %1").arg(step));
    for (const CompletionChecklist::Item &item : checklist.items)
        if (item.blocking)
            lines.append((item.met ? tr("✓ %1") : tr("✗ %1")).arg(item.text));
    return lines;
}

} // namespace cd
