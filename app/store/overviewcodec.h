#pragma once

#include "domain/overview.h"

#include <QByteArray>

namespace cd::store {

// The tree cache's compact form of what the tree shows (QDataStream, versioned by the cache's schema), so that
// starting from the cache reads a few short fields per row instead of parsing every whole record.
QByteArray encode(const ProfileOverview &overview);
QByteArray encode(const CampaignOverview &overview);
// false when the bytes are not a row of this form (then the row is skipped, and the network fills it in).
bool decode(const QByteArray &bytes, ProfileOverview *overview);
bool decode(const QByteArray &bytes, CampaignOverview *overview);

} // namespace cd::store
