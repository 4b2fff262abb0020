#pragma once

#include <QString>

namespace cd::Money {

// A cost sent.dm reports, in the locale's way of writing money. The API gives amounts without a currency; 10DLC
// registration is billed in US dollars, so they are written as such, with "US$" so that no reader takes them for
// their own dollars.
QString usd(double amount);

} // namespace cd::Money
