#include "walworker.h"

#include "core/logging.h"

#include <QSqlError>

namespace cd {

WalWorker::WalWorker(QString path, QStringList schema, QStringList tables, QString what)
    : m_path(std::move(path))
    , m_schema(std::move(schema))
    , m_tables(std::move(tables))
    , m_what(std::move(what))
{
}

bool WalWorker::ready()
{
    if (m_opened)
        return m_usable;
    m_opened = true;
    const SqliteFile::Setup setup{[this](bool inMemory) {
                                      return (inMemory
                                              || m_file.exec({QStringLiteral("PRAGMA journal_mode=WAL"),
                                                              QStringLiteral("PRAGMA synchronous=NORMAL")}))
                                          && m_file.exec(m_schema);
                                  },
                                  SqliteFile::OnDamage::KeepAndSalvage, m_tables};
    const SqliteFile::Opened opened = m_file.openOrInMemory(m_path, setup);
    m_usable = opened != SqliteFile::Opened::Failed;
    if (opened == SqliteFile::Opened::InMemory)
        qCWarning(lcStore) << "the" << m_what
                           << "cannot be written now; it is kept in memory:" << m_file.unavailableReason();
    if (m_usable)
        this->opened();
    return m_usable;
}

bool WalWorker::exec(const QString &sql, const QVariantList &values, QSqlQuery *out)
{
    QSqlQuery q(m_file.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcStore) << m_what << q.lastError().text();
        return false;
    }
    if (out)
        *out = std::move(q);
    return true;
}

} // namespace cd
