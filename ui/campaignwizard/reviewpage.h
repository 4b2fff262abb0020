#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {
struct Campaign;
struct ApiError;
} // namespace cd

namespace cd::ui {

class CampaignWizard;

// Everything before it goes: every finding grouped by severity (warnings acknowledged one by one, each with a way
// to its field), what it may cost, the exact JSON, a dry run, and the submission itself.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(CampaignWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Starts the submission and stays; the wizard closes when sent.dm has the campaign.
    bool validatePage() override;

    QTreeWidget *findingsView() const { return m_findings; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QString statusText() const;
    QString requestJson() const;

private:
    void refresh();       // the findings changed: the list again
    void updateSummary(); // an acknowledgement changed: the counts and the button
    void onItemChanged(QTreeWidgetItem *item);
    void goToItem(QTreeWidgetItem *item);
    void showStatus(const QString &text, bool error);
    void onSubmitFailed(const cd::ApiError &error, const QMap<QString, QStringList> &fields);
    void importFile();
    void exportFile();

    CampaignWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_billing;
    QTreeWidget *m_findings;
    QPlainTextEdit *m_json;
    QPushButton *m_dryRun;
    QLabel *m_status;
    QMap<QString, QStringList> m_serverFields;
    QJsonObject m_lastChecked; // the body the last automatic dry run checked
    bool m_submitted = false;
    bool m_refreshing = false;
};

} // namespace cd::ui
