#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cd::csv {

// RFC 4180: UTF-8, CRLF between records, a field quoted when it holds a comma, a quote, a line break or leading
// or trailing spaces (quotes doubled). A field that a spreadsheet would take for a formula (=, +, -, @ first) is
// prefixed with an apostrophe, so that opening a report never runs what a profile's fields say.
QByteArray write(const QList<QStringList> &records);
// One record, with its CRLF: a long file is written a record at a time.
QByteArray writeRecord(const QStringList &record);
// The reverse (the apostrophe stays: it is part of the text a spreadsheet shows). A UTF-8 byte-order mark at the
// start is skipped; `delimiter` separates the fields (a spreadsheet saving for a language that writes decimal commas
// uses a semicolon).
QList<QStringList> read(const QByteArray &text, QChar delimiter = QLatin1Char(','));
// The delimiter of a file's first record: a comma, a semicolon or a tab, whichever separates most fields.
QChar guessDelimiter(const QByteArray &text);

} // namespace cd::csv
