#pragma once

#include "sandboxoptions.h"

#include <QDateTime>

namespace cd::sandbox {
class SandboxState;
}

// Initial organizations: `demo` (about forty profiles in every state a compliance manager meets), `empty`, and
// `large:P:C` (deterministic, for scale). Ids are name-based UUIDs, so the same seed gives the same ids.
namespace cd::sandbox::seed {
void apply(SandboxState &state, const SeedSpec &spec, const QDateTime &now);
}
