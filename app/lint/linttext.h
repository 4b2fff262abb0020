#pragma once

#include <QCoreApplication>

namespace cd::lint {

// The translation context of the linter's messages (the rule pack's titles and hints share it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cd::lint)
};

// What a finding quotes of the user's text: at most 60 characters, cut with an ellipsis, so that a pasted page
// never becomes a message.
inline QString quoted(const QString &text)
{
    constexpr qsizetype kMax = 60;
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026);
}

} // namespace cd::lint
