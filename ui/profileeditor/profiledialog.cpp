#include "profiledialog.h"

#include "dialogs/messagebox.h"
#include "input/wheelguard.h"
#include "profileeditor/brandform.h"
#include "profileeditor/fieldset.h"

#include "api/apierror.h"
#include "domain/labels.h"
#include "domain/profilerules.h"
#include "services/profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QScrollArea *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows with the dialog
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

ProfileDialog::ProfileDialog(ProfileEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_fields(new FieldSet(this))
{
    WheelGuard::install(); // also when opened on its own
    m_editor->setParent(this);
    const std::optional<Profile> existing = m_editor->existing();
    setWindowTitle(existing ? tr("Edit profile — %1").arg(existing->name) : tr("New profile"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 720);

    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("What went wrong"));
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scrolled(buildProfileTab()), tr("&Profile"));
    m_brand = new BrandForm(m_fields);
    m_tabs->addTab(scrolled(m_brand), tr("&Brand"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(existing ? tr("&Save") : tr("&Create profile"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    layout->addWidget(buttons);

    connect(m_brand, &BrandForm::switchToOwnRequested, this, [this] {
        m_inheritBrand->setChecked(false);
        updateBrandMode();
        check(false);
        focusField(QStringLiteral("brand.contact.name"));
    });
    connect(m_editor, &ProfileEditor::busyChanged, this, &ProfileDialog::setBusy);
    connect(m_editor, &ProfileEditor::failed, this, &ProfileDialog::showFailure);
    connect(m_editor, &ProfileEditor::saved, this, [this](const Profile &profile, bool created) {
        Q_EMIT saved(profile, created);
        accept();
    });

    // Checked as the user pauses typing; what is wrong shows under the fields they have been in.
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(250);
    connect(&m_checkTimer, &QTimer::timeout, this, [this] { check(false); });
    connect(m_fields, &FieldSet::fieldEdited, this, [this] { m_checkTimer.start(); });

    if (existing)
        load(*existing);
    else
        updateBillingContact();
    updateBrandMode();
    check(false);
}

QWidget *ProfileDialog::buildProfileTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *general = new QGroupBox(tr("The profile"), page);
    auto *form = new QFormLayout(general);
    m_fields->addLine(form, tr("&Name:"), QStringLiteral("name"), tr("e.g. Northwind Retail"));
    auto *shortName = m_fields->addLine(form, tr("Short na&me:"), QStringLiteral("short_name"), tr("e.g. Northwind"));
    shortName->setMaxLength(11);
    shortName->setToolTip(
        tr("3 to 11 letters, digits or spaces, with at least one letter. Needed to complete the profile."));
    m_fields->addText(form, tr("&Description:"), QStringLiteral("description"),
                      tr("What the profile sends, and to whom"));
    m_fields->addLine(form, tr("&Icon:"), QStringLiteral("icon"), tr("https://example.com/logo.png"));
    layout->addWidget(general);

    auto *billing = new QGroupBox(tr("Billing"), page);
    auto *billingForm = new QFormLayout(billing);
    auto *model =
        m_fields->addChoice(billingForm, tr("&Who pays:"), QStringLiteral("billing_model"),
                            {{QStringLiteral("profile"), Labels::billingModel(QStringLiteral("profile"))},
                             {QStringLiteral("organization"), Labels::billingModel(QStringLiteral("organization"))},
                             {QStringLiteral("profile_and_organization"),
                              Labels::billingModel(QStringLiteral("profile_and_organization"))}});
    model->setWhatsThis(tr("Who receives the invoices for this profile's messages and registration fees: the profile "
                           "(it needs a billing contact of its own), the organization, or both."));
    connect(model, &QComboBox::currentIndexChanged, this, [this] {
        updateBillingContact();
        m_checkTimer.start();
    });
    m_billingContact = new QGroupBox(tr("Billing contact (receives the invoices)"), billing);
    auto *contact = new QFormLayout(m_billingContact);
    m_fields->addLine(contact, tr("N&ame:"), QStringLiteral("billing_contact.name"));
    m_fields->addLine(contact, tr("&Email:"), QStringLiteral("billing_contact.email"), tr("billing@example.com"));
    m_fields->addLine(contact, tr("P&hone:"), QStringLiteral("billing_contact.phone"), tr("+14155550100"));
    m_fields->addLine(contact, tr("Add&ress:"), QStringLiteral("billing_contact.address"));
    m_fields->addCustom(billingForm, QString(), QStringLiteral("billing_contact"), m_billingContact);
    layout->addWidget(billing);

    auto *inheritance = new QGroupBox(tr("From the organization"), page);
    auto *inheritForm = new QFormLayout(inheritance);
    m_inheritBrand =
        m_fields->addCheck(inheritForm, tr("Use the &organization's brand"), QStringLiteral("inherit_tcr_brand"));
    m_inheritBrand->setWhatsThis(tr("The profile sends under the organization's brand, which only the organization can "
                                    "change. Untick to give the profile a brand of its own."));
    m_fields->addCheck(inheritForm, tr("Use the organization's campai&gns"), QStringLiteral("inherit_tcr_campaign"))
        ->setWhatsThis(tr("The profile sends under the organization's campaigns, read-only here. Untick to give it "
                          "campaigns of its own; the organization's then no longer apply to it."));
    connect(m_inheritBrand, &QCheckBox::toggled, this, [this] {
        updateBrandMode();
        m_checkTimer.start();
    });
    layout->addWidget(inheritance);
    layout->addStretch(1);
    return page;
}

void ProfileDialog::load(const Profile &p)
{
    m_fields->setText(QStringLiteral("name"), p.name);
    m_fields->setText(QStringLiteral("short_name"), p.shortName);
    m_fields->setText(QStringLiteral("description"), p.description);
    m_fields->setText(QStringLiteral("icon"), p.icon);
    m_fields->setText(QStringLiteral("billing_model"),
                      p.billingModel.isEmpty() ? QStringLiteral("profile") : p.billingModel);
    const BillingContact contact = p.billingContact.value_or(BillingContact{});
    m_fields->setText(QStringLiteral("billing_contact.name"), contact.name);
    m_fields->setText(QStringLiteral("billing_contact.email"), contact.email);
    m_fields->setText(QStringLiteral("billing_contact.phone"), contact.phone);
    m_fields->setText(QStringLiteral("billing_contact.address"), contact.address);
    m_fields->setChecked(QStringLiteral("inherit_tcr_brand"), p.inheritTcrBrand);
    m_fields->setChecked(QStringLiteral("inherit_tcr_campaign"), p.inheritTcrCampaign);
    m_brand->load(p.brand);
    updateBillingContact();
}

ProfileChanges ProfileDialog::form() const
{
    ProfileChanges c;
    c.name = m_fields->text(QStringLiteral("name"));
    c.shortName = m_fields->text(QStringLiteral("short_name"));
    c.description = m_fields->text(QStringLiteral("description"));
    c.icon = m_fields->text(QStringLiteral("icon"));
    c.billingModel = m_fields->text(QStringLiteral("billing_model"));
    BillingContact contact;
    contact.name = m_fields->text(QStringLiteral("billing_contact.name"));
    contact.email = m_fields->text(QStringLiteral("billing_contact.email"));
    contact.phone = m_fields->text(QStringLiteral("billing_contact.phone"));
    contact.address = m_fields->text(QStringLiteral("billing_contact.address"));
    if (!(contact == BillingContact{}))
        c.billingContact = contact;
    c.inheritTcrBrand = m_fields->isChecked(QStringLiteral("inherit_tcr_brand"));
    c.inheritTcrCampaign = m_fields->isChecked(QStringLiteral("inherit_tcr_campaign"));
    if (m_brand->mode() == BrandForm::Mode::Own)
        c.brand = m_brand->brand();
    return c;
}

void ProfileDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Brand ? 1 : 0);
}

QString ProfileDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ProfileDialog::updateBillingContact()
{
    const bool profilePays = m_fields->text(QStringLiteral("billing_model")) != QLatin1String("organization");
    m_billingContact->setEnabled(profilePays);
    m_billingContact->setToolTip(
        profilePays ? QString() : tr("The organization pays: its own billing contact receives the invoices."));
}

void ProfileDialog::updateBrandMode()
{
    const auto &existing = m_editor->existing();
    const bool submitted = existing && existing->brand && existing->brand->submittedToTcr
        && !existing->brand->isInherited && !m_inheritBrand->isChecked();
    m_brand->setMode(m_inheritBrand->isChecked() ? BrandForm::Mode::Inherited
                         : submitted             ? BrandForm::Mode::Submitted
                                                 : BrandForm::Mode::Own);
}

void ProfileDialog::check(bool showAll)
{
    const ProfileChanges changes = m_editor->changesFrom(form());
    const auto &existing = m_editor->existing();
    const ProfileRules::Problems problems = ProfileRules::check(changes, existing ? &*existing : nullptr);
    m_fields->setProblems(problems, showAll);
    if (m_localMessage && m_fields->firstProblemPath().isEmpty()) {
        m_message->hide(); // what it asked for is done
        m_localMessage = false;
    }
    m_save->setEnabled(!m_editor->isBusy() && m_editor->hasChanges(form()));
}

void ProfileDialog::save()
{
    if (m_editor->isBusy())
        return;
    m_checkTimer.stop();
    check(true);
    const QString first = m_fields->firstProblemPath();
    if (!first.isEmpty()) {
        m_message->setText(tr("Some fields need attention before the profile can be saved; they are marked below."));
        m_message->show();
        m_localMessage = true;
        focusField(first);
        return;
    }
    m_message->hide();
    m_editor->save(form());
}

void ProfileDialog::showFailure(const ApiError &error, const QMap<QString, QStringList> &fieldErrors)
{
    const QStringList unplaced = m_fields->setServerProblems(fieldErrors);
    QString text = error.userMessage();
    if (!unplaced.isEmpty())
        text += QStringLiteral("\n• ") + unplaced.join(QStringLiteral("\n• "));
    if (error.isTransient())
        text += QLatin1Char('\n')
            + tr("Nothing you typed is lost: press %1 again to retry.").arg(m_save->text().remove(QLatin1Char('&')));
    m_message->setText(text);
    m_message->show();
    m_localMessage = false;
    // The focus goes where the user acts next, never to Cancel (where it fell while Save was disabled): the first
    // field sent.dm refused, else Save, to try again — once the editor is no longer busy and Save can take it.
    const QString first = m_fields->firstProblemPath();
    QMetaObject::invokeMethod(
        this,
        [this, first] {
            if (!first.isEmpty())
                focusField(first);
            else if (m_save->isEnabled())
                m_save->setFocus(Qt::OtherFocusReason);
        },
        Qt::QueuedConnection);
}

void ProfileDialog::focusField(const QString &path)
{
    QWidget *input = m_fields->widget(path);
    if (!input)
        return;
    showTab(path.startsWith(QLatin1String("brand.")) ? Tab::Brand : Tab::Profile);
    if (auto *area = qobject_cast<QScrollArea *>(m_tabs->currentWidget()))
        area->ensureWidgetVisible(input);
    input->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : m_editor->existing() ? tr("&Save") : tr("&Create profile"));
    m_tabs->setEnabled(!busy);
    if (!busy)
        check(false);
}

void ProfileDialog::reject()
{
    if (m_editor->isBusy())
        return; // the answer decides; closing now would leave the user unsure whether it was saved
    if (m_editor->hasChanges(form())
        && MessageBox::question(this, windowTitle(), tr("Discard the changes to this profile?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace cd::ui
