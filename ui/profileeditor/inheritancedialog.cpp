#include "inheritancedialog.h"

#include "style/colors.h"

#include "services/profileeditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QGroupBox *choice(QWidget *parent, const QString &title, QRadioButton *own, QRadioButton *organization)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    auto *group = new QButtonGroup(box);
    for (QRadioButton *button : {own, organization}) {
        button->setParent(box);
        group->addButton(button);
        layout->addWidget(button);
    }
    return box;
}

} // namespace

InheritanceDialog::InheritanceDialog(ProfileEditor *editor, const QList<CampaignOverview> &campaigns,
                                     Inheritance organization, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_profile(editor->existing().value_or(Profile()))
    , m_campaigns(campaigns)
    , m_organization(std::move(organization))
    , m_ownBrand(new QRadioButton(tr("Its &own brand")))
    , m_orgBrand(new QRadioButton(tr("The organization's &brand")))
    , m_ownCampaigns(new QRadioButton(tr("Its o&wn campaigns")))
    , m_orgCampaigns(new QRadioButton(tr("The organization's ca&mpaigns")))
    , m_text(new QTextBrowser(this))
    , m_acknowledge(new QCheckBox(tr("I understand that this profile &stops sending until then"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    editor->setParent(this);
    setWindowTitle(tr("Brand and campaigns of %1").arg(m_profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose where this profile's brand and campaigns come from. What the change does is "
                                "shown below before anything is sent."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *choices = new QHBoxLayout;
    choices->addWidget(choice(this, tr("Brand"), m_ownBrand, m_orgBrand));
    choices->addWidget(choice(this, tr("Campaigns"), m_ownCampaigns, m_orgCampaigns));
    layout->addLayout(choices);
    m_ownBrand->setAccessibleName(tr("Use its own brand"));
    m_orgBrand->setAccessibleName(tr("Use the organization's brand"));
    m_ownCampaigns->setAccessibleName(tr("Use its own campaigns"));
    m_orgCampaigns->setAccessibleName(tr("Use the organization's campaigns"));
    (m_profile.inheritTcrBrand ? m_orgBrand : m_ownBrand)->setChecked(true);
    (m_profile.inheritTcrCampaign ? m_orgCampaigns : m_ownCampaigns)->setChecked(true);

    m_text->setAccessibleName(tr("What the change does"));
    m_text->setMinimumSize(480, 220);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_acknowledge);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color:%1").arg(Colors::errorText(palette()).name()));
    m_error->hide();
    layout->addWidget(m_error);
    m_switch = m_buttons->addButton(tr("Swi&tch"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    for (QRadioButton *button : {m_ownBrand, m_orgBrand, m_ownCampaigns, m_orgCampaigns})
        connect(button, &QRadioButton::toggled, this, &InheritanceDialog::update);
    connect(m_acknowledge, &QCheckBox::toggled, this, &InheritanceDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InheritanceDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(editor, &ProfileEditor::busyChanged, this, &InheritanceDialog::update);
    connect(editor, &ProfileEditor::saved, this, [this](const Profile &profile) {
        Q_EMIT switched(profile);
        accept();
    });
    connect(editor, &ProfileEditor::failed, this, [this](const ApiError &error) {
        m_error->setText(tr("The change was not made. %1").arg(error.userMessage()));
        m_error->show();
        update();
    });
    update();
}

QString InheritanceDialog::previewText() const
{
    return m_text->toPlainText();
}

void InheritanceDialog::update()
{
    InheritanceSwitch::Target target;
    target.inheritBrand = m_orgBrand->isChecked();
    target.inheritCampaigns = m_orgCampaigns->isChecked();
    m_preview = InheritanceSwitch::of(m_profile, m_campaigns, m_organization, target);
    QString html;
    const QString error = Colors::errorText(palette()).name();
    for (const QString &line : m_preview.describe()) {
        const bool warning = m_preview.stopsSending && line.contains(m_preview.warning);
        html += warning ? QStringLiteral("<p style='color:%1'><b>%2</b></p>").arg(error, line.toHtmlEscaped())
                        : QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    m_text->setHtml(html);
    m_acknowledge->setVisible(m_preview.stopsSending);
    const bool busy = m_editor && m_editor->isBusy();
    m_switch->setEnabled(m_preview.changes && !busy && (!m_preview.stopsSending || m_acknowledge->isChecked()));
}

void InheritanceDialog::send()
{
    if (!m_editor || !m_preview.changes || (m_preview.stopsSending && !m_acknowledge->isChecked()))
        return;
    m_error->hide();
    ProfileChanges changes;
    changes.inheritTcrBrand = m_orgBrand->isChecked();
    changes.inheritTcrCampaign = m_orgCampaigns->isChecked();
    m_editor->save(changes);
}

} // namespace cd::ui
