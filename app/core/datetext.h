#pragma once

#include <QDateTime>
#include <QString>

// How a moment is written for people: in the locale's words and the computer's time zone, one format per context.
// Files meant for machines (CSV, JSON) keep ISO 8601 in UTC.
namespace cd::DateText {

// Among others (a tree cell, a table row, a sentence): the locale's short date and time.
QString brief(const QDateTime &when);
// As a fact to rely on (the details, a report, a history entry): the same, with the time zone.
QString exact(const QDateTime &when);
// A day alone (a brand submitted on…): the locale's long date.
QString day(const QDateTime &when);

} // namespace cd::DateText
