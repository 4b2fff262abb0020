#include "money.h"

#include <QLocale>

namespace cd::Money {

QString usd(double amount)
{
    return QLocale().toCurrencyString(amount, QStringLiteral("US$"), 2);
}

} // namespace cd::Money
