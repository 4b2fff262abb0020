#include "changesettler.h"
#include "core/datetext.h"

#include "api/profilelisting.h"
#include "core/logging.h"

#include <QLocale>
#include <QTimeZone>

namespace cd {

namespace {

// Clocks differ: a record created up to this long before the change was journaled can still be the change.
constexpr qint64 kClockSlackSeconds = 300;

bool createdSince(const QDateTime &created, const QDateTime &sent)
{
    return !created.isValid() || created.toSecsSinceEpoch() >= sent.toSecsSinceEpoch() - kClockSlackSeconds;
}

// The journal's target ("POST /v3/profiles/p_1/campaigns") read as the client reads a change it made.
MadeChange changeOf(const QString &target)
{
    MadeChange change;
    change.method = target.section(QLatin1Char(' '), 0, 0);
    change.path = target.section(QLatin1Char(' '), 1);
    return change;
}

QString when(const QDateTime &at)
{
    return DateText::brief(at);
}

} // namespace

QString ChangeSettlement::sentence() const
{
    const bool made = found == Found::Made;
    const QString sent = when(change.firstSent);
    const QString named = name.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(name);
    switch (changeOf(change.target).what()) {
    case MadeChange::What::CompleteProfile:
        return made ? tr("The completion of the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows "
                         "it started.")
                          .arg(named, sent)
                    : tr("The completion of the profile%1 sent at %2, whose answer was lost, was not made: the "
                         "profile is still incomplete. Complete it again to start it.")
                          .arg(named, sent);
    case MadeChange::What::UpdateCampaign:
        return made ? tr("The change to the campaign%1 sent at %2, whose answer was lost, was made: sent.dm shows it.")
                          .arg(named, sent)
                    : tr("The change to the campaign%1 sent at %2, whose answer was lost, is not what sent.dm shows "
                         "now; make it again if it is still wanted.")
                          .arg(named, sent);
    case MadeChange::What::CreateCampaign:
        return made
            ? tr("The campaign%1 sent at %2, whose answer was lost, was created (id %3).").arg(named, sent, campaignId)
            : tr("The campaign%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such "
                 "campaign. Create it again to make it.")
                  .arg(named, sent);
    case MadeChange::What::CreateProfile:
        return made
            ? tr("The profile%1 sent at %2, whose answer was lost, was created (id %3).").arg(named, sent, profileId)
            : tr("The profile%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such "
                 "profile. Create it again to make it.")
                  .arg(named, sent);
    case MadeChange::What::UpdateProfile:
    case MadeChange::What::DeleteProfile:
    case MadeChange::What::DeleteCampaign:
    case MadeChange::What::Other:
        break;
    }
    return made ? tr("The change to the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows it.")
                      .arg(named, sent)
                : tr("The change to the profile%1 sent at %2, whose answer was lost, is not what sent.dm shows now; "
                     "make it again if it is still wanted.")
                      .arg(named, sent);
}

ChangeSettler::ChangeSettler(SentClient *client, ChangeJournal *journal, QString scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_scope(std::move(scope))
{
}

ChangeSettler::~ChangeSettler() = default;

void ChangeSettler::run(QObject *context, std::function<void(const QList<ChangeSettlement> &)> done)
{
    if (m_running || !m_journal || !m_client) {
        if (done && !m_running)
            done({});
        return;
    }
    m_running = true;
    m_context = context;
    m_done = std::move(done);
    m_found.clear();
    m_journal->unsettled(m_scope, this, [this](const QList<ChangeJournal::Unsettled> &changes) {
        // Oldest first, as they were sent (a rerun's attempts share one key, so one row).
        m_queue.clear();
        for (auto it = changes.crbegin(); it != changes.crend(); ++it)
            m_queue.append(*it);
        next();
    });
}

void ChangeSettler::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        const QList<ChangeSettlement> found = std::exchange(m_found, {});
        if (m_done && m_context)
            std::exchange(m_done, nullptr)(found);
        return;
    }
    ask(m_queue.takeFirst());
}

void ChangeSettler::found(ChangeSettlement settlement)
{
    if (m_journal && settlement.found != ChangeSettlement::Found::Unknown)
        m_journal->settle(settlement.change.key,
                          settlement.found == ChangeSettlement::Found::Made ? ChangeJournal::Outcome::Made
                                                                            : ChangeJournal::Outcome::NotMade,
                          settlement.requestId);
    qCInfo(lcServices, "settled %s (key %s): %s", qPrintable(settlement.change.target),
           settlement.change.key.constData(),
           settlement.found == ChangeSettlement::Found::Made          ? "made"
               : settlement.found == ChangeSettlement::Found::NotMade ? "not made"
                                                                      : "could not be asked");
    m_found.append(std::move(settlement));
    next();
}

void ChangeSettler::ask(const ChangeJournal::Unsettled &change)
{
    const MadeChange made = changeOf(change.target);
    const MadeChange::What what = made.what();
    ChangeSettlement settlement;
    settlement.change = change;
    settlement.profileId = made.profileId();
    settlement.campaignId = made.campaignId();
    // Nothing to ask: a sandbox change stores nothing; a change journaled before bodies were kept, or an unknown
    // target, cannot be compared and stays unsettled (a rerun still reuses its key).
    if (change.sandbox) {
        settlement.found = ChangeSettlement::Found::NotMade;
        return found(settlement);
    }
    if (change.body.isEmpty() && what != MadeChange::What::CompleteProfile)
        return found(settlement);
    std::function<void(const ApiError &)> failed = [this, settlement](const ApiError &error) mutable {
        // Asked again next time, whatever the error: even "not found" may only mean this key may not see the item
        // (a profile's key asking about another profile), and a change wrongly said not made could be made twice.
        settlement.requestId = error.requestId;
        settlement.found = ChangeSettlement::Found::Unknown;
        found(settlement);
    };

    switch (what) {
    case MadeChange::What::UpdateProfile:
    case MadeChange::What::CompleteProfile:
        m_client->getProfile(
            settlement.profileId, {}, this, [this, settlement, what, failed](const Result<Profile> &result) mutable {
                if (!result.ok())
                    return failed(result.error());
                const Profile &profile = result.value();
                settlement.name = profile.name;
                settlement.requestId = result.response().requestId;
                const bool shown = what == MadeChange::What::CompleteProfile
                    ? profile.statusInfo().category != StatusCategory::Draft
                    : ProfileChanges::fromJson(settlement.change.body).unshownBy(profile).toJson().isEmpty();
                settlement.found = shown ? ChangeSettlement::Found::Made : ChangeSettlement::Found::NotMade;
                found(settlement);
            });
        return;
    case MadeChange::What::CreateCampaign:
    case MadeChange::What::UpdateCampaign:
        askAboutCampaign(settlement, what == MadeChange::What::UpdateCampaign, failed);
        return;
    case MadeChange::What::CreateProfile:
        askAboutNewProfile(settlement);
        return;
    case MadeChange::What::DeleteProfile:
    case MadeChange::What::DeleteCampaign:
    case MadeChange::What::Other:
        break;
    }
    found(settlement); // not a change the journal keeps: left as it is
}

void ChangeSettler::askAboutCampaign(ChangeSettlement settlement, bool update,
                                     std::function<void(const ApiError &)> failed)
{
    const Campaign sent = Campaign::fromJson(settlement.change.body.value(QLatin1String("campaign")).toObject());
    settlement.name = sent.name;
    m_client->listCampaigns(settlement.profileId, {}, this,
                            [this, settlement, sent, update, failed](const Result<QList<Campaign>> &result) mutable {
                                if (!result.ok())
                                    return failed(result.error());
                                settlement.requestId = result.response().requestId;
                                settlement.found = ChangeSettlement::Found::NotMade;
                                for (const Campaign &campaign : result.value()) {
                                    if (campaign.isInheritedBy(settlement.profileId))
                                        continue;
                                    const bool match = update ? campaign.id == settlement.campaignId
                                            && campaign.toRequestJson() == sent.toRequestJson()
                                                              : campaign.name == sent.name
                                            && createdSince(campaign.createdAt, settlement.change.firstSent);
                                    if (match) {
                                        settlement.found = ChangeSettlement::Found::Made;
                                        settlement.campaignId = campaign.id;
                                        break;
                                    }
                                }
                                found(settlement);
                            });
}

// A profile created: the whole list, read as the loader reads it.
void ChangeSettler::askAboutNewProfile(ChangeSettlement settlement)
{
    const ProfileChanges sent = ProfileChanges::fromJson(settlement.change.body);
    settlement.name = sent.name.value_or(QString());
    // Only the organization's key sees every profile: under a profile's key (the same address, so the same journal)
    // the list would hold one profile and every creation would look not made.
    m_client->me({}, this, [this, settlement, sent](const Result<Account> &account) mutable {
        if (!account.ok() || account.value().kind() != Account::Kind::Organization) {
            settlement.found = ChangeSettlement::Found::Unknown;
            return found(settlement);
        }
        listProfiles(settlement, sent);
    });
}

void ChangeSettler::listProfiles(ChangeSettlement settlement, const ProfileChanges &sent)
{
    delete m_listing;
    m_listing = new ProfileListing(m_client, {}, this);
    connect(m_listing, &ProfileListing::finished, this, [this, settlement, sent]() mutable {
        ProfileListing *listing = std::exchange(m_listing, nullptr);
        listing->deleteLater();
        if (!listing->isComplete() && listing->error()) {
            settlement.requestId = listing->error()->requestId;
            settlement.found = ChangeSettlement::Found::Unknown;
            return found(settlement);
        }
        settlement.found = listing->isComplete() ? ChangeSettlement::Found::NotMade : ChangeSettlement::Found::Unknown;
        for (const Profile &profile : listing->profiles())
            if (sent.name && profile.name == *sent.name
                && profile.shortName == sent.shortName.value_or(profile.shortName)
                && createdSince(profile.createdAt, settlement.change.firstSent)) {
                settlement.found = ChangeSettlement::Found::Made;
                settlement.profileId = profile.id;
                break;
            }
        found(settlement);
    });
    m_listing->start();
}

} // namespace cd
