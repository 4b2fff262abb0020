#include "csv.h"

namespace cd::csv {

namespace {

QString field(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

QByteArray writeRecord(const QStringList &record)
{
    QStringList fields;
    fields.reserve(record.size());
    for (const QString &value : record)
        fields.append(field(value));
    return (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray write(const QList<QStringList> &records)
{
    QByteArray out;
    for (const QStringList &record : records)
        out += writeRecord(record);
    return out;
}

namespace {

QString textOf(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
}

} // namespace

QChar guessDelimiter(const QByteArray &bytes)
{
    const QString text = textOf(bytes);
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        commas += c == QLatin1Char(',') ? 1 : 0;
        semicolons += c == QLatin1Char(';') ? 1 : 0;
        tabs += c == QLatin1Char('\t') ? 1 : 0;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QList<QStringList> read(const QByteArray &bytes, QChar delimiter)
{
    const QString text = textOf(bytes);
    QList<QStringList> records;
    QStringList record;
    QString value;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        any = true;
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                value += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                value += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            record.append(value);
            value.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(value);
            records.append(record);
            record.clear();
            value.clear();
            any = false;
        } else {
            value += c;
        }
    }
    if (any) {
        record.append(value);
        records.append(record);
    }
    return records;
}

} // namespace cd::csv
