#include "dashboardview.h"
#include "core/datetext.h"

#include "core/settings.h"
#include "domain/labels.h"

#include "model/dashboardaggregates.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cd::ui {

namespace {

// One colour per status, the badges' hues, readable on either background.
QColor statusColor(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case StatusCategory::InReview:
        return QColor(0xe0, 0x9b, 0x1a);
    case StatusCategory::Approved:
        return QColor(0x2e, 0x9d, 0x5b);
    case StatusCategory::Rejected:
        return QColor(0xd0, 0x45, 0x3c);
    case StatusCategory::Expired:
        return QColor(0x8d, 0x6e, 0x63);
    case StatusCategory::NotSynced:
        return QColor(0xc8, 0x6a, 0x14);
    case StatusCategory::Unknown:
        break;
    }
    return QColor(0x8e, 0x6b, 0xbf);
}

// The full name (it may be cut short in a narrow column) and the date the item entered its state.
void sinceTip(QTreeWidgetItem *row, const QDateTime &since)
{
    row->setToolTip(0, row->text(0));
    row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    if (since.isValid())
        row->setToolTip(2, DashboardView::tr("In this state since %1").arg(DateText::brief(since)));
}

QString countsText(const QString &what, int total, const QStringList &parts)
{
    return parts.isEmpty()
        ? QStringLiteral("%1: %2").arg(what.toHtmlEscaped()).arg(total)
        : QStringLiteral("%1: %2 — %3").arg(what.toHtmlEscaped()).arg(total).arg(parts.join(QStringLiteral(", ")));
}

// One number of a summary as a link to its items: what a slice or a bar does, from the keyboard too.
QString drillLink(const QString &text, DashboardView::Drill::Kind kind, StatusCategory status, const QString &word = {})
{
    return QStringLiteral("<a href='drill:%1:%2:%3'>%4</a>")
        .arg(int(kind))
        .arg(int(status))
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(word)),
             text.toHtmlEscaped().replace(QLatin1Char(' '), QLatin1String("&nbsp;")));
}

// A slice's colour before its number: the legend. Spaces on a coloured ground, so a screen reader says nothing.
QString swatch(const QColor &color)
{
    return QStringLiteral("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;</span>&nbsp;").arg(color.name());
}

QString plainText(const QLabel *label)
{
    // The swatches and the non-breaking spaces are layout, not words.
    return QTextDocumentFragment::fromHtml(label->text())
        .toPlainText()
        .replace(QChar(0x00A0), QLatin1Char(' '))
        .simplified();
}

std::optional<DashboardView::Drill> drillOf(const QString &link)
{
    const QStringList parts = link.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts[0] != QLatin1String("drill"))
        return std::nullopt;
    DashboardView::Drill drill;
    drill.kind = DashboardView::Drill::Kind(parts[1].toInt());
    drill.status = StatusCategory(parts[2].toInt());
    drill.word = QUrl::fromPercentEncoding(parts[3].toLatin1());
    return drill;
}

} // namespace

DashboardView::DashboardView(DashboardAggregates *aggregates, QWidget *parent)
    : QWidget(parent)
    , m_aggregates(aggregates)
    , m_profiles(new QChart)
    , m_campaigns(new QChart)
    , m_identity(new QChart)
    , m_useCases(new QChart)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    m_grid = grid;
    m_profilesView = addChart(m_profiles, &m_profilesText, tr("Profiles by status"));
    m_campaignsView = addChart(m_campaigns, &m_campaignsText, tr("Campaigns by status"));
    m_identityView = addChart(m_identity, &m_identityText, tr("Brands by identity status"));
    m_useCasesView = addChart(m_useCases, &m_useCasesText, tr("Campaigns per use case"));
    m_useCasesView->setMinimumHeight(280);
    // The one definition, shared with the report and the CLI: each campaign once.
    const QString onceEach =
        tr("Each campaign counts once: an organization campaign that several profiles inherit is one campaign.");
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_campaignsView, m_campaignsText, m_useCasesView, m_useCasesText})
        w->setToolTip(onceEach);

    // What needs attention.
    m_attentionBox = new QWidget(content);
    auto *attentionLayout = new QVBoxLayout(m_attentionBox);
    attentionLayout->setContentsMargins(0, 0, 0, 0);
    auto *attentionTitle =
        new QLabel(tr("<b>Needs attention</b> — most urgent first; Enter or double-click opens"), m_attentionBox);
    attentionTitle->setWordWrap(true);
    attentionLayout->addWidget(attentionTitle);
    // How long a review may take before it is flagged: TCR's vetting usually takes days, a carrier's weeks.
    auto *thresholdRow = new QHBoxLayout;
    auto *thresholdLabel = new QLabel(tr("Flag &reviews waiting more than"), m_attentionBox);
    m_waitingDays = new QSpinBox(m_attentionBox);
    m_waitingDays->setRange(1, 365);
    m_waitingDays->setSuffix(tr(" days"));
    m_waitingDays->setAccessibleName(tr("Days in review before an item is flagged"));
    thresholdLabel->setBuddy(m_waitingDays);
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_waitingDays);
    thresholdRow->addStretch(1);
    attentionLayout->addLayout(thresholdRow);
    m_waitingDays->setValue(std::clamp(Settings::value(Settings::dashboardWaitingDays), 1, 365));
    if (m_waitingDays->value() != m_aggregates->waitingThresholdDays())
        m_aggregates->setWaitingThresholdDays(m_waitingDays->value());
    connect(m_waitingDays, &QSpinBox::valueChanged, this, [this](int days) {
        Settings::setValue(Settings::dashboardWaitingDays, days);
        m_aggregates->setWaitingThresholdDays(days);
    });
    m_impact = new QLabel(m_attentionBox);
    m_impact->setWordWrap(true);
    m_impact->hide();
    attentionLayout->addWidget(m_impact);
    m_attention = new QTreeWidget(m_attentionBox);
    m_attention->setHeaderLabels({tr("Item"), tr("Why"), tr("Days")});
    m_attention->headerItem()->setToolTip(2, tr("Days in its current state"));
    m_attention->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_attention->setRootIsDecorated(false);
    m_attention->setAccessibleName(tr("Items that need attention"));
    m_attention->setMinimumHeight(200);
    m_attention->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attention->header()->setStretchLastSection(false);
    connect(m_attention, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openItem(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
    });
    attentionLayout->addWidget(m_attention, 1);
    setFocusProxy(m_attention); // what a keyboard user came for: what needs attention
    arrange(false);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_aggregates, &DashboardAggregates::changed, this, [this] {
        // Hidden, it is brought up to date when shown; shown, at most four times a second.
        m_stale = true;
        if (isVisible() && !m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    applyTheme();
    refresh();
}

QChartView *DashboardView::addChart(QChart *chart, QLabel **summary, const QString &title)
{
    chart->setTitle(title);
    // The chart's own legend is one row that cuts names short, or vanishes, in a narrow column: the text under the
    // chart is the legend instead (a colour swatch, the number and the name; it wraps).
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation); // live updates must not wobble
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    view->setAccessibleName(title);
    m_views.append(view);
    *summary = new QLabel(view);
    (*summary)->setWordWrap(true);
    (*summary)->setTextFormat(Qt::RichText);
    // Each number is a link to its items, reachable with Tab and Enter; the text can still be selected and copied.
    (*summary)->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(*summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const std::optional<Drill> drill = drillOf(link))
            Q_EMIT drillDown(*drill);
    });
    (*summary)->setAccessibleName(tr("%1, as text").arg(title));
    return view;
}

// Two columns when there is room; one, in the same order, beside a wide tree.
void DashboardView::arrange(bool twoColumns)
{
    m_twoColumns = twoColumns;
    const QList<QWidget *> cells = {m_profilesView, m_profilesText, m_campaignsView, m_campaignsText, m_identityView,
                                    m_identityText, m_attentionBox, m_useCasesView,  m_useCasesText};
    for (QWidget *cell : cells)
        m_grid->removeWidget(cell);
    if (twoColumns) {
        m_grid->addWidget(m_profilesView, 0, 0);
        m_grid->addWidget(m_profilesText, 1, 0);
        m_grid->addWidget(m_campaignsView, 0, 1);
        m_grid->addWidget(m_campaignsText, 1, 1);
        m_grid->addWidget(m_identityView, 2, 0);
        m_grid->addWidget(m_identityText, 3, 0);
        m_grid->addWidget(m_attentionBox, 2, 1, 2, 1);
        m_grid->addWidget(m_useCasesView, 4, 0, 1, 2); // the use cases' names are long: the full width
        m_grid->addWidget(m_useCasesText, 5, 0, 1, 2);
        return;
    }
    const QList<QWidget *> order = {m_profilesView, m_profilesText, m_campaignsView, m_campaignsText, m_attentionBox,
                                    m_identityView, m_identityText, m_useCasesView,  m_useCasesText};
    for (int row = 0; row < order.size(); ++row)
        m_grid->addWidget(order[row], row, 0, 1, 2);
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wide = width() >= 640;
    if (wide != m_twoColumns)
        arrange(wide);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::setDrafts(const QList<DraftNote> &drafts)
{
    m_drafts = drafts;
    m_stale = true;
    if (isVisible())
        m_refreshTimer.start();
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void DashboardView::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChart *chart : {m_profiles, m_campaigns, m_identity, m_useCases}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitleBrush(palette().brush(QPalette::Text));
    }
    refresh(); // a theme recolours series: put the status colours back
}

void DashboardView::refresh()
{
    m_stale = false;
    m_refreshTimer.stop();
    const DashboardAggregates::Counts &counts = m_aggregates->counts();
    const auto statusPie = [this](QChart *chart, const QMap<StatusCategory, int> &byStatus, Drill::Kind kind) {
        chart->removeAllSeries();
        auto *series = new QPieSeries;
        series->setHoleSize(0.45);
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            // The legend names the status; the numbers are written out under the chart.
            QPieSlice *slice = series->append(statusCategoryLabel(it.key()), it.value());
            slice->setBrush(statusColor(it.key()));
            const StatusCategory category = it.key();
            connect(slice, &QPieSlice::clicked, this, [this, kind, category] {
                Q_EMIT drillDown({kind, category, {}});
            });
            parts << swatch(statusColor(category))
                    + drillLink(
                         QStringLiteral("%1 %2").arg(it.value()).arg(labelInSentence(statusCategoryLabel(it.key()))),
                         kind, category);
        }
        chart->addSeries(series);
        return parts;
    };
    m_profilesText->setText(countsText(tr("Profiles"), counts.profileTotal,
                                       statusPie(m_profiles, counts.profiles, Drill::Kind::ProfileStatus)));
    m_campaignsText->setText(countsText(tr("Campaigns"), counts.campaignTotal,
                                        statusPie(m_campaigns, counts.campaigns, Drill::Kind::CampaignStatus)));

    m_identity->removeAllSeries();
    auto *identity = new QPieSeries;
    QStringList identityParts;
    for (auto it = counts.brandIdentity.cbegin(); it != counts.brandIdentity.cend(); ++it) {
        const QString label = DashboardAggregates::identityLabel(it.key());
        QPieSlice *slice = identity->append(label, it.value());
        const QString word = it.key();
        connect(slice, &QPieSlice::clicked, this, [this, word] {
            Q_EMIT drillDown({Drill::Kind::Identity, StatusCategory::Unknown, word});
        });
        identityParts << drillLink(QStringLiteral("%1 %2").arg(it.value()).arg(labelInSentence(label)),
                                   Drill::Kind::Identity, StatusCategory::Unknown, word);
    }
    m_identity->addSeries(identity); // the theme colours the slices
    for (int i = 0; i < identityParts.size() && i < identity->count(); ++i)
        identityParts[i].prepend(swatch(identity->slices().at(i)->brush().color()));
    m_identityText->setText(countsText(tr("Brands"), counts.profileTotal, identityParts));

    // Use cases: the most common at the top.
    m_useCases->removeAllSeries();
    for (QAbstractAxis *axis : m_useCases->axes())
        m_useCases->removeAxis(axis);
    QList<QPair<QString, int>> useCases;
    for (auto it = counts.useCases.cbegin(); it != counts.useCases.cend(); ++it)
        useCases.append({it.key(), it.value()});
    std::sort(useCases.begin(), useCases.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : a.first > b.first;
    });
    auto *set = new QBarSet(tr("Campaigns"));
    QStringList names, labels, useCaseParts; // the wire words drill down; people read the labels
    int most = 0;
    for (const auto &[name, count] : useCases) {
        *set << count;
        names << name;
        labels << Labels::useCase(name);
        most = std::max(most, count);
    }
    for (auto it = useCases.crbegin(); it != useCases.crend(); ++it)
        useCaseParts << drillLink(QStringLiteral("%1 %2").arg(it->second).arg(Labels::useCase(it->first)),
                                  Drill::Kind::UseCase, StatusCategory::Unknown, it->first);
    connect(set, &QBarSet::clicked, this, [this, names](int index) {
        if (index >= 0 && index < names.size())
            Q_EMIT drillDown({Drill::Kind::UseCase, StatusCategory::Unknown, names.at(index)});
    });
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    m_useCases->addSeries(bars);
    m_useCases->legend()->hide();
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(1, most));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(std::min(most, 5) + 1);
    m_useCases->addAxis(axisY, Qt::AlignLeft);
    m_useCases->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisY);
    bars->attachAxis(axisX);
    for (QAbstractAxis *axis : m_useCases->axes())
        axis->setLabelsColor(palette().color(QPalette::Text));
    m_useCasesText->setText(countsText(tr("Campaigns per use case"), counts.campaignTotal, useCaseParts));

    for (QChartView *view : std::as_const(m_views))
        view->setAccessibleDescription(plainText(m_views.indexOf(view) == 0       ? m_profilesText
                                                     : m_views.indexOf(view) == 1 ? m_campaignsText
                                                     : m_views.indexOf(view) == 2 ? m_identityText
                                                                                  : m_useCasesText));

    m_attention->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DashboardAggregates::AttentionItem &item : m_aggregates->attention()) {
        const qint64 days = item.since.isValid() ? item.since.daysTo(now) : -1;
        const QString why = item.reason == DashboardAggregates::AttentionItem::Reason::Waiting
            ? tr("In review more than %n day(s)", nullptr, m_aggregates->waitingThresholdDays())
            : item.reasonText();
        if (item.inherited) {
            // The organization's, inherited by many: one entry that names how many, with each of them under it.
            auto *row =
                new QTreeWidgetItem(m_attention,
                                    {tr("%1 (the organization's)").arg(item.name),
                                     tr("%1 — affects %n profile(s)", nullptr, int(item.affected.size())).arg(why),
                                     days < 0 ? QString() : QLocale().toString(days)});
            sinceTip(row, item.since);
            row->setData(0, Qt::UserRole, item.profileId);
            row->setData(0, Qt::UserRole + 1, item.campaignId);
            for (const QString &profileId : item.affected) {
                auto *child = new QTreeWidgetItem(row, {m_aggregates->profileName(profileId), tr("Inherits it")});
                child->setData(0, Qt::UserRole, profileId);
            }
            continue;
        }
        auto *row = new QTreeWidgetItem(m_attention, {item.name, why, days < 0 ? QString() : QLocale().toString(days)});
        sinceTip(row, item.since);
        row->setData(0, Qt::UserRole, item.profileId);
        row->setData(0, Qt::UserRole + 1, item.campaignId);
    }
    m_attention->setRootIsDecorated(false);
    for (int i = 0; i < m_attention->topLevelItemCount(); ++i)
        if (m_attention->topLevelItem(i)->childCount() > 0)
            m_attention->setRootIsDecorated(true);
    const int affected = m_aggregates->profilesAffectedByOrganization();
    m_impact->setVisible(affected > 0);
    m_impact->setText(tr("%n profile(s) affected by the organization's brand or campaigns: they inherit something "
                         "that was rejected, suspended or did not reach the registry.",
                         nullptr, affected));
    // Drafts last: nothing is wrong with them, but they are work not yet sent.
    for (const DraftNote &draft : std::as_const(m_drafts)) {
        const qint64 days = draft.savedAt.isValid() ? draft.savedAt.daysTo(now) : -1;
        auto *row = new QTreeWidgetItem(m_attention,
                                        {tr("%1 (draft for %2)").arg(draft.draftName, draft.profileName),
                                         tr("Not submitted"), days < 0 ? QString() : QLocale().toString(days)});
        sinceTip(row, draft.savedAt);
        row->setData(0, Qt::UserRole, draft.profileId);
    }
    if (m_attention->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_attention, {tr("Nothing needs attention."), QString(), QString()});
    m_attention->resizeColumnToContents(1);
    m_attention->resizeColumnToContents(2);
}

bool DashboardView::isUpToDate() const
{
    return !m_stale && !m_refreshTimer.isActive() && m_aggregates->isCurrent();
}

QString DashboardView::summaryText() const
{
    QStringList lines;
    for (const QLabel *label : {m_profilesText, m_campaignsText, m_identityText, m_useCasesText})
        lines << plainText(label);
    if (m_impact->isVisibleTo(this))
        lines << m_impact->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd::ui
