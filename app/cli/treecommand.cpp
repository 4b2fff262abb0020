// tree: the whole organization.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"
#include "core/jsonstream.h"
#include "printing.h"

#include "api/sentclient.h"
#include "domain/labels.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"

#include <QCoreApplication>

namespace cd::cli {

namespace {

QString renderTree(const OrganizationTree &tree)
{
    QString out =
        Text::tr("%1 “%2” (%3)").arg(tree.account.kindLabel(), tree.account.name, tree.account.id) + QLatin1Char('\n');
    for (qsizetype i = 0; i < tree.profiles.size(); ++i) {
        const ProfileNode &node = tree.profiles.at(i);
        const bool lastProfile = i + 1 == tree.profiles.size();
        const Profile &p = node.profile;
        out += (lastProfile ? QStringLiteral("└─ ") : QStringLiteral("├─ "))
            + Text::tr("%1 [%2] brand: %3 (%4)").arg(p.name, p.statusInfo().displayText(), brandSummary(p), p.id)
            + QLatin1Char('\n');
        const QString indent = lastProfile ? QStringLiteral("   ") : QStringLiteral("│  ");
        if (node.campaignsError) {
            out += indent + QStringLiteral("└─ ")
                + Text::tr("campaigns could not be loaded: %1").arg(node.campaignsError->userMessage())
                + QLatin1Char('\n');
            continue;
        }
        for (qsizetype j = 0; j < node.campaigns.size(); ++j) {
            const Campaign &c = node.campaigns.at(j);
            out += indent + (j + 1 == node.campaigns.size() ? QStringLiteral("└─ ") : QStringLiteral("├─ "))
                + Text::tr("%1 [%2] %3%4 (%5)")
                      .arg(c.name, c.statusInfo().displayText(),
                           Labels::useCases(c.useCaseNames()).join(QLatin1String(", ")),
                           c.isInheritedBy(p.id) ? Text::tr(", inherited") : QString(), c.id)
                + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

void runTree(CliContext &context)
{
    context.withSession(CliContext::Use::Load, [&context](OrganizationSession *session) {
        OrganizationLoader *loader = session->loader();
        QObject::connect(loader, &OrganizationLoader::profileProgress, &context, [&context](int received, int total) {
            if (total > 1)
                context.progress(Text::tr("Reading profiles:"), received, total);
        });
        QObject::connect(loader, &OrganizationLoader::progress, &context, [&context, loader](int done, int total) {
            if (!loader->isListing())
                context.progress(Text::tr("Loading campaigns:"), done, total);
        });
        QObject::connect(session, &OrganizationSession::loaded, &context, [&context, loader, session] {
            const OrganizationTree &tree = loader->tree();
            const SentClient::Stats stats = session->client()->stats();
            if (context.json()) {
                // Written a profile at a time: the document is never whole in memory.
                JsonStream out(stdout, context.indentJson());
                out.beginObject();
                out.key(u"account");
                out.value(tree.account.toJson());
                out.key(u"profiles");
                out.beginArray();
                for (const ProfileNode &node : tree.profiles)
                    out.value(OrganizationTree::profileJson(node));
                out.endArray();
                out.key(u"client");
                out.value(QJsonObject{{QStringLiteral("requests"), stats.requests},
                                      {QStringLiteral("retries"), stats.retries},
                                      {QStringLiteral("rate_limited"), stats.rateLimited}});
                out.endObject();
            } else {
                context.print(renderTree(tree));
            }
            context.note(Text::tr("%1 profiles, %2 campaigns.").arg(tree.profiles.size()).arg(tree.campaignCount()));
            context.printStats();
            if (!loader->listNote().isEmpty()) {
                context.note(Text::tr("Note: %1").arg(loader->listNote()));
                return context.finish(ExitServer); // a partial result
            }
            const int failed = loader->failedCampaignLists();
            if (failed > 0) {
                context.note(Text::tr("The campaigns of %n profile(s) could not be loaded.", nullptr, failed));
                for (const ProfileNode &node : tree.profiles)
                    if (node.campaignsError)
                        return context.finish(CliContext::exitCodeFor(*node.campaignsError));
            }
            context.finish();
        });
    });
}

} // namespace cd::cli
