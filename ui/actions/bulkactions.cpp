#include "bulkactions.h"

#include "bulk/bulkjobdialog.h"
#include "bulk/columnmappingdialog.h"
#include "bulk/profilefieldsdialog.h"
#include "dialogs/messagebox.h"
#include "style/icons.h"
#include "tree/organizationtreeview.h"

#include "api/sentclient.h"
#include "core/settings.h"
#include "model/organizationmodel.h"
#include "services/bulkplanner.h"
#include "services/organizationsession.h"
#include "services/profileimport.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>

namespace cd::ui {

BulkActions::BulkActions(OrganizationTreeView *tree, QWidget *window)
    : QObject(window)
    , m_tree(tree)
    , m_window(window)
{
    m_applyCampaign =
        new QAction(Icons::named("document-new"), tr("&Apply a campaign to the selected profiles…"), this);
    m_applyCampaign->setStatusTip(
        tr("Create the same campaign (from a JSON file, with placeholders filled per profile) for every profile "
           "selected, after a preview."));
    m_applySelected = new QAction(Icons::named("document-new"),
                                  tr("Apply the selected campaign to the &other selected profiles…"), this);
    m_applySelected->setStatusTip(tr("Select one campaign and, with Ctrl, the profiles that should have it too."));
    m_applyDraft = new QAction(Icons::named("document-open-recent"),
                               tr("Apply a campaign &draft to the selected profiles…"), this);
    m_complete = new QAction(Icons::named("mail-send"), tr("&Complete setup for the selected profiles…"), this);
    m_changeFields = new QAction(Icons::named("document-edit"), tr("C&hange fields on the selected profiles…"), this);
    m_deleteProfiles = new QAction(Icons::named("edit-delete"), tr("Delete the selected &profiles…"), this);
    m_deleteCampaigns = new QAction(Icons::named("edit-delete"), tr("Delete the selected ca&mpaigns…"), this);
    m_import = new QAction(Icons::named("document-open"), tr("&Import profiles from CSV…"), this);
    m_selectShown = new QAction(Icons::named("view-list-details"), tr("&Select everything the filter shows"), this);
    m_selectShown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_resume = new QAction(Icons::named("document-open-recent"), tr("&Resume unfinished jobs…"), this);
    connect(m_applyCampaign, &QAction::triggered, this, [this] { applyCampaign(); });
    connect(m_complete, &QAction::triggered, this, &BulkActions::completeSetup);
    connect(m_applySelected, &QAction::triggered, this, &BulkActions::applySelectedCampaign);
    connect(m_applyDraft, &QAction::triggered, this, [this] { applyDraft(); });
    connect(m_changeFields, &QAction::triggered, this, &BulkActions::changeFields);
    connect(m_deleteProfiles, &QAction::triggered, this, &BulkActions::deleteProfiles);
    connect(m_deleteCampaigns, &QAction::triggered, this, &BulkActions::deleteCampaigns);
    connect(m_import, &QAction::triggered, this, [this] { importProfiles(); });
    connect(m_selectShown, &QAction::triggered, this, &BulkActions::selectShown);
    connect(m_resume, &QAction::triggered, this, &BulkActions::resumeUnfinished);
    connect(m_tree, &OrganizationTreeView::currentItemChanged, this, &BulkActions::updateActions);
    updateActions();
}

void BulkActions::addTo(QMenu *menu)
{
    menu->addAction(m_selectShown);
    menu->addSeparator();
    menu->addActions(
        {m_applyCampaign, m_applySelected, m_changeFields, m_complete, m_deleteCampaigns, m_deleteProfiles});
    menu->addSeparator();
    menu->addActions({m_import, m_resume});
    connect(menu, &QMenu::aboutToShow, this, &BulkActions::updateActions); // the selection changes without a signal
}

void BulkActions::setSession(OrganizationSession *session)
{
    m_session = session;
    if (session) {
        if (m_tree->selectionModel())
            connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BulkActions::updateActions,
                    Qt::UniqueConnection);
        connect(session, &OrganizationSession::loaded, this, &BulkActions::checkUnfinished);
    }
    updateActions();
}

void BulkActions::updateActions()
{
    const bool ready = m_session && m_session->client() && m_session->jobs();
    const bool profiles = ready && !m_tree->selectedProfileIds().isEmpty();
    m_applyCampaign->setEnabled(profiles);
    m_complete->setEnabled(profiles);
    m_changeFields->setEnabled(profiles);
    m_applyDraft->setEnabled(profiles);
    const QMap<QString, QStringList> campaigns = ready ? m_tree->selectedCampaignIds() : QMap<QString, QStringList>();
    m_applySelected->setEnabled(campaigns.size() == 1 && campaigns.first().size() == 1
                                && m_tree->selectedProfileIds().size() > 1);
    m_deleteProfiles->setEnabled(profiles && m_session->managesProfiles());
    m_deleteCampaigns->setEnabled(ready && !m_tree->selectedCampaignIds().isEmpty());
    m_import->setEnabled(ready && m_session->managesProfiles());
    m_selectShown->setEnabled(m_session);
    m_resume->setEnabled(ready);
}

void BulkActions::selectShown()
{
    QItemSelectionModel *selection = m_tree->selectionModel();
    if (!selection)
        return;
    QItemSelection all;
    const QModelIndex organization = m_tree->model()->index(0, 0);
    const int rows = m_tree->model()->rowCount(organization);
    if (rows > 0)
        all.select(m_tree->model()->index(0, 0, organization), m_tree->model()->index(rows - 1, 0, organization));
    selection->select(all, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (rows > 0) // the details follow the first of them, rather than the organization
        selection->setCurrentIndex(m_tree->model()->index(0, 0, organization), QItemSelectionModel::NoUpdate);
    Q_EMIT message(tr("%n profile(s) selected", nullptr, int(m_tree->selectedProfileIds().size())), 4000);
    updateActions();
}

void BulkActions::applyCampaign(const QString &templatePath)
{
    const QStringList ids = m_tree->selectedProfileIds();
    if (!m_session || ids.isEmpty())
        return;
    const QString path = !templatePath.isEmpty()
        ? templatePath
        : QFileDialog::getOpenFileName(m_window, tr("The campaign to apply"), {}, tr("Campaign files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QJsonParseError error{};
    const QJsonDocument document =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    QJsonObject campaign = document.object();
    if (campaign.value(QLatin1String("campaign")).isObject())
        campaign = campaign.value(QLatin1String("campaign")).toObject();
    if (!file.isOpen() || error.error != QJsonParseError::NoError || campaign.isEmpty()) {
        MessageBox::warning(m_window, tr("Apply a campaign"),
                            !file.isOpen() ? tr("%1 could not be read: %2").arg(path, file.errorString())
                                           : tr("%1 does not hold a campaign (a JSON object, as the API's "
                                                "“campaign” field has it).")
                                                 .arg(path));
        return;
    }
    const QString name = campaign.value(QLatin1String("name")).toString();
    auto *dialog = new BulkJobDialog(m_session, tr("Apply the campaign “%1”").arg(name), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prepare(
        ids, true, [campaign](const QList<ProfileNode> &nodes) { return BulkPlanner::applyCampaign(campaign, nodes); });
    dialog->show();
}

void BulkActions::applySelectedCampaign()
{
    const QMap<QString, QStringList> campaigns = m_tree->selectedCampaignIds();
    if (!m_session || campaigns.size() != 1 || campaigns.first().size() != 1)
        return;
    const QString sourceProfile = campaigns.firstKey();
    const QString campaignId = campaigns.first().first();
    QStringList targets = m_tree->selectedProfileIds();
    targets.removeAll(sourceProfile);
    if (targets.isEmpty())
        return;
    // The campaign as sent.dm has it now, not as the tree last saw it.
    m_session->fetchCampaigns(sourceProfile, this, [this, campaignId, targets](const Result<QList<Campaign>> &result) {
        if (!result.ok()) {
            MessageBox::warning(m_window, tr("Apply a campaign"), result.error().userMessage());
            return;
        }
        const auto found = std::find_if(result.value().cbegin(), result.value().cend(),
                                        [&](const Campaign &c) { return c.id == campaignId; });
        if (found == result.value().cend()) {
            MessageBox::warning(m_window, tr("Apply a campaign"),
                                tr("The campaign is no longer there; it may have been deleted meanwhile."));
            return;
        }
        const QJsonObject campaign = found->toRequestJson();
        auto *dialog = new BulkJobDialog(m_session, tr("Apply the campaign “%1”").arg(found->name), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->prepare(targets, true, [campaign](const QList<ProfileNode> &nodes) {
            return BulkPlanner::applyCampaign(campaign, nodes);
        });
        dialog->show();
    });
}

void BulkActions::applyDraft(const QString &draftId)
{
    const QStringList ids = m_tree->selectedProfileIds();
    if (!m_session || ids.isEmpty())
        return;
    m_session->listDrafts({}, this, [this, ids, draftId](const QList<Draft> &drafts, const QList<QString> &) {
        QList<Draft> usable; // a new campaign's draft; one editing a campaign belongs to that campaign
        for (const Draft &d : drafts)
            if (!d.isEdit() && !d.campaign.isEmpty())
                usable.append(d);
        if (usable.isEmpty()) {
            MessageBox::warning(m_window, tr("Apply a campaign draft"),
                                tr("This connection has no draft of a new campaign."));
            return;
        }
        auto chosen = std::find_if(usable.cbegin(), usable.cend(), [&](const Draft &d) { return d.id == draftId; });
        if (chosen == usable.cend()) {
            QStringList titles;
            for (const Draft &d : usable)
                titles << tr("%1 (%2)").arg(d.title(),
                                            QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat));
            bool ok = false;
            const QString title =
                QInputDialog::getItem(m_window, tr("Apply a campaign draft"),
                                      tr("The draft to apply (it stays a draft):"), titles, 0, false, &ok);
            if (!ok)
                return;
            chosen = usable.cbegin() + titles.indexOf(title);
        }
        const QJsonObject campaign = chosen->campaign;
        auto *dialog = new BulkJobDialog(m_session, tr("Apply the campaign “%1”").arg(chosen->title()), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->prepare(ids, true, [campaign](const QList<ProfileNode> &nodes) {
            return BulkPlanner::applyCampaign(campaign, nodes);
        });
        dialog->show();
    });
}

void BulkActions::completeSetup()
{
    const QStringList ids = m_tree->selectedProfileIds();
    if (!m_session || ids.isEmpty())
        return;
    bool ok = false;
    const QString webhook = QInputDialog::getText(
        m_window, tr("Complete setup"), tr("sent.dm calls this address once each completion finishes (https://…):"),
        QLineEdit::Normal, Settings::value(Settings::webhookUrl, m_session->connection().id), &ok);
    if (!ok || webhook.trimmed().isEmpty())
        return;
    Settings::setValue(Settings::webhookUrl, webhook.trimmed(), m_session->connection().id);
    auto *dialog =
        new BulkJobDialog(m_session, tr("Complete the setup of %n profile(s)", nullptr, int(ids.size())), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prepare(ids, true, [webhook = webhook.trimmed()](const QList<ProfileNode> &nodes) {
        return BulkPlanner::completeProfiles(webhook, nodes);
    });
    dialog->show();
}

void BulkActions::changeFields()
{
    const QStringList ids = m_tree->selectedProfileIds();
    if (!m_session || ids.isEmpty())
        return;
    ProfileFieldsDialog form(int(ids.size()), m_window);
    if (form.exec() != QDialog::Accepted || !form.changesAnything())
        return;
    auto *dialog = new BulkJobDialog(m_session, form.windowTitle(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What the tree knows of the organization's brand and campaigns now (a shared copy), for the switch preview.
    dialog->prepare(ids, false,
                    [fields = form.fields(), facts = form.brandFacts(),
                     organization = m_tree->organizationModel()->inheritance()](const QList<ProfileNode> &nodes) {
                        return BulkPlanner::changeProfileFields(fields, facts, nodes, &organization);
                    });
    dialog->show();
}

void BulkActions::deleteProfiles()
{
    const QStringList ids = m_tree->selectedProfileIds();
    if (!m_session || ids.isEmpty())
        return;
    auto *dialog = new BulkJobDialog(m_session, tr("Delete %n profile(s)", nullptr, int(ids.size())), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prepare(ids, true, [](const QList<ProfileNode> &nodes) { return BulkPlanner::deleteProfiles(nodes); });
    dialog->show();
}

void BulkActions::deleteCampaigns()
{
    const QMap<QString, QStringList> selected = m_tree->selectedCampaignIds();
    if (!m_session || selected.isEmpty())
        return;
    int count = 0;
    for (const QStringList &ids : selected)
        count += int(ids.size());
    auto *dialog = new BulkJobDialog(m_session, tr("Delete %n campaign(s)", nullptr, count), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prepare(selected.keys(), true, [selected](const QList<ProfileNode> &nodes) {
        QList<ProfileNode> chosen;
        for (ProfileNode node : nodes) {
            const QStringList wanted = selected.value(node.profile.id);
            node.campaigns.removeIf([&](const Campaign &c) { return !wanted.contains(c.id); });
            chosen.append(node);
        }
        return BulkPlanner::deleteCampaigns(chosen);
    });
    dialog->show();
}

void BulkActions::importProfiles(const QString &csvPath)
{
    if (!m_session || !m_session->client())
        return;
    const QString path = !csvPath.isEmpty()
        ? csvPath
        : QFileDialog::getOpenFileName(m_window, tr("Profiles to import"), {}, tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(m_window, tr("Import profiles"),
                            tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    const auto table = ProfileImport::parse(file.readAll(), &error);
    if (!table) {
        MessageBox::warning(m_window, tr("Import profiles"), tr("%1: %2").arg(path, error));
        return;
    }
    // Matched by the headers, then as the last import of this connection had it; then shown, to be put right.
    const ProfileImport::Mapping guessed = ProfileImport::mappingFor(
        table->header,
        QJsonDocument::fromJson(Settings::value(Settings::importMapping, m_session->connection().id).toUtf8())
            .object());
    ColumnMappingDialog columns(*table, guessed, m_window);
    if (columns.exec() != QDialog::Accepted)
        return;
    const ProfileImport::Mapping mapping = columns.mapping();
    Settings::setValue(
        Settings::importMapping,
        QString::fromUtf8(
            QJsonDocument(ProfileImport::mappingToJson(mapping, table->header)).toJson(QJsonDocument::Compact)),
        m_session->connection().id);
    auto *dialog = new BulkJobDialog(m_session, tr("Import %n profile(s)", nullptr, int(table->rows.size())), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    CallOptions options;
    options.priority = Priority::Background;
    // The profiles there are now, to flag the rows that repeat one of them.
    m_session->client()->listProfiles(
        options, dialog, [dialog, table, mapping](const Result<QList<Profile>> &existing) {
            if (!existing.ok()) {
                MessageBox::warning(dialog, dialog->windowTitle(), existing.error().userMessage());
                return;
            }
            dialog->showPlan(ProfileImport::plan(ProfileImport::rows(*table, mapping, existing.value())));
        });
}

void BulkActions::checkUnfinished()
{
    if (!m_session || !m_session->jobs())
        return;
    m_session->listJobs(this, [this](const QList<BulkJob> &jobs) {
        const auto count =
            std::count_if(jobs.cbegin(), jobs.cend(), [](const BulkJob &job) { return job.isUnfinished(); });
        if (count > 0)
            Q_EMIT unfinishedJobs(int(count));
    });
}

void BulkActions::resumeUnfinished()
{
    if (!m_session || !m_session->jobs())
        return;
    m_session->listJobs(this, [this](const QList<BulkJob> &jobs) {
        int shown = 0;
        for (const BulkJob &job : jobs) {
            if (!job.isUnfinished() || job.dryRun)
                continue;
            auto *dialog = new BulkJobDialog(m_session, job.title, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            dialog->resume(job.id);
            ++shown;
        }
        if (shown == 0)
            Q_EMIT message(tr("No bulk job of this connection is waiting to be finished."), 5000);
    });
}

} // namespace cd::ui
