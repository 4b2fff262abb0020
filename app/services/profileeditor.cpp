#include "profileeditor.h"

#include "api/sentclient.h"
#include "store/changejournal.h"

#include <QCoreApplication>
#include <QUuid>

namespace cd {

ProfileEditor::ProfileEditor(SentClient *client, std::optional<Profile> existing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_existing(std::move(existing))
{
}

ProfileChanges ProfileEditor::changesFrom(const ProfileChanges &form) const
{
    ProfileChanges c = form;
    // Whoever pays is not billed: a billing contact only goes with a profile that pays.
    const QString model = form.billingModel.value_or(m_existing ? m_existing->billingModel : QString());
    if (model == QLatin1String("organization"))
        c.billingContact.reset();
    // A profile that inherits the organization's brand sends none of its own.
    if (c.inheritTcrBrand.value_or(m_existing && m_existing->inheritTcrBrand))
        c.brand.reset();
    return m_existing ? c.unshownBy(*m_existing) : c;
}

void ProfileEditor::setJournal(ChangeJournal *journal, const QString &scope)
{
    m_journal = journal;
    m_scope = scope;
}

bool ProfileEditor::hasChanges(const ProfileChanges &form) const
{
    return !m_existing || !changesFrom(form).toJson().isEmpty();
}

void ProfileEditor::save(const ProfileChanges &form)
{
    if (isBusy())
        return; // a second click while the first is on its way
    const ProfileChanges changes = changesFrom(form);
    const QJsonObject body = changes.toJson();
    const bool create = !m_existing;
    // One key per request: kept while the same request is tried again, new once the user changes it.
    if (m_key.isEmpty() || body != m_lastBody) {
        m_lastBody = body;
        m_key.clear();
        if (m_journal) {
            const JournalChange change =
                JournalChange::of(m_scope,
                                  create ? QStringLiteral("POST /v3/profiles")
                                         : QStringLiteral("PATCH /v3/profiles/%1").arg(m_existing->id),
                                  body);
            m_beginning = true;
            Q_EMIT busyChanged(true);
            m_journal->begin(change, ChangeJournal::Reuse::IfUnsettled, this,
                             [this, changes, create](const ChangeJournal::Begun &begun) {
                                 m_beginning = false;
                                 m_key = begun.key;
                                 send(changes, create);
                             });
            return;
        }
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    send(changes, create);
}

void ProfileEditor::send(const ProfileChanges &changes, bool create)
{
    CallOptions options;
    options.idempotencyKey = m_key;
    auto done = [this, create](const Result<Profile> &result) {
        setJob(nullptr);
        if (!result.ok()) {
            if (m_journal)
                m_journal->settle(m_key,
                                  result.error().mayHaveBeenMade() ? ChangeJournal::Outcome::Unknown
                                                                   : ChangeJournal::Outcome::Refused,
                                  result.error().requestId);
            fail(result.error());
            return;
        }
        if (m_journal)
            m_journal->settle(m_key, ChangeJournal::Outcome::Made, result.response().requestId);
        m_existing = result.value();
        m_key.clear();
        Q_EMIT saved(result.value(), create);
    };
    setJob(create ? m_client->createProfile(changes, options, this, done)
                  : m_client->updateProfile(m_existing->id, changes, options, this, done));
}

void ProfileEditor::remove()
{
    if (isBusy() || !m_existing)
        return;
    const QString id = m_existing->id;
    setJob(m_client->deleteProfile(id, {}, this, [this, id](const Result<Done> &result) {
        setJob(nullptr);
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        Q_EMIT removed(id);
    }));
}

QStringList ProfileEditor::releasedOnDelete(const Profile &profile, int campaignCount)
{
    QStringList lines;
    if (!profile.sendingPhoneNumber.isEmpty())
        lines.append(QCoreApplication::translate("cd::ProfileEditor",
                                                 "its SMS number %1, which goes back to sent.dm's inventory")
                         .arg(profile.sendingPhoneNumber));
    if (!profile.whatsappPhoneNumber.isEmpty())
        lines.append(QCoreApplication::translate("cd::ProfileEditor", "its WhatsApp number %1")
                         .arg(profile.whatsappPhoneNumber));
    if (!profile.wabaId.isEmpty())
        lines.append(QCoreApplication::translate("cd::ProfileEditor",
                                                 "its own WhatsApp Business Account (%1), which is deregistered")
                         .arg(profile.wabaId));
    if (profile.brand && !profile.brand->isInherited)
        lines.append(profile.brand->submittedToTcr
                         ? QCoreApplication::translate("cd::ProfileEditor", "its brand, registered with TCR as %1")
                               .arg(profile.brand->tcrBrandId.isEmpty() ? profile.brand->id : profile.brand->tcrBrandId)
                         : QCoreApplication::translate("cd::ProfileEditor", "its brand"));
    if (campaignCount > 0)
        lines.append(QCoreApplication::translate("cd::ProfileEditor", "%n campaign(s), which stop being used", nullptr,
                                                 campaignCount));
    lines.append(QCoreApplication::translate("cd::ProfileEditor", "its routing rules, which stop being used"));
    return lines;
}

void ProfileEditor::setJob(ApiJob *job)
{
    const bool was = isBusy();
    m_job = job;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void ProfileEditor::fail(const ApiError &error)
{
    Q_EMIT failed(error, error.details);
}

} // namespace cd
