// connections add | list | remove | use.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"
#include "tablewriter.h"

#include <QJsonArray>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cd::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// The key from standard input: piped (`secret-tool lookup … | compliance-desk-cli connections add …`), or typed
// at a prompt without echo.
QByteArray readKey()
{
    const bool terminal = stdinIsTerminal();
    if (terminal) {
        std::fputs(qPrintable(Text::tr("API key (not shown): ")), stderr);
        std::fflush(stderr);
    }
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (terminal) {
        GetConsoleMode(input, &mode);
        SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
    }
#else
    termios saved{};
    if (terminal) {
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    if (terminal)
        SetConsoleMode(input, mode);
#else
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    if (terminal)
        std::fputs("\n", stderr);
    return QByteArray::fromStdString(line).trimmed();
}

void add(CliContext &context)
{
    const QString name = context.argument(1);
    if (name.isEmpty())
        return context.usageError(Text::tr("Usage: compliance-desk-cli connections add NAME [--base-url URL] < key"));
    const QUrl baseUrl = QUrl::fromUserInput(context.baseUrlOption().isEmpty() ? QStringLiteral("https://api.sent.dm")
                                                                               : context.baseUrlOption());
    const QByteArray key = readKey();
    if (key.isEmpty())
        return context.usageError(Text::tr("No API key on standard input."));
    context.note(Text::tr("Checking the key with %1…").arg(baseUrl.toDisplayString()));
    context.connectionService().add(name, baseUrl, key, &context, [&context](const ConnectionService::AddResult &r) {
        if (!r.problem.isEmpty())
            return context.usageError(r.problem);
        if (r.apiError)
            return context.fail(*r.apiError);
        if (!r.keychain.ok())
            return context.keychainError(r.keychain);
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("name"), r.connection.name},
                                          {QStringLiteral("id"), r.connection.id},
                                          {QStringLiteral("base_url"), r.connection.baseUrl.toString()},
                                          {QStringLiteral("key_kind"), r.connection.keyKind},
                                          {QStringLiteral("account_id"), r.connection.accountId},
                                          {QStringLiteral("account_name"), r.connection.accountName}});
            return context.finish();
        }
        context.print(Text::tr("Saved connection “%1”: %2 “%3”. The key is in the system keychain; it is now the "
                               "current connection.")
                          .arg(r.connection.name, r.account->kindLabel(), r.connection.accountName));
        context.finish();
    });
}

void list(CliContext &context)
{
    const QList<Connection> all = context.connections().connections();
    const QString current = context.connections().currentId();
    if (context.json()) {
        QJsonArray array;
        for (const Connection &c : all)
            array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("id"), c.id},
                                     {QStringLiteral("base_url"), c.baseUrl.toString()},
                                     {QStringLiteral("key_kind"), c.keyKind},
                                     {QStringLiteral("account_id"), c.accountId},
                                     {QStringLiteral("account_name"), c.accountName},
                                     {QStringLiteral("current"), c.id == current}});
        context.printJson(array);
        return context.finish();
    }
    if (all.isEmpty()) {
        context.print(Text::tr("No saved connections. Add one with: compliance-desk-cli connections add NAME"));
        return context.finish();
    }
    TableWriter table({QString(), Text::tr("NAME"), Text::tr("ADDRESS"), Text::tr("KEY"), Text::tr("ACCOUNT")});
    for (const Connection &c : all)
        table.addRow({c.id == current ? QStringLiteral("*") : QString(), c.name, c.baseUrl.toDisplayString(), c.keyKind,
                      c.accountName});
    context.print(table.render());
    context.finish();
}

void remove(CliContext &context)
{
    const std::optional<Connection> connection = context.connections().find(context.argument(1));
    if (!connection)
        return context.usageError(Text::tr("There is no connection named “%1”.").arg(context.argument(1)));
    context.connectionService().remove(
        *connection, &context, [&context, connection](const CredentialStore::Outcome &removed) {
            if (!removed.ok() && removed.failure != CredentialStore::Failure::Unavailable)
                return context.keychainError(removed);
            context.print(Text::tr("Removed connection “%1” and its key.").arg(connection->name));
            context.finish();
        });
}

void use(CliContext &context)
{
    const std::optional<Connection> connection = context.connections().find(context.argument(1));
    if (!connection)
        return context.usageError(Text::tr("There is no connection named “%1”.").arg(context.argument(1)));
    context.connections().setCurrentId(connection->id);
    context.print(Text::tr("“%1” is now the current connection.").arg(connection->name));
    context.finish();
}

} // namespace

void runConnections(CliContext &context)
{
    const QString action = context.argument(0);
    const qsizetype count = context.arguments().size();
    if (action == QLatin1String("list") && count == 1)
        return list(context);
    if (action == QLatin1String("add") && count == 2)
        return add(context);
    if (action == QLatin1String("remove") && count == 2)
        return remove(context);
    if (action == QLatin1String("use") && count == 2)
        return use(context);
    context.usageError(Text::tr("Usage: compliance-desk-cli connections list | add NAME [--base-url URL] | remove NAME "
                                "| use NAME"));
}

} // namespace cd::cli
