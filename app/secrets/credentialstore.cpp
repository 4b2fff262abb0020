#include "credentialstore.h"

#include "core/appinfo.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace cd {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::service()
{
    return AppInfo::applicationId();
}

QString CredentialStore::failureMessage(Failure failure, const QString &detail, int timeoutMs)
{
    switch (failure) {
    case Failure::None:
        return QString();
    case Failure::NotFound:
        return QCoreApplication::translate("cd::CredentialStore",
                                           "No API key is stored for this connection in the system keychain, or the "
                                           "keychain is locked. Unlock it, or enter the key again.");
    case Failure::Denied:
        return QCoreApplication::translate("cd::CredentialStore",
                                           "The system keychain refused access; it may be locked. Unlock it and try "
                                           "again, or use the key for this session only.");
    case Failure::Unavailable:
        return QCoreApplication::translate("cd::CredentialStore",
                                           "No system keychain is available (on Linux, a Secret Service such as GNOME "
                                           "Keyring or KWallet is needed). The key can be used for this session only; "
                                           "it is never written to a file.");
    case Failure::Timeout: {
        const int seconds = std::max(1, timeoutMs / 1000);
        return QCoreApplication::translate("cd::CredentialStore",
                                           "The system keychain did not answer within %n second(s); it may be waiting "
                                           "for you to unlock it. Try again, or use the key for this session only.",
                                           nullptr, seconds);
    }
    case Failure::Other:
        break;
    }
    return QCoreApplication::translate("cd::CredentialStore", "The system keychain failed: %1").arg(detail);
}

void CredentialStore::read(const QString &account, QObject *context, Callback done)
{
    if (const auto it = m_session.constFind(account); it != m_session.constEnd()) {
        Outcome outcome;
        outcome.secret = *it;
        outcome.fromSession = true;
        // Answered from the event loop like a keychain job; not at all if the context dies first.
        QMetaObject::invokeMethod(
            context ? context : this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    run(Operation::Read, account, {}, context, std::move(done));
}

void CredentialStore::write(const QString &account, const QByteArray &secret, QObject *context, Callback done)
{
    run(Operation::Write, account, secret, context, std::move(done));
}

void CredentialStore::remove(const QString &account, QObject *context, Callback done)
{
    m_session.remove(account);
    run(Operation::Remove, account, {}, context, std::move(done));
}

void CredentialStore::holdForSession(const QString &account, const QByteArray &secret)
{
    m_session.insert(account, secret);
}

void CredentialStore::run(Operation operation, const QString &account, const QByteArray &secret, QObject *context,
                          Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service());
        write->setBinaryData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    job->setKey(account);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // The job and its timer race; whichever comes first answers, once. The timer goes with the answer.
    struct State
    {
        bool answered = false;
        QPointer<QTimer> timer;
    };
    auto state = std::make_shared<State>();
    state->timer = new QTimer(this);
    state->timer->setSingleShot(true);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const int timeoutMs = m_timeoutMs;
    auto answer = [state, guard, hasContext, done](const Outcome &outcome) {
        if (state->answered)
            return;
        state->answered = true;
        if (state->timer) {
            state->timer->stop();
            state->timer->deleteLater();
        }
        if (!hasContext || guard)
            done(outcome);
    };

    connect(state->timer, &QTimer::timeout, this, [answer, timeoutMs] {
        qCWarning(lcSecrets) << "keychain job timed out after" << timeoutMs << "ms";
        Outcome outcome;
        outcome.failure = Failure::Timeout;
        outcome.message = failureMessage(Failure::Timeout, QString(), timeoutMs);
        answer(outcome);
    });
    connect(job, &QKeychain::Job::finished, this, [answer, operation, timeoutMs](QKeychain::Job *finished) {
        Outcome outcome;
        switch (finished->error()) {
        case QKeychain::NoError:
            break;
        case QKeychain::EntryNotFound:
            // Removing what is not there leaves the wanted state.
            outcome.failure = operation == Operation::Remove ? Failure::None : Failure::NotFound;
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            outcome.failure = Failure::Denied;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            outcome.failure = Failure::Unavailable;
            break;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            outcome.failure = Failure::Other;
            break;
        }
        if (outcome.failure != Failure::None) {
            // The error string names the backend's problem, never the secret.
            qCInfo(lcSecrets) << "keychain job failed:" << finished->error() << finished->errorString();
            outcome.message = failureMessage(outcome.failure, finished->errorString(), timeoutMs);
        } else if (operation == Operation::Read) {
            outcome.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        }
        answer(outcome);
    });
    state->timer->start(timeoutMs);
    job->start();
}

} // namespace cd
