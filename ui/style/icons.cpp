#include "icons.h"

#include <QStringList>

// The library's resources (the bundled icons) are registered from outside any namespace, before the first lookup:
// actions are made with their icons as the window is built.
static void registerResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace cd::ui::Icons {

void install()
{
    static const bool once = [] {
        registerResources();
        QStringList paths = QIcon::fallbackSearchPaths();
        paths.append(QStringLiteral(":/icons/fallback"));
        QIcon::setFallbackSearchPaths(paths);
        return true;
    }();
    Q_UNUSED(once);
}

QIcon named(const char *freedesktopName)
{
    install();
    const QString name = QString::fromLatin1(freedesktopName);
    const QIcon themed = QIcon::fromTheme(name);
    // A theme can list a name whose file does not draw (a broken or partial theme): the bundled one then.
    if (!themed.isNull() && !themed.pixmap(16).isNull())
        return themed;
    return QIcon(QStringLiteral(":/icons/fallback/%1.svg").arg(name));
}

QIcon application()
{
    return QIcon(QStringLiteral(":/icons/compliance-desk.svg"));
}

} // namespace cd::ui::Icons
