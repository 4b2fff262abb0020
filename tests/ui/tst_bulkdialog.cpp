#include "uitestsupport.h"

#include "api/clienttestsupport.h"
#include "store/jobjournal.h"

#include "actions/bulkactions.h"
#include "bulk/bulkjobdialog.h"
#include "bulk/columnmappingdialog.h"
#include "bulk/profilefieldsdialog.h"
#include "core/settings.h"
#include "dialogs/messagebox.h"
#include "lint/lintfixtures.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/bulkjobmodel.h"
#include "services/bulkrunner.h"
#include "store/draft.h"
#include "store/draftstore.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace cd;

// The Bulk menu offscreen, against the sandbox: several profiles selected in the tree, a campaign applied to them
// through the job's dialog (the preview with what is left out and why, the run, each item's state), the failed ones
// retried, and a job left unfinished offered again.
class TestBulkDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;

    QString templateFile(const QString &name)
    {
        const QJsonObject campaign = templatedCompliant(name);
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the template");
        file.write(QJsonDocument(campaign).toJson());
        return path;
    }

    static ui::BulkJobDialog *openDialog(ui::MainWindow &window)
    {
        const auto dialogs = window.findChildren<ui::BulkJobDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
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
    }

    void aCampaignForTheSelectedProfiles()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto server = startSandbox(options);
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);

        // Everything the filter shows, selected at once: every profile of the demo organization.
        window->bulk()->selectShown();
        const QStringList selected = window->tree()->selectedProfileIds();
        QCOMPARE(selected.size(), window->model()->profileCount());
        QVERIFY(window->bulk()->applyCampaignAction()->isEnabled());

        window->bulk()->applyCampaign(templateFile(QStringLiteral("Bulk reminders")));
        ui::BulkJobDialog *dialog = openDialog(*window);
        QVERIFY(dialog);
        uitest::checkAccessibleNames(*dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->hasPlan(), 30000);
        const BulkPlan::Counts counts = dialog->model()->plan().counts();
        QCOMPARE(dialog->model()->rowCount(), selected.size());
        // The demo has profiles that inherit the organization's campaigns or have no brand: left out, and said why.
        QVERIFY(counts.excluded > 0);
        QVERIFY(counts.ready > 0);
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            if (dialog->model()->plannedAt(row)->verdict == PlannedItem::Verdict::Excluded)
                QVERIFY(!dialog->model()
                             ->data(dialog->model()->index(row, BulkJobModel::DetailColumn))
                             .toString()
                             .isEmpty());
        QVERIFY(dialog->summaryLabel()->text().contains(QString::number(counts.excluded)));
        dialog->table()->selectRow(0);
        uitest::screenshot(*dialog, QStringLiteral("bulk-preview"));

        // The run: each item that went ends done, with what it made.
        dialog->acknowledgeBox()->setChecked(true);
        QVERIFY(dialog->startButton()->isEnabled());
        dialog->startButton()->click();
        QVERIFY(dialog->runner());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->state() == BulkRunner::State::Finished, 60000);
        const BulkJob &job = dialog->runner()->job();
        QCOMPARE(job.counts().done, counts.ready + counts.warnings);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Bulk reminders")), job.counts().done);
        int done = 0;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            done += dialog->model()->data(dialog->model()->index(row, 0), BulkJobModel::ItemStateRole).toInt()
                == int(BulkItem::State::Done);
        QCOMPARE(done, job.counts().done);
        QVERIFY(!dialog->startButton()->isVisible());
        QVERIFY(!dialog->retryButton()->isVisible());                                         // nothing failed
        QVERIFY(!dialog->pauseButton()->isVisible() && !dialog->cancelButton()->isVisible()); // it has ended
        const QByteArray csv = dialog->model()->resultsCsv();
        QCOMPARE(csv.count("\r\n"), dialog->model()->rowCount() + 1);
        QVERIFY(csv.contains(",done,"));
        uitest::screenshot(*dialog, QStringLiteral("bulk-done"));

        dialog->close();
    }

    void theFailedOnesAreRetried()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto server = startSandbox(options);
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        const QString profileId = ownCampaignsProfile(*server);
        window->tree()->selectItem(profileId);
        QCOMPARE(window->tree()->selectedProfileIds(), QStringList{profileId});

        window->bulk()->applyCampaign(templateFile(QStringLiteral("Second try")));
        ui::BulkJobDialog *dialog = openDialog(*window);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->hasPlan(), 30000);
        QCOMPARE(dialog->model()->plan().counts().ready, 1);
        // The creation is made, but its answer is lost every time: the item fails (it may have been made).
        server->setFaultRates(0, 1.0, 0);
        server->setDroppedMethods({"POST"});
        dialog->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->state() == BulkRunner::State::Finished, 60000);
        QCOMPARE(dialog->runner()->job().counts().failed, 1);
        QVERIFY(dialog->retryButton()->isVisible() && dialog->retryButton()->isEnabled());
        QVERIFY(!dialog->model()->data(dialog->model()->index(0, BulkJobModel::DetailColumn)).toString().isEmpty());
        uitest::screenshot(*dialog, QStringLiteral("bulk-failed"));

        // Retried once the network is back: sent.dm replays the creation under the item's key, not a second one.
        server->setFaultRates(0, 0, 0);
        dialog->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->state() == BulkRunner::State::Finished
                                     && dialog->runner()->job().counts().done == 1,
                                 60000);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Second try"), profileId), 1);
        QVERIFY(!dialog->retryButton()->isVisible());
        dialog->close();
    }

    void theSelectedCampaignForTheOtherProfiles()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto server = startSandbox(options);
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        // A campaign of one profile, and two other profiles with brands and campaigns of their own.
        const QString source = ownCampaignsProfile(*server);
        const sandbox::Campaign &campaign = server->state().profile(source)->campaigns.first();
        QStringList others;
        for (const auto &p : server->state().profiles())
            if (p.id != source && !p.inheritTcrCampaign && server->state().effectiveBrand(p) && others.size() < 2
                && std::none_of(p.campaigns.cbegin(), p.campaigns.cend(),
                                [&](const sandbox::Campaign &c) { return c.name == campaign.name; }))
                others << p.id;
        QCOMPARE(others.size(), 2);
        window->tree()->expandAll();
        QTRY_VERIFY(window->model()->campaignIndex(source, campaign.id).isValid());
        QItemSelection rows;
        for (const QModelIndex &index :
             {window->model()->campaignIndex(source, campaign.id), window->model()->profileIndex(others.at(0)),
              window->model()->profileIndex(others.at(1))}) {
            const QModelIndex shown = window->filterModel()->mapFromSource(index);
            rows.select(shown, shown);
        }
        window->tree()->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window->tree()->selectedCampaignIds().value(source), QStringList{campaign.id});
        QVERIFY(window->bulk()->applySelectedCampaignAction()->isEnabled());
        window->bulk()->applySelectedCampaign();
        QTRY_VERIFY_WITH_TIMEOUT(openDialog(*window) && openDialog(*window)->model()->hasPlan(), 30000);
        ui::BulkJobDialog *dialog = openDialog(*window);
        QCOMPARE(dialog->model()->rowCount(), 2); // the other two, not the campaign's own profile
        dialog->acknowledgeBox()->setChecked(true);
        dialog->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner() && dialog->runner()->state() == BulkRunner::State::Finished, 30000);
        const BulkJob &job = dialog->runner()->job();
        QVERIFY(!job.items.isEmpty());
        QCOMPARE(job.counts().done, int(job.items.size()));
        for (const BulkItem &item : job.items)
            QCOMPARE(campaignsNamed(*server, campaign.name, item.profileId), 1);
        QCOMPARE(campaignsNamed(*server, campaign.name, source), 1);
        dialog->close();
    }

    void profilesImportedWithTheirColumnsChosenAndRemembered()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto server = startSandbox(options);
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        Settings::setValue(Settings::importMapping, QString(), window->session()->connection().id); // none yet
        // "Standort" is no field's name: the user says it holds the names, once.
        const QString path = m_dir.filePath(QStringLiteral("import.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Standort;Short name;Billing model\r\nPraxis Müller;MUELLER;organization\r\n"
                   "Clínica Peña;PENA;organization\r\n");
        file.close();
        QStringList preselected;
        auto answer = [&](bool chooseName) {
            QTimer::singleShot(0, this, [&, chooseName] {
                auto *columns = qobject_cast<ui::ColumnMappingDialog *>(QApplication::activeModalWidget());
                QVERIFY(columns);
                uitest::checkAccessibleNames(*columns);
                uitest::checkMnemonics(*columns, QStringLiteral("the columns"));
                preselected.clear();
                for (QComboBox *box : columns->boxes())
                    preselected << box->currentData().toString();
                if (chooseName)
                    columns->boxes().at(0)->setCurrentIndex(columns->boxes().at(0)->findData(QStringLiteral("name")));
                uitest::screenshot(*columns, QStringLiteral("bulk-columns"));
                columns->accept();
            });
        };
        answer(true);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok); // a warning would not wait for an answer
        window->bulk()->importProfiles(path);
        QTRY_VERIFY_WITH_TIMEOUT(
            openDialog(*window) && (openDialog(*window)->model()->hasPlan() || !ui::MessageBox::lastText().isEmpty()),
            30000);
        QVERIFY2(ui::MessageBox::lastText().isEmpty(), qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(preselected, (QStringList{QString(), QStringLiteral("short_name"), QStringLiteral("billing_model")}));
        QTRY_VERIFY_WITH_TIMEOUT(openDialog(*window) && openDialog(*window)->model()->hasPlan(), 30000);
        ui::BulkJobDialog *dialog = openDialog(*window);
        QCOMPARE(dialog->model()->plan().counts().ready, 2);
        dialog->close();
        QTRY_VERIFY(!openDialog(*window));

        // The next file with those headers: its columns as chosen last time.
        answer(false);
        window->bulk()->importProfiles(path);
        QCOMPARE(preselected.value(0), QStringLiteral("name"));
        QTRY_VERIFY(openDialog(*window));
        openDialog(*window)->close();
    }

    void aDraftForTheSelectedProfiles()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto server = startSandbox(options);
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        const QString profileId = ownCampaignsProfile(*server);
        // A draft written for one profile, not submitted: applied to another, it stays a draft.
        const Draft draft = Draft::create(window->session()->connection().id, profileId,
                                          templatedCompliant(QStringLiteral("From a draft")));
        window->sessions()->drafts()->save(draft);
        QString target;
        for (const auto &p : server->state().profiles())
            if (p.id != profileId && !p.inheritTcrCampaign && server->state().effectiveBrand(p) && target.isEmpty())
                target = p.id;
        window->tree()->selectItem(target);
        QTRY_VERIFY(window->bulk()->applyDraftAction()->isEnabled());
        window->bulk()->applyDraft(draft.id);
        QTRY_VERIFY_WITH_TIMEOUT(openDialog(*window) && openDialog(*window)->model()->hasPlan(), 30000);
        ui::BulkJobDialog *dialog = openDialog(*window);
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->plannedAt(0)->item.profileId, target);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("From a draft")));
        dialog->acknowledgeBox()->setChecked(true);
        dialog->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner() && dialog->runner()->state() == BulkRunner::State::Finished, 30000);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("From a draft"), target), 1);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("From a draft"), profileId), 0);
        dialog->close();
    }

    void theFieldsFormSaysOnlyWhatChanges()
    {
        ui::ProfileFieldsDialog form(3);
        uitest::checkAccessibleNames(form);
        uitest::checkMnemonics(form, QStringLiteral("the fields form"));
        QVERIFY(!form.changesAnything()); // every field starts at "leave as it is"
        QVERIFY(form.fields().toJson().isEmpty());
        // People read labels, never the wire words.
        QVERIFY(form.verticalBox()->findData(QStringLiteral("HEALTHCARE")) > 0);
        QVERIFY(!form.verticalBox()
                     ->itemText(form.verticalBox()->findData(QStringLiteral("HEALTHCARE")))
                     .contains(QLatin1Char('_')));
        form.verticalBox()->setCurrentIndex(form.verticalBox()->findData(QStringLiteral("HEALTHCARE")));
        form.billingBox()->setCurrentIndex(form.billingBox()->findData(QStringLiteral("organization")));
        QVERIFY(form.changesAnything());
        QCOMPARE(form.brandFacts().vertical, QStringLiteral("HEALTHCARE"));
        form.countriesField()->setText(QStringLiteral("us, ca"));
        QCOMPARE(form.brandFacts().destinationCountries.size(), 2);
        QCOMPARE(form.brandFacts().destinationCountries.at(0).id, QStringLiteral("US"));
        QVERIFY(form.brandFacts().destinationCountries.at(0).isMain);
        QVERIFY(!form.brandFacts().destinationCountries.at(1).isMain);
        QVERIFY(form.brandFacts().brandRelationship.isEmpty());
        QCOMPARE(form.fields().toJson(),
                 QJsonObject({{QStringLiteral("billing_model"), QStringLiteral("organization")}}));
        uitest::screenshot(form, QStringLiteral("bulk-fields"));
    }

    void aJobLeftUnfinishedIsOffered()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto server = startSandbox(options);
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        // A job written down and never run (the program ended at once), of this connection.
        const QString profileId = ownCampaignsProfile(*server);
        BulkJob job;
        job.title = QStringLiteral("Left behind");
        BulkItem item;
        item.action = BulkItem::Action::CreateCampaign;
        item.profileId = profileId;
        item.label = QStringLiteral("Left behind");
        item.input =
            Campaign::fromJson(campaignBody(QStringLiteral("Left behind")).value(QLatin1String("campaign")).toObject())
                .toJson();
        job.items = {item};
        job.scope = window->session()->changeScope();
        job.id = BulkJob::newId();
        job.state = BulkJob::State::Running;
        job.items[0].key = BulkJob::newKey();
        bool written = false;
        window->session()->jobs()->write(job, this, [&](bool ok) { written = ok; });
        QTRY_VERIFY(written);

        QSignalSpy offered(window->bulk(), &ui::BulkActions::unfinishedJobs);
        window->session()->refresh();
        QVERIFY(offered.wait(30000));
        QVERIFY(offered.first().at(0).toInt() >= 1);
        QTRY_VERIFY(window->banner()->text().contains(QLatin1String("did not finish")));

        window->bulk()->resumeUnfinished();
        QTRY_VERIFY(openDialog(*window));
        ui::BulkJobDialog *dialog = openDialog(*window);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner() && dialog->runner()->state() == BulkRunner::State::Finished, 30000);
        QCOMPARE(dialog->runner()->job().counts().done, 1);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Left behind"), profileId), 1);
        QCOMPARE(dialog->model()->rowCount(), 1);
        dialog->close();
    }
};

QTEST_MAIN(TestBulkDialog)
#include "tst_bulkdialog.moc"
