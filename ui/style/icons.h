#pragma once

#include <QIcon>

namespace cd::ui::Icons {

// The freedesktop icon theme's names: the desktop's own icons where it has a theme (Linux), else the small set
// drawn for Compliance Desk in resources/icons (Windows, macOS, a bare desktop). Idempotent.
void install();
QIcon named(const char *freedesktopName);
// The application's own icon.
QIcon application();

} // namespace cd::ui::Icons
