#include "settingsfile.h"

#include "logging.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

namespace cd {

QString damagedCopyPath(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString copy = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(copy); ++n)
        copy = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    return copy;
}

namespace {

// A line as QSettings writes one: a [section], a key=value, a comment or nothing. Qt escapes every control character
// and writes UTF-8, so anything else was not written by it.
bool wellFormed(QStringView line)
{
    for (const QChar c : line)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            return false;
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char(';')) || trimmed.startsWith(QLatin1Char('#')))
        return true;
    if (trimmed.startsWith(QLatin1Char('[')))
        return trimmed.endsWith(QLatin1Char(']')) && trimmed.size() > 2;
    const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
    return equals > 0;
}

// The saved connections a file names: "[connections]" then "<uuid>\name=…", "<uuid>\baseUrl=…"… Found: any key of
// one, even on a damaged line; whole: its name line reads.
QSet<QString> connectionIds(const QString &text, bool wholeLinesOnly)
{
    static const QRegularExpression named(
        QStringLiteral("^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\\\name=.+$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression anywhere(
        QStringLiteral("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\\\[a-zA-Z]+="));
    QSet<QString> ids;
    auto it = (wholeLinesOnly ? named : anywhere).globalMatch(text);
    while (it.hasNext())
        ids.insert(it.next().captured(1).toLower());
    return ids;
}

} // namespace

SettingsFileCheck SettingsFileCheck::run(const QString &path)
{
    SettingsFileCheck check;
    check.path = path;
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return check; // absent: a first start; unreadable: QSettings says so itself and writes nothing over it
    const QByteArray bytes = file.readAll();
    file.close();

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    bool damaged = utf8.hasError();
    QStringList kept;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.contains(QChar::ReplacementCharacter) || !wellFormed(line)) {
            damaged = true;
            continue;
        }
        kept.append(line);
    }
    if (!damaged)
        return check;

    // Whatever named a connection, even on a damaged line, counts as found; recovered are those whose lines read.
    const QString readable = kept.join(QLatin1Char('\n'));
    const QSet<QString> found = connectionIds(QString::fromLatin1(bytes), false);
    const QSet<QString> recovered = connectionIds(readable, true);
    check.connectionsFound = int((found | recovered).size());
    check.connectionsRecovered = int(recovered.size());

    const QString copy = damagedCopyPath(path);
    if (!QFile::copy(path, copy)) {
        check.failure = QStringLiteral("the damaged file could not be copied to %1").arg(copy);
        qCWarning(lcStore, "settings file %s damaged: %s", qPrintable(path), qPrintable(check.failure));
        return check;
    }
    check.damagedCopy = copy;
    QSaveFile repaired(path);
    if (!repaired.open(QIODevice::WriteOnly) || repaired.write(readable.toUtf8() + '\n') < 0 || !repaired.commit())
        check.failure = QStringLiteral("the repaired file could not be written: %1").arg(repaired.errorString());
    qCWarning(lcStore, "settings file %s damaged: kept as %s, %d of %d connections recovered%s", qPrintable(path),
              qPrintable(copy), check.connectionsRecovered, check.connectionsFound,
              check.failure.isEmpty() ? "" : qPrintable(QStringLiteral("; ") + check.failure));
    return check;
}

} // namespace cd
