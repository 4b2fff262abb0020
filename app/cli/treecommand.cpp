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
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

namespace cd::cli {

namespace {

// A profile and its campaigns as lines of the text tree.
QString renderProfile(const ProfileNode &node, bool lastProfile)
{
    const Profile &p = node.profile;
    QString out = (lastProfile ? QStringLiteral("└─ ") : QStringLiteral("├─ "))
        + Text::tr("%1 [%2] brand: %3 (%4)").arg(p.name, p.statusInfo().displayText(), brandSummary(p), p.id)
        + QLatin1Char('\n');
    const QString indent = lastProfile ? QStringLiteral("   ") : QStringLiteral("│  ");
    if (node.campaignsError)
        return out + indent + QStringLiteral("└─ ")
            + Text::tr("campaigns could not be loaded: %1").arg(node.campaignsError->userMessage()) + QLatin1Char('\n');
    for (qsizetype j = 0; j < node.campaigns.size(); ++j) {
        const Campaign &c = node.campaigns.at(j);
        out += indent + (j + 1 == node.campaigns.size() ? QStringLiteral("└─ ") : QStringLiteral("├─ "))
            + Text::tr("%1 [%2] %3%4 (%5)")
                  .arg(c.name, c.statusInfo().displayText(),
                       Labels::useCases(c.useCaseNames()).join(QLatin1String(", ")),
                       c.isInheritedBy(p.id) ? Text::tr(", inherited") : QString(), c.id)
            + QLatin1Char('\n');
    }
    return out;
}

// The organization written out as it loads: each profile as soon as it and the ones before it are complete, then
// let go of (OrganizationLoader::setHandOut), so that a large organization is never whole in memory. JSON is made and
// written on a thread of its own, in order: turning records into text costs about as much as reading them, and the
// window's thread (here: the command's) keeps reading answers meanwhile.
class TreeWriter
{
public:
    TreeWriter(CliContext &context, OrganizationLoader *loader)
        : m_context(context)
        , m_loader(loader)
    {
        if (context.json()) {
            m_thread.setObjectName(QStringLiteral("json output"));
            m_thread.start();
            m_target.moveToThread(&m_thread);
        }
    }
    ~TreeWriter()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void add(const ProfileNode &node, bool last)
    {
        begin();
        ++m_profiles;
        for (const Campaign &c : node.campaigns) {
            if (c.id.isEmpty())
                ++m_campaignsWithoutId;
            else
                m_campaignIds.insert(c.id); // an organization campaign under many profiles counts once
        }
        if (m_context.json())
            onWriter([this, node] { m_json->value(OrganizationTree::profileJson(node)); });
        else
            m_context.print(renderProfile(node, last));
    }

    // After the load: the profiles not handed out (none, unless the load ended short), the end, and then `done` on
    // the command's thread once everything is written.
    void finish(const SentClient::Stats &stats, std::function<void()> done)
    {
        begin();
        const QList<ProfileNode> &all = m_loader->tree().profiles;
        for (qsizetype i = m_profiles; i < all.size(); ++i)
            add(all.at(i), i + 1 == all.size());
        if (!m_context.json())
            return done();
        onWriter([this, stats, done = std::move(done)] {
            m_json->endArray();
            m_json->key(u"client");
            m_json->value(QJsonObject{{QStringLiteral("requests"), stats.requests},
                                      {QStringLiteral("retries"), stats.retries},
                                      {QStringLiteral("rate_limited"), stats.rateLimited}});
            m_json->endObject();
            m_json.reset();
            QMetaObject::invokeMethod(&m_context, done, Qt::QueuedConnection);
        });
    }

    int profiles() const { return int(m_profiles); }
    int campaigns() const { return int(m_campaignIds.size()) + m_campaignsWithoutId; }

private:
    void onWriter(std::function<void()> work)
    {
        QMetaObject::invokeMethod(&m_target, std::move(work), Qt::QueuedConnection);
    }

    void begin()
    {
        if (m_begun)
            return;
        m_begun = true;
        const Account &account = m_loader->tree().account;
        if (!m_context.json()) {
            m_context.print(Text::tr("%1 “%2” (%3)").arg(account.kindLabel(), account.name, account.id));
            return;
        }
        onWriter([this, account, indent = m_context.indentJson()] {
            m_json = std::make_unique<JsonStream>(stdout, indent);
            m_json->beginObject();
            m_json->key(u"account");
            m_json->value(account.toJson());
            m_json->key(u"profiles");
            m_json->beginArray();
        });
    }

    CliContext &m_context;
    OrganizationLoader *m_loader;
    QThread m_thread;
    QObject m_target;                   // lives on m_thread: what is queued to it runs there, in order
    std::unique_ptr<JsonStream> m_json; // used on m_thread only
    QSet<QString> m_campaignIds;
    qsizetype m_profiles = 0;
    int m_campaignsWithoutId = 0;
    bool m_begun = false;
};

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
        auto writer = std::make_shared<TreeWriter>(context, loader);
        QObject::connect(loader, &OrganizationLoader::profileComplete, &context,
                         [writer](const ProfileNode &node, bool last) { writer->add(node, last); });
        QObject::connect(session, &OrganizationSession::loaded, &context, [&context, loader, session, writer] {
            // The summary and the exit code once the last byte of the tree is out.
            writer->finish(session->client()->stats(), [&context, loader, writer = writer.get()] {
                context.note(Text::tr("%1 profiles, %2 campaigns.").arg(writer->profiles()).arg(writer->campaigns()));
                context.printStats();
                if (!loader->listNote().isEmpty()) {
                    context.note(Text::tr("Note: %1").arg(loader->listNote()));
                    return context.finish(ExitServer); // a partial result
                }
                const int failed = loader->failedCampaignLists();
                if (failed > 0) {
                    context.note(Text::tr("The campaigns of %n profile(s) could not be loaded.", nullptr, failed));
                    for (const ProfileNode &node : loader->tree().profiles)
                        if (node.campaignsError)
                            return context.finish(CliContext::exitCodeFor(*node.campaignsError));
                }
                context.finish();
            });
        });
        loader->setHandOut(true); // what is complete already comes out now, the rest as it completes
    });
}

} // namespace cd::cli
