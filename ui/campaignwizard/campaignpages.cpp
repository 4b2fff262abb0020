#include "campaignpages.h"

#include "campaignwizard/campaignwizard.h"
#include "campaignwizard/findingslabel.h"
#include "campaignwizard/usecasebox.h"

#include "domain/labels.h"
#include "domain/profile.h"
#include "services/campaigneditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cd::ui {

// ---- the base --------------------------------------------------------------------------------------------------

CampaignPage::CampaignPage(CampaignWizard *wizard, const QString &title, const QString &subTitle)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(title);
    setSubTitle(subTitle);
}

QFormLayout *CampaignPage::makeForm()
{
    // The rows keep their height; what is left over goes below them, not between a field and its findings.
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

CampaignEditor *CampaignPage::editor() const
{
    return m_wizard->editor();
}

QString CampaignPage::value(const QString &key) const
{
    return editor()->campaign().value(key).toString();
}

QLineEdit *CampaignPage::addLine(QFormLayout *form, const QString &label, const QString &key,
                                 const QString &placeholder)
{
    auto *edit = new QLineEdit(value(key), this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, edit);
    form->addRow(QString(), new FindingsLabel(editor(), key, false, this));
    campaignWizard()->mapField(key, edit);
    m_bound.append({edit, key});
    connect(edit, &QLineEdit::textChanged, this, [this, key](const QString &text) { editor()->setValue(key, text); });
    return edit;
}

QPlainTextEdit *CampaignPage::addText(QFormLayout *form, const QString &label, const QString &key,
                                      const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit(value(key), this);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * (lines + 1)
                         + 8); // room for the frame: no scroll bar while it fits
    form->addRow(label, edit);
    form->addRow(QString(), new FindingsLabel(editor(), key, false, this));
    campaignWizard()->mapField(key, edit);
    m_bound.append({edit, key});
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, key, edit] { editor()->setValue(key, edit->toPlainText()); });
    return edit;
}

void CampaignPage::reload()
{
    for (const auto &[widget, key] : std::as_const(m_bound)) {
        const QSignalBlocker blocker(widget);
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setText(value(key));
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->setPlainText(value(key));
    }
}

void CampaignPage::fillIfEmpty(QWidget *field, const QString &key, const QString &text)
{
    if (!value(key).trimmed().isEmpty())
        return;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->setPlainText(text);
}

// ---- basics ----------------------------------------------------------------------------------------------------

BasicsPage::BasicsPage(CampaignWizard *wizard)
    : CampaignPage(wizard, tr("The campaign"), tr("What the program is, for the registry's reviewers."))
{
    QFormLayout *form = makeForm();
    addLine(form, tr("N&ame:"), QStringLiteral("name"), tr("e.g. Appointment reminders"));
    addText(form, tr("&Description:"), QStringLiteral("description"),
            tr("Who sends the messages, to whom, and why, e.g. “%1 sends its customers appointment reminders.”")
                .arg(wizard->brandName()),
            4);
    // The API wants a word it no longer consults; App and KYC are offered with what they mean, and a word the
    // campaign already has is kept.
    auto *type = new QComboBox(this);
    QString current = value(QStringLiteral("type"));
    if (current.isEmpty())
        current = QStringLiteral("App");
    QStringList types = {QStringLiteral("App"), QStringLiteral("KYC")};
    if (!types.contains(current))
        types.append(current);
    for (const QString &wire : types) {
        type->addItem(Labels::campaignType(wire), wire);
        type->setItemData(type->count() - 1, Labels::campaignTypeHint(wire), Qt::ToolTipRole);
    }
    type->setCurrentIndex(type->findData(current));
    type->setAccessibleName(tr("Type"));
    type->setToolTip(Labels::campaignTypeHint(current));
    type->setWhatsThis(tr("App: messages sent by software on the brand's behalf, the usual choice. KYC: a campaign "
                          "registered through a know-your-customer form. sent.dm records the type but does not act "
                          "on it."));
    form->addRow(tr("&Type:"), type);
    form->addRow(QString(), new FindingsLabel(editor(), QStringLiteral("type"), false, this));
    wizard->mapField(QStringLiteral("type"), type);
    editor()->setValue(QStringLiteral("type"), current);
    connect(type, &QComboBox::currentIndexChanged, this, [this, type] {
        const QString wire = type->currentData().toString();
        type->setToolTip(Labels::campaignTypeHint(wire));
        editor()->setValue(QStringLiteral("type"), wire);
    });
    addLine(form, tr("Expected &volume:"), QStringLiteral("volume"), tr("Messages per month, e.g. 5000"));
}

// ---- use cases -------------------------------------------------------------------------------------------------

UseCasesPage::UseCasesPage(CampaignWizard *wizard)
    : CampaignPage(wizard, tr("Use cases and sample messages"),
                   tr("Each kind of message the program sends, with 1 to 5 real examples. Write placeholders for what "
                      "changes, e.g. {name} or {date}; name the brand and say how to opt out."))
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_boxes = new QVBoxLayout(content);
    m_boxes->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    outer->addWidget(new FindingsLabel(editor(), QStringLiteral("useCases"), false, this));
    auto *add = new QPushButton(tr("Add a use case"), this);
    outer->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] {
        addBox({});
        store();
    });
    load();
}

void UseCasesPage::initializePage()
{
    if (m_boxList.isEmpty())
        load();
}

void UseCasesPage::load()
{
    qDeleteAll(m_boxList);
    m_boxList.clear();
    campaignWizard()->unmapFieldsUnder(QStringLiteral("useCases["));
    const QJsonArray useCases = editor()->campaign().value(QLatin1String("useCases")).toArray();
    for (const QJsonValue &useCase : useCases)
        addBox(useCase.toObject());
    if (m_boxList.isEmpty()) {
        addBox({});
        store();
    }
}

void UseCasesPage::addBox(const QJsonObject &useCase)
{
    auto *box = new UseCaseBox(campaignWizard(), int(m_boxList.size()), useCase, this);
    m_boxes->insertWidget(m_boxes->count() - 1, box);
    m_boxList.append(box);
    connect(box, &UseCaseBox::changed, this, &UseCasesPage::store);
    connect(box, &UseCaseBox::removeRequested, this, [this, box] {
        QJsonArray useCases;
        for (UseCaseBox *other : std::as_const(m_boxList))
            if (other != box)
                useCases.append(other->toJson());
        editor()->setValue(QStringLiteral("useCases"), useCases);
        load(); // the ones below move up: their field paths change
    });
    for (UseCaseBox *b : std::as_const(m_boxList))
        b->setRemovable(m_boxList.size() > 1);
}

void UseCasesPage::store()
{
    QJsonArray useCases;
    for (UseCaseBox *box : std::as_const(m_boxList))
        useCases.append(box->toJson());
    editor()->setValue(QStringLiteral("useCases"), useCases);
}

// ---- consent ---------------------------------------------------------------------------------------------------

ConsentPage::ConsentPage(CampaignWizard *wizard)
    : CampaignPage(wizard, tr("Consent and message flow"),
                   tr("How people agree to receive the messages, and what they are told when they do."))
{
    QFormLayout *form = makeForm();
    addText(
        form, tr("Message &flow:"), QStringLiteral("messageFlow"),
        tr("e.g. Customers opt in on the sign-up form at https://… by ticking an unticked box. The form says: "
           "Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Terms: … Privacy: …"),
        6);
    addText(form, tr("&Opt-in message:"), QStringLiteral("optinMessage"),
            tr("The reply to someone who opts in, e.g. “%1: you're subscribed to … Msg frequency varies. Msg & data "
               "rates may apply. Reply HELP for help, STOP to opt out.”")
                .arg(wizard->brandName()));
    addLine(form, tr("Opt-in &keywords:"), QStringLiteral("optinKeywords"), tr("e.g. START, YES"));
}

// ---- opt-out and help ------------------------------------------------------------------------------------------

OptOutPage::OptOutPage(CampaignWizard *wizard)
    : CampaignPage(wizard, tr("Opt-out and help"),
                   tr("The replies to STOP and to HELP. Compliant texts are filled in; adjust them as needed."))
{
    QFormLayout *form = makeForm();
    m_optout = addText(form, tr("&Opt-out message:"), QStringLiteral("optoutMessage"), QString());
    m_optoutKeywords =
        addLine(form, tr("Opt-out &keywords:"), QStringLiteral("optoutKeywords"), tr("e.g. STOP, UNSUBSCRIBE, END"));
    m_help = addText(form, tr("&Help message:"), QStringLiteral("helpMessage"), QString());
    m_helpKeywords = addLine(form, tr("Help k&eywords:"), QStringLiteral("helpKeywords"), tr("e.g. HELP, INFO"));
}

void OptOutPage::initializePage()
{
    // Templates from the brand, for what is still empty (these texts go to US subscribers: they stay in English).
    const QString brand = campaignWizard()->brandName();
    const Profile &profile = editor()->profile();
    QString contact;
    if (profile.brand && profile.brand->contact)
        contact =
            !profile.brand->contact->email.isEmpty() ? profile.brand->contact->email : profile.brand->contact->phone;
    if (contact.isEmpty())
        contact = profile.email;
    fillIfEmpty(
        m_optout, QStringLiteral("optoutMessage"),
        QStringLiteral("%1: You are unsubscribed and will receive no further messages. Reply START to resubscribe.")
            .arg(brand));
    fillIfEmpty(m_optoutKeywords, QStringLiteral("optoutKeywords"),
                QStringLiteral("STOP, UNSUBSCRIBE, END, CANCEL, QUIT"));
    fillIfEmpty(m_help, QStringLiteral("helpMessage"),
                contact.isEmpty()
                    ? QStringLiteral("%1: For help, visit our website or call us. Reply STOP to opt out.").arg(brand)
                    : QStringLiteral("%1: For help, contact %2. Reply STOP to opt out.").arg(brand, contact));
    fillIfEmpty(m_helpKeywords, QStringLiteral("helpKeywords"), QStringLiteral("HELP, INFO"));
}

// ---- links -----------------------------------------------------------------------------------------------------

LinksPage::LinksPage(CampaignWizard *wizard)
    : CampaignPage(wizard, tr("Links"), tr("The brand's public pages that reviewers open."))
{
    QFormLayout *form = makeForm();
    addLine(form, tr("&Privacy policy:"), QStringLiteral("privacyPolicyLink"), QStringLiteral("https://"));
    addLine(form, tr("&Terms and conditions:"), QStringLiteral("termsAndConditionsLink"), QStringLiteral("https://"));
}

} // namespace cd::ui
