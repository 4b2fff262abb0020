#include "tablewriter.h"

#include "core/visibletext.h"

#include <algorithm>

namespace cd::cli {

namespace {

QString shorten(QString text, int width)
{
    text = VisibleText::of(text); // a line break in a name would break the row

    if (text.size() <= width)
        return text;
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace

TableWriter::TableWriter(QStringList headers, int maxCellWidth)
    : m_headers(std::move(headers))
    , m_maxCellWidth(maxCellWidth)
{
}

void TableWriter::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(cells);
}

QString TableWriter::render() const
{
    QList<int> widths;
    for (const QString &header : m_headers)
        widths.append(int(header.size()));
    for (const QStringList &row : m_rows)
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(shorten(row.at(i), m_maxCellWidth).size()));

    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = shorten(cells.at(i), m_maxCellWidth);
            text += i + 1 < widths.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

void DetailWriter::add(const QString &label, const QString &value)
{
    m_lines.append({label, value, false});
}

void DetailWriter::section(const QString &title)
{
    m_lines.append({title, QString(), true});
}

QString DetailWriter::render() const
{
    int width = 0;
    for (const Line &line : m_lines)
        if (!line.isSection)
            width = std::max(width, int(line.label.size()));
    QString out;
    for (const Line &line : m_lines) {
        if (line.isSection) {
            out += QLatin1Char('\n') + line.label + QLatin1Char('\n');
            continue;
        }
        const QString value = line.value.isEmpty() ? QStringLiteral("—") : line.value;
        out += QStringLiteral("  ") + QString(line.label + QLatin1Char(':')).leftJustified(width + 2) + value
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace cd::cli
