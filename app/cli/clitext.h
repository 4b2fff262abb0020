#pragma once

#include <QCoreApplication>

namespace cd::cli {

// The translation context of the command-line tool's messages.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace cd::cli
