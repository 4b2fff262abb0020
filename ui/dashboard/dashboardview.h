#pragma once

#include "domain/status.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QSpinBox;
class QTreeWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace cd {
class DashboardAggregates;
}

namespace cd::ui {

// The picture to look at every morning: profiles and campaigns by status, brands by identity status, campaigns
// per use case, and what needs attention, most urgent first. Every slice, bar and row leads to its items: the tree
// is filtered to them (or the item is opened). The numbers are also written out, for screen readers and for
// whoever prefers text.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    // What a click on the dashboard asks the tree to show.
    struct Drill
    {
        enum class Kind { ProfileStatus, CampaignStatus, Identity, UseCase };
        Kind kind = Kind::ProfileStatus;
        StatusCategory status = StatusCategory::Unknown;
        QString word; // identity status or use case
    };

    explicit DashboardView(DashboardAggregates *aggregates, QWidget *parent = nullptr);

    // For tests: the charts, the attention list, and each chart's numbers as text.
    QChart *profilesChart() const { return m_profiles; }
    QChart *campaignsChart() const { return m_campaigns; }
    QChart *identityChart() const { return m_identity; }
    QChart *useCaseChart() const { return m_useCases; }
    QTreeWidget *attentionList() const { return m_attention; }
    // "N profiles are affected by …": shown when the organization's brand or a campaign of its needs attention.
    QLabel *organizationImpact() const { return m_impact; }
    QSpinBox *waitingThreshold() const { return m_waitingDays; } // days in review before an item is flagged
    QString summaryText() const;
    // Shows every change of the tree so far (changes are drawn at most four times a second).
    bool isUpToDate() const;
    // Campaign drafts not yet submitted, by profile (id, name, last saved): listed with what needs attention.
    struct DraftNote
    {
        QString profileId;
        QString profileName;
        QString draftName;
        QDateTime savedAt;
    };
    void setDrafts(const QList<DraftNote> &drafts);

Q_SIGNALS:
    void drillDown(const cd::ui::DashboardView::Drill &drill);
    void openItem(const QString &profileId, const QString &campaignId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void arrange(bool twoColumns);
    void applyTheme();
    QChartView *addChart(QChart *chart, QLabel **summary, const QString &title);

    DashboardAggregates *m_aggregates;
    QChart *m_profiles;
    QChart *m_campaigns;
    QChart *m_identity;
    QChart *m_useCases;
    QList<QChartView *> m_views;
    QLabel *m_profilesText = nullptr;
    QLabel *m_campaignsText = nullptr;
    QLabel *m_identityText = nullptr;
    QLabel *m_useCasesText = nullptr;
    QLabel *m_impact = nullptr;
    QTreeWidget *m_attention = nullptr;
    QSpinBox *m_waitingDays = nullptr;
    QGridLayout *m_grid = nullptr;
    QChartView *m_profilesView = nullptr;
    QChartView *m_campaignsView = nullptr;
    QChartView *m_identityView = nullptr;
    QChartView *m_useCasesView = nullptr;
    QWidget *m_attentionBox = nullptr;
    bool m_twoColumns = false;
    QList<DraftNote> m_drafts;
    QTimer m_refreshTimer; // changes come in bursts (a load, a poll): the charts are redrawn at most this often
    bool m_stale = false;
};

} // namespace cd::ui
