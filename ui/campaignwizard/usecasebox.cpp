#include "usecasebox.h"

#include "campaignwizard/campaignwizard.h"
#include "campaignwizard/findingslabel.h"
#include "domain/labels.h"
#include "lint/rulepack.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cd::ui {

UseCaseBox::UseCaseBox(CampaignWizard *wizard, int index, const QJsonObject &useCase, QWidget *parent)
    : QGroupBox(parent)
    , m_wizard(wizard)
    , m_index(index)
{
    setTitle(tr("Use case %1").arg(index + 1));
    const QString at = QStringLiteral("useCases[%1]").arg(index);
    auto *grid = new QGridLayout(this);
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Use case %1 type").arg(index + 1));
    for (const QString &value : cd::lint::pack::useCases()) {
        m_type->addItem(QStringLiteral("%1 — %2").arg(Labels::useCase(value), Labels::useCaseHint(value)), value);
        m_type->setItemData(m_type->count() - 1, value, Qt::ToolTipRole); // the registry's word, for who knows it
    }
    const QString current = useCase.value(QLatin1String("messagingUseCaseUs")).toString();
    m_type->setCurrentIndex(
        std::max(0, m_type->findData(current.isEmpty() ? QStringLiteral("ACCOUNT_NOTIFICATION") : current)));
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    grid->addWidget(typeLabel, 0, 0);
    grid->addWidget(m_type, 0, 1, 1, 2);
    grid->addWidget(new FindingsLabel(wizard->editor(), at + QStringLiteral(".messagingUseCaseUs"), false, this), 1, 1,
                    1, 2);
    wizard->mapField(at, m_type);
    wizard->mapField(at + QStringLiteral(".messagingUseCaseUs"), m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, &UseCaseBox::changed);

    const QJsonArray samples = useCase.value(QLatin1String("sampleMessages")).toArray();
    for (int j = 0; j < kMaxSamples; ++j) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(tr("Use case %1, sample message %2").arg(index + 1).arg(j + 1));
        edit->setPlaceholderText(
            tr("The whole message as it arrives, e.g. “%1: Hi {name}, your appointment is on {date}. "
               "Reply STOP to opt out.”")
                .arg(wizard->brandName()));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        edit->setPlainText(samples.at(j).toString());
        auto *label = new QLabel(tr("Sample %1:").arg(j + 1), this);
        label->setBuddy(edit);
        auto *counter = new QLabel(this);
        counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto *findings =
            new FindingsLabel(wizard->editor(), QStringLiteral("%1.sampleMessages[%2]").arg(at).arg(j), false, this);
        const int row = 2 + j * 2;
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(edit, row, 1);
        grid->addWidget(counter, row, 2);
        grid->addWidget(findings, row + 1, 1, 1, 2);
        m_samples << edit;
        m_counters << counter;
        m_findings << findings;
        wizard->mapField(QStringLiteral("%1.sampleMessages[%2]").arg(at).arg(j), edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, j] {
            updateCounter(j);
            Q_EMIT changed();
        });
        updateCounter(j);
    }
    wizard->mapField(at + QStringLiteral(".sampleMessages"), m_samples.first());
    grid->addWidget(new FindingsLabel(wizard->editor(), at + QStringLiteral(".sampleMessages"), false, this),
                    2 + kMaxSamples * 2, 1, 1, 2);

    auto *buttons = new QHBoxLayout;
    m_addSample = new QPushButton(tr("Add a sample"), this);
    m_remove = new QPushButton(tr("Remove this use case"), this);
    buttons->addWidget(m_addSample);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    grid->addLayout(buttons, 3 + kMaxSamples * 2, 1, 1, 2);
    connect(m_addSample, &QPushButton::clicked, this, [this] {
        showSamples(m_visible + 1);
        m_samples.at(m_visible - 1)->setFocus();
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, &UseCaseBox::removeRequested);
    showSamples(std::max<int>(1, int(samples.size())));
}

void UseCaseBox::showSamples(int count)
{
    m_visible = std::clamp(count, 1, kMaxSamples);
    auto *grid = static_cast<QGridLayout *>(layout());
    for (int j = 0; j < kMaxSamples; ++j) {
        const bool shown = j < m_visible;
        for (int column = 0; column < 3; ++column)
            if (QLayoutItem *item = grid->itemAtPosition(2 + j * 2, column); item && item->widget())
                item->widget()->setVisible(shown);
        if (!shown)
            m_findings.at(j)->setVisible(false);
    }
    m_addSample->setEnabled(m_visible < kMaxSamples);
}

void UseCaseBox::updateCounter(int sample)
{
    const qsizetype n = m_samples.at(sample)->toPlainText().trimmed().size();
    m_counters.at(sample)->setText(QStringLiteral("%1 / %2").arg(n).arg(cd::lint::pack::kSampleMax));
}

void UseCaseBox::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}

QJsonObject UseCaseBox::toJson() const
{
    QJsonArray samples;
    for (int j = 0; j < m_visible; ++j)
        samples.append(m_samples.at(j)->toPlainText());
    return {{QStringLiteral("messagingUseCaseUs"), m_type->currentData().toString()},
            {QStringLiteral("sampleMessages"), samples}};
}

} // namespace cd::ui
