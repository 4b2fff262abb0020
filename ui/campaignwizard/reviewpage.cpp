#include "reviewpage.h"

#include "campaignwizard/campaignwizard.h"
#include "style/colors.h"

#include "api/apierror.h"
#include "domain/campaign.h"
#include "services/campaigneditor.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
constexpr int kFieldRole = Qt::UserRole;
constexpr int kFindingRole = Qt::UserRole + 1; // index into the editor's findings
} // namespace

ReviewPage::ReviewPage(CampaignWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(
        tr("Errors must be fixed; each warning must be acknowledged. Double-click a finding to go to its field."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_billing = new QLabel(this);
    m_billing->setWordWrap(true);
    layout->addWidget(m_billing);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_findings = new QTreeWidget(splitter);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHeaderLabels({tr("Finding"), tr("Field"), tr("Rule")});
    m_findings->setRootIsDecorated(true);
    m_findings->setWordWrap(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings->header()->setStretchLastSection(false);
    connect(m_findings, &QTreeWidget::itemChanged, this, &ReviewPage::onItemChanged);
    connect(m_findings, &QTreeWidget::itemActivated, this, &ReviewPage::goToItem);
    m_json = new QPlainTextEdit(splitter);
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("The request that will be sent"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("Check with sent.dm (dry run)"), this);
    m_dryRun->setToolTip(tr("sent.dm validates the campaign with \"sandbox\": true; nothing is created."));
    auto *importButton = new QPushButton(tr("Import JSON…"), this);
    auto *exportButton = new QPushButton(tr("Export JSON…"), this);
    buttons->addWidget(m_dryRun);
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    CampaignEditor *editor = wizard->editor();
    connect(m_dryRun, &QPushButton::clicked, editor, &CampaignEditor::dryRun);
    connect(importButton, &QPushButton::clicked, this, &ReviewPage::importFile);
    connect(exportButton, &QPushButton::clicked, this, &ReviewPage::exportFile);
    connect(editor, &CampaignEditor::findingsChanged, this, &ReviewPage::refresh);
    // Not a rebuild: the user's click on a checkbox is still being handled by the list.
    connect(editor, &CampaignEditor::acknowledgementsChanged, this, &ReviewPage::updateSummary);
    connect(editor, &CampaignEditor::busyChanged, this, [this](bool busy) {
        m_dryRun->setEnabled(!busy);
        if (busy)
            showStatus(tr("Sending to sent.dm…"), false);
        Q_EMIT completeChanged();
    });
    connect(editor, &CampaignEditor::dryRunFinished, this, [this](const ApiError &error) {
        if (!error.isError()) {
            showStatus(tr("sent.dm accepts this campaign as it is (dry run: nothing was created)."), false);
            return;
        }
        QMap<QString, QStringList> fields;
        for (auto it = error.details.begin(); it != error.details.end(); ++it)
            fields[CampaignEditor::fieldForApiPath(it.key())] += it.value();
        onSubmitFailed(error, fields);
    });
    connect(editor, &CampaignEditor::submitFailed, this, &ReviewPage::onSubmitFailed);
    connect(editor, &CampaignEditor::submitted, this, [this](const Campaign &campaign) {
        m_submitted = true;
        Q_EMIT m_wizard->campaignSaved(campaign);
        m_wizard->accept();
    });
}

void ReviewPage::initializePage()
{
    m_wizard->editor()->lintNow();
    const bool edit = m_wizard->editor()->isEdit();
    setButtonText(QWizard::FinishButton, edit ? tr("&Save changes") : tr("&Submit to sent.dm"));
    refresh();
    // sent.dm's own check, and what it will cost, before the user decides (again only when the campaign changed).
    const QJsonObject body = m_wizard->editor()->requestBody();
    if (!m_wizard->editor()->findings().hasErrors() && body != m_lastChecked) {
        m_lastChecked = body;
        m_wizard->editor()->dryRun();
    }
}

void ReviewPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    CampaignEditor *editor = m_wizard->editor();
    const lint::Findings &findings = editor->findings();
    m_findings->clear();
    const struct
    {
        lint::Severity severity;
        QString title;
    } groups[] = {{lint::Severity::Error, tr("Errors: fix these")},
                  {lint::Severity::Warning, tr("Warnings: acknowledge each, or fix it")},
                  {lint::Severity::Info, tr("Notes")}};
    QStringList hinted; // the advice for a rule is given once, with its first finding
    for (const auto &group : groups) {
        QList<int> indexes;
        for (int i = 0; i < findings.items.size(); ++i)
            if (findings.items.at(i).severity == group.severity)
                indexes << i;
        if (indexes.isEmpty())
            continue;
        auto *top = new QTreeWidgetItem(m_findings, {QStringLiteral("%1 (%2)").arg(group.title).arg(indexes.size())});
        top->setFlags(Qt::ItemIsEnabled);
        top->setFirstColumnSpanned(true);
        for (int i : indexes) {
            const lint::Finding &f = findings.items.at(i);
            const QString hint = hinted.contains(f.ruleId) ? QString() : QLatin1Char('\n') + f.hint;
            hinted.append(f.ruleId);
            auto *item = new QTreeWidgetItem(top, {f.message + hint, lint::fieldLabel(f.field), f.ruleId});
            item->setToolTip(1, f.field);
            item->setData(0, kFieldRole, f.field);
            item->setData(0, kFindingRole, i);
            item->setToolTip(0, tr("Predicted rejection: %1").arg(f.category));
            // Only a warning is acknowledged; the rest cannot be ticked.
            item->setFlags(f.severity == lint::Severity::Warning
                               ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (f.severity == lint::Severity::Warning) {
                item->setCheckState(0, editor->isAcknowledged(f) ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(
                    0, tr("Tick to acknowledge: you know, and submit anyway. Predicted rejection: %1").arg(f.category));
            }
        }
        top->setExpanded(true);
    }
    // What sent.dm itself said about fields, after a refused submission.
    if (!m_serverFields.isEmpty()) {
        auto *top = new QTreeWidgetItem(m_findings, {tr("sent.dm refused these fields")});
        top->setFlags(Qt::ItemIsEnabled);
        top->setFirstColumnSpanned(true);
        for (auto it = m_serverFields.begin(); it != m_serverFields.end(); ++it) {
            auto *item = new QTreeWidgetItem(
                top, {it.value().join(QLatin1Char('\n')), lint::fieldLabel(it.key()), QStringLiteral("API")});
            item->setToolTip(1, it.key());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setData(0, kFieldRole, it.key());
        }
        top->setExpanded(true);
    }
    m_json->setPlainText(requestJson());
    m_refreshing = false;
    updateSummary();
}

void ReviewPage::updateSummary()
{
    CampaignEditor *editor = m_wizard->editor();
    const lint::Findings &findings = editor->findings();
    const int errors = findings.count(lint::Severity::Error);
    const int open = int(editor->openWarnings().size());
    if (errors > 0)
        m_summary->setText(tr("%n error(s) to fix before this can be submitted.", nullptr, errors));
    else if (open > 0)
        m_summary->setText(tr("No errors. %n warning(s) still to acknowledge.", nullptr, open));
    else
        m_summary->setText(tr("No errors, and every warning acknowledged: ready to submit."));
    QStringList billing;
    for (const lint::Finding &f : findings.byRule(QStringLiteral("P04")))
        billing << f.message;
    m_billing->setText(billing.join(QLatin1Char(' ')));
    m_billing->setVisible(!billing.isEmpty());
    Q_EMIT completeChanged();
}

QString ReviewPage::requestJson() const
{
    return QString::fromUtf8(QJsonDocument(m_wizard->editor()->requestBody()).toJson(QJsonDocument::Indented));
}

void ReviewPage::onItemChanged(QTreeWidgetItem *item)
{
    if (m_refreshing || !(item->flags() & Qt::ItemIsUserCheckable) || !item->data(0, kFindingRole).isValid())
        return;
    const lint::Findings &findings = m_wizard->editor()->findings();
    const int index = item->data(0, kFindingRole).toInt();
    if (index >= 0 && index < findings.items.size() && findings.items.at(index).severity == lint::Severity::Warning)
        m_wizard->editor()->setAcknowledged(findings.items.at(index), item->checkState(0) == Qt::Checked);
}

void ReviewPage::goToItem(QTreeWidgetItem *item)
{
    const QString field = item->data(0, kFieldRole).toString();
    if (!field.isEmpty())
        m_wizard->goToField(field);
}

bool ReviewPage::isComplete() const
{
    return m_submitted || m_wizard->editor()->canSubmit();
}

bool ReviewPage::validatePage()
{
    if (m_submitted)
        return true;
    m_serverFields.clear();
    m_wizard->editor()->submit();
    return false; // the answer decides
}

QString ReviewPage::statusText() const
{
    return m_status->text();
}

void ReviewPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Colors::errorText(palette()).name()) : QString());
    m_status->setAccessibleName(text);
}

void ReviewPage::onSubmitFailed(const ApiError &error, const QMap<QString, QStringList> &fields)
{
    m_serverFields = fields;
    QString text = error.userMessage();
    if (!fields.isEmpty())
        text += QLatin1Char('\n') + tr("The fields sent.dm refused are listed above; double-click one to fix it.");
    if (error.isTransient() || error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        text += QLatin1Char('\n')
            + tr("Your work is kept as a draft. Submit again to retry: it cannot create the campaign twice.");
    showStatus(text, true);
    refresh();
    // The focus goes where the user acts next, never to Cancel: the findings (double-click one to fix it) when
    // sent.dm named fields, else the submit button, to try again — once the submission is over and it can take it.
    QMetaObject::invokeMethod(
        this,
        [this, named = !fields.isEmpty()] {
            if (named && m_findings->topLevelItemCount() > 0) {
                m_findings->setCurrentItem(m_findings->topLevelItem(0));
                m_findings->setFocus(Qt::OtherFocusReason);
            } else if (QAbstractButton *submit = wizard() ? wizard()->button(QWizard::FinishButton) : nullptr;
                       submit && submit->isEnabled()) {
                submit->setFocus(Qt::OtherFocusReason);
            }
        },
        Qt::QueuedConnection);
}

void ReviewPage::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a campaign"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QJsonParseError parseError{};
    const QJsonDocument document =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError) : QJsonDocument();
    if (!document.isObject()) {
        showStatus(tr("%1 could not be read as a campaign: %2")
                       .arg(path, file.error() != QFile::NoError ? file.errorString() : parseError.errorString()),
                   true);
        return;
    }
    QJsonObject campaign = document.object();
    if (campaign.value(QLatin1String("campaign")).isObject())
        campaign = campaign.value(QLatin1String("campaign")).toObject();
    m_wizard->editor()->setCampaign(Campaign::fromJson(campaign).toRequestJson());
    m_wizard->editor()->lintNow();
    showStatus(tr("Imported %1. The pages show it; check them before submitting.").arg(path), false);
    m_wizard->reloadPages();
}

void ReviewPage::exportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the campaign"), tr("campaign.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QJsonObject body{
        {QStringLiteral("campaign"), m_wizard->editor()->requestBody().value(QLatin1String("campaign"))}};
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(body).toJson()) < 0) {
        showStatus(tr("%1 could not be written: %2").arg(path, file.errorString()), true);
        return;
    }
    showStatus(tr("Exported to %1.").arg(path), false);
}

} // namespace cd::ui
