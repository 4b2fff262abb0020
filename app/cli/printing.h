#pragma once

#include "domain/campaign.h"
#include "domain/profile.h"

#include <QStringList>

namespace cd::cli {

// Human-readable forms shared by several commands.
QStringList profileTableHeaders();
QStringList profileTableRow(const Profile &profile);
QString brandSummary(const Profile &profile);
QString profileDetails(const Profile &profile);
QStringList campaignTableHeaders();
QStringList campaignTableRow(const Campaign &campaign, const QString &profileId);
QString campaignSummary(const Campaign &campaign);
QString dateText(const QDateTime &when);

} // namespace cd::cli
