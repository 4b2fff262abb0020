#include "core/appinfo.h"
#include "core/memory.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    cd::limitMemoryPools(); // before any thread starts
    QCoreApplication app(argc, argv);
    cd::AppInfo::applyToApplication();
    QCoreApplication::setApplicationName(QStringLiteral("compliance-desk-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "A local stand-in for the sent.dm v3 API. Prints one line of JSON with its URL and keys on stdout, "
        "then logs to stderr only."));
    parser.addHelpOption();
    parser.addVersionOption();
    cd::sandbox::SandboxOptions::addTo(parser);
    parser.process(app);

    QString error;
    const auto options = cd::sandbox::SandboxOptions::from(parser, &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    cd::sandbox::SandboxServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QByteArray line = server.startupLine() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return app.exec();
}
