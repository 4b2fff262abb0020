#include "bulkjob.h"

#include <QUuid>

#include <array>
#include <utility>

namespace cd {

namespace {

constexpr std::array kActionKeys{
    std::pair{BulkItem::Action::CreateProfile, "create_profile"},
    std::pair{BulkItem::Action::UpdateProfile, "update_profile"},
    std::pair{BulkItem::Action::CompleteProfile, "complete_profile"},
    std::pair{BulkItem::Action::DeleteProfile, "delete_profile"},
    std::pair{BulkItem::Action::CreateCampaign, "create_campaign"},
    std::pair{BulkItem::Action::UpdateCampaign, "update_campaign"},
    std::pair{BulkItem::Action::DeleteCampaign, "delete_campaign"},
};

constexpr std::array kItemStateKeys{
    std::pair{BulkItem::State::Pending, "pending"}, std::pair{BulkItem::State::Sent, "sent"},
    std::pair{BulkItem::State::Done, "done"},       std::pair{BulkItem::State::Refused, "refused"},
    std::pair{BulkItem::State::Failed, "failed"},   std::pair{BulkItem::State::Cancelled, "cancelled"},
};

constexpr std::array kJobStateKeys{
    std::pair{BulkJob::State::Ready, "ready"},       std::pair{BulkJob::State::Running, "running"},
    std::pair{BulkJob::State::Paused, "paused"},     std::pair{BulkJob::State::Cancelled, "cancelled"},
    std::pair{BulkJob::State::Finished, "finished"},
};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &keys, Enum value)
{
    for (const auto &[v, key] : keys)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &keys, const QString &key)
{
    for (const auto &[v, k] : keys)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

} // namespace

QString BulkItem::method() const
{
    switch (action) {
    case Action::CreateProfile:
    case Action::CompleteProfile:
    case Action::CreateCampaign:
        return QStringLiteral("POST");
    case Action::UpdateProfile:
        return QStringLiteral("PATCH");
    case Action::UpdateCampaign:
        return QStringLiteral("PUT");
    case Action::DeleteProfile:
    case Action::DeleteCampaign:
        return QStringLiteral("DELETE");
    }
    return {};
}

QString BulkItem::path() const
{
    switch (action) {
    case Action::CreateProfile:
        return QStringLiteral("/v3/profiles");
    case Action::UpdateProfile:
    case Action::DeleteProfile:
        return QStringLiteral("/v3/profiles/%1").arg(profileId);
    case Action::CompleteProfile:
        return QStringLiteral("/v3/profiles/%1/complete").arg(profileId);
    case Action::CreateCampaign:
        return QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId);
    case Action::UpdateCampaign:
    case Action::DeleteCampaign:
        return QStringLiteral("/v3/profiles/%1/campaigns/%2").arg(profileId, campaignId);
    }
    return {};
}

QString BulkItem::actionKey(Action action)
{
    return keyOf(kActionKeys, action);
}

std::optional<BulkItem::Action> BulkItem::actionFromKey(const QString &key)
{
    return valueOf(kActionKeys, key);
}

QString BulkItem::stateKey(State state)
{
    return keyOf(kItemStateKeys, state);
}

std::optional<BulkItem::State> BulkItem::stateFromKey(const QString &key)
{
    return valueOf(kItemStateKeys, key);
}

QString BulkItem::actionText(Action action)
{
    switch (action) {
    case Action::CreateProfile:
        return tr("Create profile");
    case Action::UpdateProfile:
        return tr("Change profile");
    case Action::CompleteProfile:
        return tr("Complete setup");
    case Action::DeleteProfile:
        return tr("Delete profile");
    case Action::CreateCampaign:
        return tr("Create campaign");
    case Action::UpdateCampaign:
        return tr("Change campaign");
    case Action::DeleteCampaign:
        return tr("Delete campaign");
    }
    return {};
}

QString BulkItem::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Waiting");
    case State::Sent:
        return tr("Sent, waiting for the answer");
    case State::Done:
        return tr("Done");
    case State::Refused:
        return tr("Refused by sent.dm");
    case State::Failed:
        return tr("Failed, can be retried");
    case State::Cancelled:
        return tr("Cancelled, not sent");
    }
    return {};
}

BulkJob::Counts BulkJob::counts() const
{
    Counts c;
    for (const BulkItem &item : items) {
        switch (item.state) {
        case BulkItem::State::Pending:
        case BulkItem::State::Sent:
            ++c.pending;
            break;
        case BulkItem::State::Done:
            ++c.done;
            break;
        case BulkItem::State::Refused:
            ++c.refused;
            break;
        case BulkItem::State::Failed:
            ++c.failed;
            break;
        case BulkItem::State::Cancelled:
            ++c.cancelled;
            break;
        }
    }
    return c;
}

bool BulkJob::isUnfinished() const
{
    return state == State::Ready || state == State::Running || state == State::Paused;
}

QString BulkJob::stateKey(State state)
{
    return keyOf(kJobStateKeys, state);
}

std::optional<BulkJob::State> BulkJob::stateFromKey(const QString &key)
{
    return valueOf(kJobStateKeys, key);
}

QString BulkJob::stateText(State state)
{
    switch (state) {
    case State::Ready:
        return tr("Not started");
    case State::Running:
        return tr("Running");
    case State::Paused:
        return tr("Paused");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Finished:
        return tr("Finished");
    }
    return {};
}

QString BulkJob::newId()
{
    return QStringLiteral("job_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

QByteArray BulkJob::newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace cd
