#pragma once

#include <QString>
#include <QUrl>

namespace cd {

// A saved way to reach one sent.dm account: its address and who the key belongs to. The key itself is in the
// system keychain under `id`; it is never part of this value.
struct Connection
{
    QString id;   // stable; names the keychain entry, so a connection can be renamed
    QString name; // the user's name for it, unique
    QUrl baseUrl;
    QString keyKind; // organization | profile | user, from GET /v3/me
    QString accountId;
    QString accountName;
    // The demo sandbox of this run (compliance-desk --sandbox): never saved, never the current connection, and its
    // organization starts fresh each time (nothing is cached to a file).
    bool demo = false;

    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && baseUrl.isValid(); }
};

} // namespace cd
