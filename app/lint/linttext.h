#pragma once

#include <QCoreApplication>

namespace cd::lint {

// The translation context of the linter's messages (the rule pack's titles and hints share it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cd::lint)
};

} // namespace cd::lint
