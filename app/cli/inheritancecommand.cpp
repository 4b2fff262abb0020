// inheritance: who uses the organization's brand and campaigns, and the profiles grouped by how they are set up.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"

#include "domain/inheritance.h"
#include "domain/labels.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace cd::cli {

namespace {

// What the command keeps of each profile as it loads: the window's model keeps the same (Inheritance), so both
// count the same way; the records themselves are let go of.
struct Collected
{
    Inheritance inheritance;
    QHash<QString, QString> names;
    QSet<QString> seen;

    void add(const ProfileNode &node)
    {
        if (seen.contains(node.profile.id))
            return;
        seen.insert(node.profile.id);
        names.insert(node.profile.id, node.profile.name);
        inheritance.setProfile(ProfileOverview::of(node.profile));
        if (!node.campaignsLoaded)
            return;
        QList<CampaignOverview> campaigns;
        campaigns.reserve(node.campaigns.size());
        for (const Campaign &c : node.campaigns)
            campaigns.append(CampaignOverview::of(c, node.profile.id));
        inheritance.setCampaigns(node.profile.id, campaigns);
    }

    QJsonArray profilesJson(const QStringList &ids) const
    {
        QJsonArray out;
        for (const QString &id : ids)
            out.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), names.value(id)}});
        return out;
    }

    QString profilesText(const QStringList &ids, const QString &indent) const
    {
        QString out;
        for (const QString &id : ids)
            out += indent + Text::tr("%1 (%2)").arg(names.value(id), id) + QLatin1Char('\n');
        return out;
    }
};

QJsonObject statusJson(const Status &status)
{
    return {{QStringLiteral("status"), status.raw}, {QStringLiteral("status_label"), status.displayText()}};
}

void print(CliContext &context, const Account &account, const Collected &c)
{
    const Inheritance &in = c.inheritance;
    const QList<Inheritance::SharedCampaign> campaigns = in.campaigns();
    const QMap<Setup, QStringList> groups = in.groups();
    if (context.json()) {
        QJsonObject out{{QStringLiteral("account"), account.toJson()}};
        if (in.brandInheritorCount() > 0) {
            QJsonObject brand{{QStringLiteral("used_by"), c.profilesJson(in.brandInheritors())},
                              {QStringLiteral("needs_attention"), in.brandNeedsAttention()}};
            if (const auto &b = in.brand()) {
                const QJsonObject status = statusJson(b->status);
                for (auto it = status.constBegin(); it != status.constEnd(); ++it)
                    brand.insert(it.key(), it.value());
                brand.insert(QStringLiteral("tcr_status"), b->tcrStatus);
                brand.insert(QStringLiteral("identity_status"), b->identityStatus);
                brand.insert(QStringLiteral("tcr_brand_id"), b->tcrBrandId);
            }
            out.insert(QStringLiteral("organization_brand"), brand);
        } else {
            out.insert(QStringLiteral("organization_brand"), QJsonValue::Null);
        }
        QJsonArray shared;
        for (const Inheritance::SharedCampaign &s : campaigns) {
            QJsonObject campaign = statusJson(s.campaign.status);
            campaign.insert(QStringLiteral("id"), s.campaign.id);
            campaign.insert(QStringLiteral("name"), s.campaign.name);
            campaign.insert(QStringLiteral("tcr_campaign_id"), s.campaign.tcrCampaignId);
            campaign.insert(QStringLiteral("tcr_sync_error"), s.campaign.tcrSyncError);
            campaign.insert(QStringLiteral("use_cases"), QJsonArray::fromStringList(s.campaign.useCases));
            campaign.insert(QStringLiteral("needs_attention"), Inheritance::needsAttention(s.campaign));
            campaign.insert(QStringLiteral("used_by"), c.profilesJson(s.inheritors));
            shared.append(campaign);
        }
        out.insert(QStringLiteral("organization_campaigns"), shared);
        QJsonArray groupsJson;
        for (const Setup setup : Inheritance::allSetups())
            groupsJson.append(QJsonObject{{QStringLiteral("setup"), Inheritance::setupKey(setup)},
                                          {QStringLiteral("label"), Inheritance::setupLabel(setup)},
                                          {QStringLiteral("profiles"), c.profilesJson(groups.value(setup))}});
        out.insert(QStringLiteral("groups"), groupsJson);
        out.insert(QStringLiteral("affected_profiles"), int(in.affectedProfiles().size()));
        context.printJson(out);
        return;
    }
    QString text = Text::tr("%1 “%2” (%3)").arg(account.kindLabel(), account.name, account.id) + QStringLiteral("\n\n");
    if (in.brandInheritorCount() > 0) {
        const auto &b = in.brand();
        text += Text::tr("The organization's brand: %1, used by %n profile(s)", nullptr, in.brandInheritorCount())
                    .arg(b ? b->status.displayText() : Text::tr("not reported yet"))
            + QLatin1Char('\n') + c.profilesText(in.brandInheritors(), QStringLiteral("  - "));
    } else {
        text += Text::tr("No profile uses the organization's brand.") + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    if (campaigns.isEmpty())
        text += Text::tr("No profile uses a campaign of the organization's.") + QLatin1Char('\n');
    else
        text += Text::tr("The organization's campaigns:") + QLatin1Char('\n');
    for (const Inheritance::SharedCampaign &s : campaigns) {
        text += QStringLiteral("  ")
            + Text::tr("%1 [%2] (%3), used by %n profile(s)", nullptr, int(s.inheritors.size()))
                  .arg(s.campaign.name, s.campaign.status.displayText(), s.campaign.id)
            + QLatin1Char('\n');
        if (!s.campaign.tcrSyncError.isEmpty())
            text +=
                QStringLiteral("    ") + Text::tr("sync error: %1").arg(s.campaign.tcrSyncError) + QLatin1Char('\n');
        text += c.profilesText(s.inheritors, QStringLiteral("    - "));
    }
    text += QLatin1Char('\n') + Text::tr("Profiles by setup:") + QLatin1Char('\n');
    for (const Setup setup : Inheritance::allSetups()) {
        const QStringList ids = groups.value(setup);
        text += QStringLiteral("  ") + Text::tr("%1: %2").arg(Inheritance::setupLabel(setup)).arg(ids.size())
            + QLatin1Char('\n') + c.profilesText(ids, QStringLiteral("    - "));
    }
    if (const qsizetype affected = in.affectedProfiles().size(); affected > 0)
        text += QLatin1Char('\n')
            + Text::tr("%n profile(s) inherit a brand or campaign that was rejected, suspended or did not reach the "
                       "registry.",
                       nullptr, int(affected))
            + QLatin1Char('\n');
    context.print(text.chopped(1));
}

} // namespace

void runInheritance(CliContext &context)
{
    context.withSession(CliContext::Use::Load, [&context](OrganizationSession *session) {
        OrganizationLoader *loader = session->loader();
        QObject::connect(loader, &OrganizationLoader::progress, &context, [&context, loader](int done, int total) {
            if (!loader->isListing())
                context.progress(Text::tr("Loading campaigns:"), done, total);
        });
        auto collected = std::make_shared<Collected>();
        QObject::connect(loader, &OrganizationLoader::profileComplete, &context,
                         [collected](const ProfileNode &node, bool) { collected->add(node); });
        QObject::connect(session, &OrganizationSession::loaded, &context, [&context, loader, collected] {
            for (const ProfileNode &node : loader->tree().profiles) // those not handed out yet
                collected->add(node);
            print(context, loader->tree().account, *collected);
            if (!loader->listNote().isEmpty()) {
                context.note(Text::tr("Note: %1").arg(loader->listNote()));
                return context.finish(ExitServer);
            }
            for (const ProfileNode &node : loader->tree().profiles)
                if (node.campaignsError)
                    return context.finish(CliContext::exitCodeFor(*node.campaignsError));
            context.finish();
        });
        loader->setHandOut(true);
    });
}

} // namespace cd::cli
