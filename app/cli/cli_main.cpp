#include "core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

// compliance-desk-cli. The commands come with the client core; for now it knows who it is.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cd::AppInfo::applyToApplication();
    QCoreApplication::setApplicationName(QStringLiteral("compliance-desk-cli"));
    cd::AppInfo::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Compliance Desk without a window: sent.dm profiles, brands and campaigns "
                                           "from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "What to do."));
    parser.process(app);

    if (parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "Unknown command: %1").arg(parser.positionalArguments().constFirst())));
    return 2;
}
