#pragma once

#include <QtGlobal>

namespace cd::cli {

class CliContext;

// One entry per subcommand: how it is called and what it does (both shown by --help).
struct Command
{
    const char *name;
    const char *synopsis; // arguments after the name
    const char *summary;  // translated in context "cli"
    int minArguments;
    int maxArguments;
    void (*run)(CliContext &context);
};

// Each group lives in its own file.
void runMe(CliContext &context);
void runProfiles(CliContext &context);
void runProfile(CliContext &context);
void runComplete(CliContext &context);
void runCreateProfile(CliContext &context);
void runUpdateProfile(CliContext &context);
void runDeleteProfile(CliContext &context);
void runCampaigns(CliContext &context);
void runCreateCampaign(CliContext &context);
void runUpdateCampaign(CliContext &context);
void runDeleteCampaign(CliContext &context);
void runTree(CliContext &context);
void runInheritance(CliContext &context);
void runConnections(CliContext &context);
void runLint(CliContext &context);
void runWatch(CliContext &context);
void runHistory(CliContext &context);
void runReport(CliContext &context);
void runBulk(CliContext &context);
void runImportProfiles(CliContext &context);

const Command *findCommand(const QString &name);
const Command *commands(int *count);

} // namespace cd::cli
