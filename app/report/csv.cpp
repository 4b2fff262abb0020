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

QList<QStringList> read(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
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
        } else if (c == QLatin1Char(',')) {
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
