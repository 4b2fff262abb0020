#include "datetext.h"

#include <QLocale>

namespace cd::DateText {

QString brief(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString exact(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    const QString text = QLocale().toString(local, QLocale::ShortFormat);
    return zone.isEmpty() ? text : text + QLatin1Char(' ') + zone;
}

QString day(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}

} // namespace cd::DateText
