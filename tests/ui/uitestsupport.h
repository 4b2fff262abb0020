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
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabBar>
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

// The mnemonics (Alt+letter) of what `root` shows now: every visible, enabled button, check box, tab and labelled
// field, with the texts that claim each letter. Two texts on one letter are a clash: Alt+that letter then cycles
// between them instead of acting.
inline QMap<QChar, QStringList> mnemonics(QWidget &root)
{
    QMap<QChar, QStringList> claimed;
    auto take = [&claimed](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i; // "&&" is a literal ampersand
                continue;
            }
            claimed[text.at(i + 1).toLower()].append(QString(text).remove(QLatin1Char('&')));
            return;
        }
    };
    const auto shown = [&root](const QWidget *w) { return w->isVisibleTo(&root) && w->isEnabled(); };
    for (const auto *button : root.findChildren<QAbstractButton *>())
        if (shown(button))
            take(button->text());
    for (const auto *label : root.findChildren<QLabel *>())
        if (shown(label) && label->buddy() && shown(label->buddy()))
            take(label->text());
    for (const auto *tabs : root.findChildren<QTabBar *>())
        if (shown(tabs))
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i));
    return claimed;
}

inline void checkMnemonics(QWidget &root, const QString &where)
{
    const QMap<QChar, QStringList> claimed = mnemonics(root);
    QStringList clashes;
    for (auto it = claimed.cbegin(); it != claimed.cend(); ++it)
        if (it.value().size() > 1)
            clashes
                << QStringLiteral("Alt+%1: %2").arg(QString(it.key().toUpper()), it.value().join(QStringLiteral(", ")));
    QVERIFY2(clashes.isEmpty(), qPrintable(where + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
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
