#pragma once

#include "api/apierror.h"
#include "api/apijob.h"
#include "domain/profile.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace cd {

class ChangeJournal;
class SentClient;

// Creates a child profile, or changes one, behind the profile editor: sends only what the user changed, with an
// idempotency key that stays the same while the request does (a double click or a retry after a lost answer
// never creates two profiles), and hands back the API's field errors by request path.
class ProfileEditor : public QObject
{
    Q_OBJECT
public:
    // `existing`: the profile as sent.dm has it; none to create one.
    ProfileEditor(SentClient *client, std::optional<Profile> existing, QObject *parent = nullptr);

    bool isCreate() const { return !m_existing; }
    const std::optional<Profile> &existing() const { return m_existing; }

    // What the form holds, as a request: everything for a new profile; for an existing one, only what differs.
    ProfileChanges changesFrom(const ProfileChanges &form) const;
    bool hasChanges(const ProfileChanges &form) const;

    // Each save is written to the change journal before it is sent: one whose outcome a crash or a lost answer
    // left unknown goes out again with its key (so it is not made twice); none: the key lives only in memory.
    void setJournal(ChangeJournal *journal, const QString &scope);

    bool isBusy() const { return m_job || m_beginning; }
    void save(const ProfileChanges &form);
    void remove();

    // What deleting the profile gives up, one line each (for the confirmation).
    static QStringList releasedOnDelete(const Profile &profile, int campaignCount);

Q_SIGNALS:
    void busyChanged(bool busy);
    void saved(const cd::Profile &profile, bool created);
    void removed(const QString &profileId);
    // What went wrong, and the API's field errors by request path ("short_name", "brand.contact.email", …).
    void failed(const cd::ApiError &error, const QMap<QString, QStringList> &fieldErrors);

private:
    void setJob(ApiJob *job);
    void send(const ProfileChanges &changes, bool create);
    void fail(const ApiError &error);

    SentClient *m_client;
    std::optional<Profile> m_existing;
    QPointer<ApiJob> m_job;
    QJsonObject m_lastBody; // the request the key belongs to
    QByteArray m_key;
    QPointer<ChangeJournal> m_journal;
    QString m_scope;
    bool m_beginning = false; // waiting for the journal to write the change down
};

} // namespace cd
