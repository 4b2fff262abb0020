#pragma once

// What the window tests share: screenshots on request, the accessible-name check, and a window connected to an
// in-process sandbox with its organization loaded.

#include "mainwindow.h"

#include "actions/campaignactions.h"
#include "actions/profileactions.h"
#include "actions/reportactions.h"
#include "connection/connectionbar.h"
#include "connection/sessionbanner.h"
#include "status/loadstatus.h"
#include "status/statusnotifier.h"
#include "status/statuswatch.h"
#include "tree/organizationtreeview.h"
#include "tree/treecontextmenu.h"
#include "tree/treefilters.h"

#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "sandbox/sandboxserver.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "services/sessionmanager.h"
#include "services/statuspoller.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace cd::uitest {

// Saved under $CD_SCREENSHOT_DIR when it is set, to look at.
inline void screenshot(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsSet("CD_SCREENSHOT_DIR"))
        widget.grab().save(qEnvironmentVariable("CD_SCREENSHOT_DIR") + QLatin1Char('/') + name
                           + QStringLiteral(".png"));
}

// Every input under `root` has an accessible name (a screen reader says what it is).
inline void checkAccessibleNames(QWidget &root)
{
    for (const auto *edit : root.findChildren<QLineEdit *>()) {
        if (qobject_cast<QComboBox *>(edit->parentWidget()) || qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            continue; // an editable combo box's or a spin box's line edit: its owner carries the name
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->placeholderText()));
    }
    for (const auto *text : root.findChildren<QPlainTextEdit *>())
        QVERIFY2(!text->accessibleName().isEmpty(), qPrintable(text->placeholderText()));
    for (const auto *box : root.findChildren<QComboBox *>())
        QVERIFY2(!box->accessibleName().isEmpty(), qPrintable(box->currentText()));
    for (const auto *spin : root.findChildren<QAbstractSpinBox *>())
        QVERIFY2(!spin->accessibleName().isEmpty(), qPrintable(spin->text()));
    for (const auto *check : root.findChildren<QCheckBox *>())
        QVERIFY2(!check->text().isEmpty() || !check->accessibleName().isEmpty(), qPrintable(check->objectName()));
}

// A shown window connected to the sandbox, once its organization has loaded.
inline std::unique_ptr<ui::MainWindow> openSandboxWindow(ConnectionStore &connections, CredentialStore &credentials,
                                                         sandbox::SandboxServer &server)
{
    auto window = std::make_unique<ui::MainWindow>(connections, credentials);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not shown");
    window->sessions()->openDemo(server.baseUrl(), server.organizationKey().toUtf8());
    // Loaded from the network: a cached tree from an earlier test may show first, while nothing is loading yet.
    if (!QTest::qWaitFor([&] { return window->session() != nullptr; }, 30000))
        qFatal("no session");
    QSignalSpy loaded(window->session(), &OrganizationSession::loaded);
    if (!QTest::qWaitFor([&] { return loaded.count() > 0 && window->model()->profileCount() > 0; }, 30000))
        qFatal("organization not loaded");
    return window;
}

inline void selectProfile(ui::MainWindow &window, const QString &profileId)
{
    window.tree()->setCurrentIndex(window.filterModel()->mapFromSource(window.model()->profileIndex(profileId)));
}

} // namespace cd::uitest
