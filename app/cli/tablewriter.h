#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cd::cli {

// Plain-text columns for a terminal: a header row, cells padded to the widest entry, long cells shortened with "…".
class TableWriter
{
public:
    explicit TableWriter(QStringList headers, int maxCellWidth = 48);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_maxCellWidth;
};

// "Label:  value" lines with the labels aligned.
class DetailWriter
{
public:
    void add(const QString &label, const QString &value);
    void section(const QString &title);
    QString render() const;

private:
    struct Line
    {
        QString label;
        QString value;
        bool isSection = false;
    };
    QList<Line> m_lines;
};

} // namespace cd::cli
