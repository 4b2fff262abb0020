#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "profileeditor/brandform.h"
#include "profileeditor/fieldset.h"
#include "profileeditor/profiledialog.h"
#include "uitestsupport.h"

#include "api/clienttestsupport.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "services/profileeditor.h"
#include "store/draftstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cd;

// The profile and brand editor driven as a user would, offscreen, against an in-process sandbox: create with a
// brand, the API's field errors, a brand submitted to TCR, an inherited brand switched to an own one, an edit that
// sends only what changed, and a delete that names what it releases.
class TestProfileEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    std::unique_ptr<ui::MainWindow> openWindow()
    {
        return uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
    }
    static void select(ui::MainWindow &window, const QString &profileId) { uitest::selectProfile(window, profileId); }
    static ui::ProfileDialog *waitForDialog(ui::MainWindow &window)
    {
        if (!QTest::qWaitFor(
                [&] { return window.profiles()->profileDialog() && window.profiles()->profileDialog()->isVisible(); },
                10000))
            return nullptr;
        return window.profiles()->profileDialog();
    }
    // Types into a field as a user would: focus, select all, type.
    static void type(ui::ProfileDialog *dialog, const QString &path, const QString &text)
    {
        QWidget *widget = dialog->fields()->widget(path);
        QVERIFY2(widget, qPrintable(path));
        dialog->showTab(path.startsWith(QLatin1String("brand.")) ? ui::ProfileDialog::Tab::Brand
                                                                 : ui::ProfileDialog::Tab::Profile);
        widget->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Delete);
            QTest::keyClicks(line, text);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->selectAll();
            QTest::keyClick(plain, Qt::Key_Delete);
            QTest::keyClicks(plain, text);
        }
    }
    static void choose(ui::ProfileDialog *dialog, const QString &path, const QString &value)
    {
        auto *box = qobject_cast<QComboBox *>(dialog->fields()->widget(path));
        QVERIFY2(box, qPrintable(path));
        const int index = box->findData(value);
        QVERIFY2(index >= 0, qPrintable(value));
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_connections = std::make_unique<ConnectionStore>(m_settings.get());
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        m_server = startSandbox(options);
    }
    void cleanup()
    {
        m_server.reset();
        QFile::remove(DraftStore::defaultPath());
    }

    void createsAProfileWithItsBrand()
    {
        auto window = openWindow();
        const int before = window->model()->profileCount();
        window->profiles()->newProfile();
        ui::ProfileDialog *dialog = waitForDialog(*window);
        QVERIFY(dialog);
        uitest::checkAccessibleNames(*dialog);

        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), dialog); // focus moves inside it as the user's Tab and clicks do
        // Nothing is said about a form nobody has touched.
        for (const QString &path : dialog->fields()->paths())
            QVERIFY2(dialog->fields()->shownProblem(path).isEmpty(), qPrintable(path));
        // The short-name rule, once the user leaves the field.
        type(dialog, QStringLiteral("name"), QStringLiteral("Northwind Retail"));
        type(dialog, QStringLiteral("short_name"), QStringLiteral("NW"));
        QVERIFY(dialog->fields()->widget(QStringLiteral("description"))->isVisible());
        dialog->fields()->widget(QStringLiteral("description"))->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(dialog->fields()->shownProblem(QStringLiteral("short_name")).contains(QLatin1String("3 to 11")));
        type(dialog, QStringLiteral("short_name"), QStringLiteral("Northwind"));
        QTRY_VERIFY(dialog->fields()->shownProblem(QStringLiteral("short_name")).isEmpty());
        type(dialog, QStringLiteral("description"),
             QStringLiteral("Order and delivery updates for Northwind's shoppers"));

        // Saving before the billing contact is there: every problem shows, the first field has the focus, nothing is
        // sent.
        dialog->save();
        QVERIFY(!dialog->fields()->shownProblem(QStringLiteral("billing_contact")).isEmpty());
        QVERIFY(!dialog->messageText().isEmpty());
        QVERIFY(!dialog->editor()->isBusy());
        type(dialog, QStringLiteral("billing_contact.name"), QStringLiteral("Ada Ops"));
        type(dialog, QStringLiteral("billing_contact.email"), QStringLiteral("ops@northwind.example"));

        // Its own brand.
        type(dialog, QStringLiteral("brand.contact.name"), QStringLiteral("Ada Ops"));
        type(dialog, QStringLiteral("brand.contact.email"), QStringLiteral("ada@northwind"));
        QTRY_VERIFY(!dialog->fields()->shownProblem(QStringLiteral("brand.contact.email")).isEmpty());
        type(dialog, QStringLiteral("brand.contact.email"), QStringLiteral("ada@northwind.example"));
        type(dialog, QStringLiteral("brand.business.legalName"), QStringLiteral("Northwind Retail LLC"));
        choose(dialog, QStringLiteral("brand.business.entityType"), QStringLiteral("PRIVATE_PROFIT"));
        type(dialog, QStringLiteral("brand.business.url"), QStringLiteral("https://northwind.example"));
        choose(dialog, QStringLiteral("brand.compliance.brandRelationship"), QStringLiteral("SMALL_ACCOUNT"));
        choose(dialog, QStringLiteral("brand.compliance.vertical"), QStringLiteral("RETAIL"));
        type(dialog, QStringLiteral("brand.compliance.destinationCountries"), QStringLiteral("us, ca"));
        choose(dialog, QStringLiteral("brand.compliance.mainCountry"), QStringLiteral("US"));
        qobject_cast<QCheckBox *>(dialog->fields()->widget(QStringLiteral("brand.compliance.isTcrApplication")))
            ->setChecked(true);
        dialog->showTab(ui::ProfileDialog::Tab::Brand);
        // Once everything is right, nothing is marked any more.
        QTRY_VERIFY(dialog->fields()->firstProblemPath().isEmpty());
        QTRY_VERIFY(dialog->messageText().isEmpty());
        uitest::screenshot(*dialog, QStringLiteral("profile-editor-brand"));

        QSignalSpy saved(dialog, &ui::ProfileDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const Profile profile = saved.first().first().value<Profile>();
        QVERIFY(saved.first().at(1).toBool());

        // sent.dm has it, with its brand, as typed.
        const sandbox::Profile *stored = m_server->state().profile(profile.id);
        QVERIFY(stored);
        QCOMPARE(stored->shortName, QStringLiteral("Northwind"));
        QCOMPARE(stored->billingContact->email, QStringLiteral("ops@northwind.example"));
        QVERIFY(!stored->inheritTcrBrand);
        QVERIFY(stored->ownBrand);
        QCOMPARE(stored->ownBrand->vertical, QStringLiteral("RETAIL"));
        QCOMPARE(stored->ownBrand->destinationCountries.size(), 2);
        QCOMPARE(stored->ownBrand->destinationCountries.first().first, QStringLiteral("US"));
        QVERIFY(stored->ownBrand->destinationCountries.first().second);
        QVERIFY(!stored->ownBrand->destinationCountries.last().second);
        QVERIFY(stored->ownBrand->isTcrApplication);

        // The tree has it in place, selected.
        QCOMPARE(window->model()->profileCount(), before + 1);
        QTRY_COMPARE(window->model()->profile(window->filterModel()->mapToSource(window->tree()->currentIndex()))->id,
                     profile.id);
    }

    void sentDmFieldErrorsShowUnderTheirFields()
    {
        auto window = openWindow();
        window->profiles()->newProfile();
        ui::ProfileDialog *dialog = waitForDialog(*window);
        QVERIFY(dialog);
        type(dialog, QStringLiteral("name"), QStringLiteral("Refused"));
        type(dialog, QStringLiteral("short_name"), QStringLiteral("R-1"));
        choose(dialog, QStringLiteral("billing_model"), QStringLiteral("organization"));
        // As if this version's rules were behind sent.dm's: the request goes out, and is refused.
        QSignalSpy failed(dialog->editor(), &ProfileEditor::failed);
        dialog->editor()->save(dialog->form());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY2(dialog->fields()->shownProblem(QStringLiteral("short_name")).contains(QLatin1String("sent.dm:")),
                 qPrintable(dialog->fields()->shownProblem(QStringLiteral("short_name"))));
        QVERIFY(dialog->messageText().contains(QLatin1String("Request ID")));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fields()->widget(QStringLiteral("short_name")))->text(),
                 QStringLiteral("R-1"));
        QVERIFY(dialog->isVisible()); // nothing typed is lost
        QCOMPARE(m_server->state().profiles().size(), qsizetype(window->model()->profileCount()));
        // Changing the field clears what sent.dm said about it.
        type(dialog, QStringLiteral("short_name"), QStringLiteral("Refused"));
        QTRY_VERIFY(dialog->fields()->shownProblem(QStringLiteral("short_name")).isEmpty());
        uitest::screenshot(*dialog, QStringLiteral("profile-editor-refused"));
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        QTRY_VERIFY(!window->profiles()->profileDialog());
    }

    // sent.dm fails without naming a field: what was typed stays, and the focus is on Save, to try again — not on
    // Cancel, where it fell while Save was disabled during the request. When it names a field, the focus is there.
    void aFailedSaveLeavesTheFocusWhereTheUserActsNext()
    {
        auto window = openWindow();
        window->profiles()->newProfile();
        ui::ProfileDialog *dialog = waitForDialog(*window);
        QVERIFY(dialog);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        type(dialog, QStringLiteral("name"), QStringLiteral("Server trouble"));
        type(dialog, QStringLiteral("short_name"), QStringLiteral("Trouble"));
        choose(dialog, QStringLiteral("billing_model"), QStringLiteral("organization"));
        m_server->setFaultRates(1.0, 0, 0);
        QSignalSpy failed(dialog->editor(), &ProfileEditor::failed);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        m_server->setFaultRates(0, 0, 0);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->saveButton()));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->fields()->widget(QStringLiteral("name")))->text(),
                 QStringLiteral("Server trouble"));

        // Refused for a field (as if this version's rules were behind sent.dm's): the focus is on that field.
        type(dialog, QStringLiteral("short_name"), QStringLiteral("R-1"));
        dialog->editor()->save(dialog->form());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->fields()->widget(QStringLiteral("short_name")));
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        QTRY_VERIFY(!window->profiles()->profileDialog());
    }

    // One letter, one target on both tabs of the profile editor.
    void bothTabsHaveOneMnemonicPerLetter()
    {
        auto window = openWindow();
        window->profiles()->newProfile();
        ui::ProfileDialog *dialog = waitForDialog(*window);
        QVERIFY(dialog);
        for (const auto tab : {ui::ProfileDialog::Tab::Profile, ui::ProfileDialog::Tab::Brand}) {
            dialog->showTab(tab);
            uitest::checkMnemonics(*dialog,
                                   tab == ui::ProfileDialog::Tab::Profile ? QStringLiteral("Profile tab")
                                                                          : QStringLiteral("Brand tab"));
        }
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        QTRY_VERIFY(!window->profiles()->profileDialog());
    }

    void aSubmittedBrandIsReadOnlyWithTheReason()
    {
        auto window = openWindow();
        const QString profileId = findProfile(*m_server, [](const sandbox::Profile &p) {
            return !p.inheritTcrBrand && p.ownBrand && p.ownBrand->submittedToTcr;
        });
        QVERIFY(!profileId.isEmpty());
        select(*window, profileId);
        window->profiles()->editProfile(true);
        ui::ProfileDialog *dialog = waitForDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->brandForm()->mode(), ui::BrandForm::Mode::Submitted);
        QVERIFY(dialog->brandForm()->noticeText().contains(QLatin1String("can no longer be changed")));
        QVERIFY(
            qobject_cast<QLineEdit *>(dialog->fields()->widget(QStringLiteral("brand.contact.name")))->isReadOnly());
        QVERIFY(!dialog->fields()->widget(QStringLiteral("brand.compliance.vertical"))->isEnabled());
        QVERIFY(!dialog->form().brand); // never sent
        uitest::screenshot(*dialog, QStringLiteral("profile-editor-submitted-brand"));
        // The profile's own fields can still change.
        type(dialog, QStringLiteral("description"), QStringLiteral("Edited while its brand is registered"));
        QSignalSpy saved(dialog, &ui::ProfileDialog::saved);
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(m_server->state().profile(profileId)->description,
                 QStringLiteral("Edited while its brand is registered"));
    }

    void anInheritedBrandCanBecomeTheProfilesOwn()
    {
        auto window = openWindow();
        const QString profileId = findProfile(*m_server, [](const sandbox::Profile &p) { return p.inheritTcrBrand; });
        QVERIFY(!profileId.isEmpty());
        select(*window, profileId);
        window->profiles()->editProfile(true);
        ui::ProfileDialog *dialog = waitForDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->brandForm()->mode(), ui::BrandForm::Mode::Inherited);
        QVERIFY(dialog->brandForm()->switchButton()->isVisible());
        QVERIFY(
            qobject_cast<QLineEdit *>(dialog->fields()->widget(QStringLiteral("brand.contact.name")))->isReadOnly());
        uitest::screenshot(*dialog, QStringLiteral("profile-editor-inherited-brand"));
        for (const auto tab : {ui::ProfileDialog::Tab::Profile, ui::ProfileDialog::Tab::Brand}) {
            dialog->showTab(tab); // an existing profile (Save) whose brand is inherited (the switch button shows)
            uitest::checkMnemonics(*dialog, QStringLiteral("inherited brand"));
        }

        QTest::mouseClick(dialog->brandForm()->switchButton(), Qt::LeftButton);
        QCOMPARE(dialog->brandForm()->mode(), ui::BrandForm::Mode::Own);
        QVERIFY(!dialog->fields()->isChecked(QStringLiteral("inherit_tcr_brand")));
        QVERIFY(
            !qobject_cast<QLineEdit *>(dialog->fields()->widget(QStringLiteral("brand.contact.name")))->isReadOnly());
        type(dialog, QStringLiteral("brand.contact.name"), QStringLiteral("Own Contact"));
        choose(dialog, QStringLiteral("brand.compliance.brandRelationship"), QStringLiteral("BASIC_ACCOUNT"));
        choose(dialog, QStringLiteral("brand.compliance.vertical"), QStringLiteral("HEALTHCARE"));
        // The organization's destination countries may have come along; the form decides what is sent.
        type(dialog, QStringLiteral("brand.compliance.destinationCountries"), QStringLiteral("US"));
        QSignalSpy saved(dialog, &ui::ProfileDialog::saved);
        dialog->save();
        QPointer<ui::ProfileDialog> open = dialog; // closes itself once saved
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 || (open && !open->messageText().isEmpty()), 10000);
        QVERIFY2(
            saved.count() == 1,
            qPrintable(open ? open->messageText() + QLatin1Char(' ') + open->fields()->firstProblemPath() : QString()));
        const sandbox::Profile *stored = m_server->state().profile(profileId);
        QVERIFY(!stored->inheritTcrBrand);
        QVERIFY(stored->ownBrand);
        QCOMPARE(stored->ownBrand->contactName, QStringLiteral("Own Contact"));
        QCOMPARE(stored->ownBrand->vertical, QStringLiteral("HEALTHCARE"));
    }

    void anEditSendsOnlyWhatChanged()
    {
        auto window = openWindow();
        const QString profileId = findProfile(*m_server, [](const sandbox::Profile &p) {
            return !p.inheritTcrBrand && p.ownBrand && !p.ownBrand->submittedToTcr;
        });
        QVERIFY(!profileId.isEmpty());
        const sandbox::Profile before = *m_server->state().profile(profileId);
        select(*window, profileId);
        window->profiles()->editProfile();
        ui::ProfileDialog *dialog = waitForDialog(*window);
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled()); // nothing to save yet
        type(dialog, QStringLiteral("name"), before.name + QStringLiteral(" (renamed)"));
        QTRY_VERIFY(dialog->saveButton()->isEnabled());
        const QJsonObject body = dialog->editor()->changesFrom(dialog->form()).toJson();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("name")});
        QSignalSpy saved(dialog, &ui::ProfileDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const sandbox::Profile *after = m_server->state().profile(profileId);
        QCOMPARE(after->name, before.name + QStringLiteral(" (renamed)"));
        QCOMPARE(after->ownBrand->contactName, before.ownBrand->contactName);
        // The tree shows the new name, in place.
        QTRY_COMPARE(window->model()->profile(window->model()->profileIndex(profileId))->name, after->name);
    }

    void deletingNamesWhatIsReleased()
    {
        auto window = openWindow();
        const QString profileId =
            findProfile(*m_server, [](const sandbox::Profile &p) { return !p.sendingPhoneNumber.isEmpty(); });
        QVERIFY(!profileId.isEmpty());
        const QString number = m_server->state().profile(profileId)->sendingPhoneNumber;
        const int before = window->model()->profileCount();
        select(*window, profileId);

        // Cancelled: nothing happens.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        window->profiles()->deleteProfile();
        QTRY_VERIFY(ui::MessageBox::lastText().contains(number));
        QVERIFY(!m_server->state().profile(profileId)->deleted);

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window->profiles()->deleteProfile();
        QTRY_COMPARE_WITH_TIMEOUT(window->model()->profileCount(), before - 1, 10000);
        QVERIFY(ui::MessageBox::lastText().contains(QLatin1String("routing rules")));
        const sandbox::Profile *deleted = m_server->state().profile(profileId);
        QVERIFY(!deleted || deleted->deleted);
        QVERIFY(!window->model()->profileIndex(profileId).isValid());
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
