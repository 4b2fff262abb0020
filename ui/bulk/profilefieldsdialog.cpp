#include "profilefieldsdialog.h"

#include "domain/labels.h"
#include "domain/profilerules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QComboBox *choices(QWidget *parent, const QString &name, const QList<std::pair<QString, QString>> &options)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    box->addItem(ProfileFieldsDialog::tr("Leave as it is"), QString());
    for (const auto &[label, wire] : options)
        box->addItem(label, wire);
    return box;
}

QList<std::pair<QString, QString>> labelled(const QStringList &wire, QString (*label)(const QString &))
{
    QList<std::pair<QString, QString>> options;
    for (const QString &w : wire)
        options.append({label(w), w});
    return options;
}

std::optional<bool> yesNo(const QComboBox *box)
{
    const QString value = box->currentData().toString();
    if (value.isEmpty())
        return std::nullopt;
    return value == QLatin1String("yes");
}

} // namespace

ProfileFieldsDialog::ProfileFieldsDialog(int profiles, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Change %n profile(s)", nullptr, profiles));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose what every selected profile gets. Nothing is sent before you have seen the "
                                "plan, profile by profile."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QList<std::pair<QString, QString>> yesNoOptions{{tr("Yes"), QStringLiteral("yes")},
                                                          {tr("No"), QStringLiteral("no")}};
    m_billing =
        choices(this, tr("Who pays for messages"), labelled(ProfileRules::billingModels(), &Labels::billingModel));
    m_inheritBrand = choices(this, tr("Uses the organization's brand"), yesNoOptions);
    m_inheritCampaigns = choices(this, tr("Uses the organization's campaigns"), yesNoOptions);
    m_vertical = choices(this, tr("The brand's industry"), labelled(ProfileRules::verticals(), &Labels::vertical));
    m_relationship = choices(this, tr("The brand's relationship with sent.dm"),
                             labelled(ProfileRules::brandRelationships(), &Labels::relationship));
    form->addRow(tr("&Who pays for messages:"), m_billing);
    form->addRow(tr("Uses the organization's &brand:"), m_inheritBrand);
    form->addRow(tr("Uses the organization's ca&mpaigns:"), m_inheritCampaigns);
    form->addRow(tr("The brand's &industry:"), m_vertical);
    form->addRow(tr("The brand's &relationship:"), m_relationship);
    m_countries = new QLineEdit(this);
    m_countries->setAccessibleName(tr("Countries the brand messages"));
    m_countries->setPlaceholderText(tr("Leave as it is, or e.g. US CA (two letters each, the main one first)"));
    form->addRow(tr("Coun&tries it messages:"), m_countries);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *next = buttons->addButton(tr("&Preview…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, next] { next->setEnabled(changesAnything()); };
    for (QComboBox *box : {m_billing, m_inheritBrand, m_inheritCampaigns, m_vertical, m_relationship})
        connect(box, &QComboBox::currentIndexChanged, this, update);
    connect(m_countries, &QLineEdit::textChanged, this, update);
    update();
}

ProfileChanges ProfileFieldsDialog::fields() const
{
    ProfileChanges changes;
    if (const QString billing = m_billing->currentData().toString(); !billing.isEmpty())
        changes.billingModel = billing;
    changes.inheritTcrBrand = yesNo(m_inheritBrand);
    changes.inheritTcrCampaign = yesNo(m_inheritCampaigns);
    return changes;
}

BrandCompliance ProfileFieldsDialog::brandFacts() const
{
    BrandCompliance facts;
    facts.vertical = m_vertical->currentData().toString();
    facts.brandRelationship = m_relationship->currentData().toString();
    const QStringList codes =
        m_countries->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &code : codes)
        facts.destinationCountries.append({code.trimmed().toUpper(), facts.destinationCountries.isEmpty()});
    return facts;
}

bool ProfileFieldsDialog::changesAnything() const
{
    const BrandCompliance facts = brandFacts();
    return !fields().toJson().isEmpty() || !facts.vertical.isEmpty() || !facts.brandRelationship.isEmpty()
        || !facts.destinationCountries.isEmpty();
}

} // namespace cd::ui
