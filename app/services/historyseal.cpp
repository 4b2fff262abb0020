#include "historyseal.h"

#include "core/logging.h"
#include "store/historylog.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace cd {

HistorySealKeeper::HistorySealKeeper(HistoryLog *log, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_credentials(credentials)
    , m_account(account(log->path()))
{
    connect(log, &HistoryLog::sealChanged, this, &HistorySealKeeper::keep);
    log->expectSeal();
    m_credentials.read(m_account, this, [this](const CredentialStore::Outcome &outcome) { opened(outcome); });
}

QString HistorySealKeeper::account(const QString &path)
{
    const QByteArray where = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("history-seal-")
        + QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
}

void HistorySealKeeper::opened(const CredentialStore::Outcome &outcome)
{
    HistorySealRead read;
    if (outcome.ok()) {
        if (const std::optional<HistorySeal> seal = HistorySeal::fromSecret(outcome.secret)) {
            read.outcome = HistorySealRead::Outcome::Found;
            read.seal = *seal;
        } else {
            // Not a seal this version can read: treated as lost (and said so by every check), never overwritten
            // silently with a new one without that being recorded.
            qCWarning(lcStore) << "the history's seal in the keychain could not be read; a new one is started";
            read.outcome = HistorySealRead::Outcome::Missing;
        }
    } else if (outcome.failure == CredentialStore::Failure::NotFound) {
        read.outcome = HistorySealRead::Outcome::Missing;
    } else {
        read.outcome = HistorySealRead::Outcome::Unusable;
        read.problem = outcome.message;
        m_problem = outcome.message;
    }
    m_log->openSeal(read);
}

void HistorySealKeeper::keep(const HistorySeal &seal)
{
    m_next = seal;
    if (!m_writing)
        writeNext();
}

void HistorySealKeeper::writeNext()
{
    if (!m_next) {
        m_writing = false;
        for (const auto &[context, done] : std::exchange(m_settling, {}))
            if (context)
                done();
        return;
    }
    m_writing = true;
    const QByteArray secret = std::exchange(m_next, std::nullopt)->toSecret();
    m_credentials.write(m_account, secret, this, [this](const CredentialStore::Outcome &outcome) {
        if (!outcome.ok()) {
            qCWarning(lcStore) << "the history's seal could not be kept in the keychain:" << outcome.message;
            m_problem = outcome.message;
        } else {
            m_problem.clear();
        }
        writeNext();
    });
}

void HistorySealKeeper::settle(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    m_log->flush(this, [this, guard, done = std::move(done)] {
        // The seal moved by the last appends was announced before the flush answered, so it is being written.
        if (!m_writing) {
            if (guard)
                done();
            return;
        }
        m_settling.append({guard, done});
    });
}

} // namespace cd
