#pragma once

#include "sandboxmodel.h"

#include <QMap>
#include <QStringList>

namespace cd::sandbox {

class SandboxState;

// What POST /v3/profiles/{id}/complete checks, and where a completion ends: the endpoint asks before it starts one,
// the registry simulator again when the simulated onboarding finishes (the profile may have changed meanwhile).
class CompletionRules
{
public:
    explicit CompletionRules(const SandboxState &state);

    // The prerequisites `profile` does not meet, as field → message.
    QMap<QString, QStringList> unmetPrerequisites(const Profile &profile) const;
    // The seed's status logic: "COMPLETED" or "SUBMITTED".
    QString outcome(const Profile &profile) const;

private:
    const SandboxState &m_state;
};

} // namespace cd::sandbox
