#pragma once

#include "domain/campaign.h"
#include "domain/profile.h"

#include <QByteArray>

namespace cd::store {

// The tree cache's form of a whole profile or campaign: every field in a fixed order (QDataStream, strings as
// UTF-8), several times cheaper to write than JSON. It is a private format of the cache: a change to it changes
// TreeCache::kSchemaVersion, and the cache is then rebuilt from the network.
QByteArray encodeRecord(const Profile &profile);
QByteArray encodeRecord(const Campaign &campaign);
// false when the bytes are not a record of this form.
bool decodeRecord(const QByteArray &bytes, Profile *profile);
bool decodeRecord(const QByteArray &bytes, Campaign *campaign);

} // namespace cd::store
