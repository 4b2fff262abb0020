#include "detailspanel.h"
#include "core/datetext.h"
#include "domain/money.h"
#include "domain/overview.h"

#include "core/visibletext.h"
#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/labels.h"
#include "domain/profile.h"
#include "style/colors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>

namespace cd::ui {

namespace {

// A small HTML builder: headings, label/value rows, escaped values, copy links.
class Html
{
public:
    // Its colours from the panel's palette: labels dimmer than values, errors red, all of them AA.
    explicit Html(const QPalette &palette)
        : m_secondary(Colors::secondaryText(palette).name())
        , m_error(Colors::errorText(palette).name())
    {
    }
    void heading(const QString &text, const QString &subtitle = {})
    {
        // Names are typed by others: nothing they hold may hide or reorder what is shown.
        m_out += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(VisibleText::of(text).toHtmlEscaped());
        if (!subtitle.isEmpty())
            m_out += QStringLiteral("<p style='margin-top:0'>%1</p>").arg(subtitle.toHtmlEscaped());
    }
    void section(const QString &title)
    {
        closeTable();
        m_out += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(title.toHtmlEscaped());
    }
    void row(const QString &label, const QString &value)
    {
        rowHtml(label,
                value.isEmpty() ? QStringLiteral("<span style='color:%1'>—</span>").arg(m_secondary)
                                : VisibleText::of(value, VisibleText::LineBreaks::Keep)
                                      .toHtmlEscaped()
                                      .replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    // A value the API sends as a word of its own: its label shown, the word in the tooltip.
    void labelled(const QString &label, const QString &text, const QString &wire)
    {
        if (wire.isEmpty() || text == wire)
            return row(label, text);
        rowHtml(label,
                QStringLiteral("<span title='%1'>%2</span>")
                    .arg(DetailsPanel::tr("sent.dm: %1").arg(wire).toHtmlEscaped(), text.toHtmlEscaped()));
    }
    void id(const QString &label, const QString &value)
    {
        if (value.isEmpty())
            return row(label, value);
        rowHtml(label,
                QStringLiteral("<code style='white-space:nowrap'>%1</code> &nbsp;<a href='copy:%2'>%3</a>")
                    .arg(value.toHtmlEscaped(), QString::fromLatin1(QUrl::toPercentEncoding(value)),
                         DetailsPanel::tr("Copy")));
    }
    void link(const QString &label, const QString &url)
    {
        const QUrl parsed(url);
        if (url.isEmpty() || !parsed.isValid()
            || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
            return row(label, url);
        rowHtml(label,
                QStringLiteral("<a href='%1'>%2</a>")
                    .arg(QString::fromLatin1(parsed.toEncoded()).toHtmlEscaped(), url.toHtmlEscaped()));
    }
    void warning(const QString &text)
    {
        closeTable();
        m_out += QStringLiteral("<p style='color:%1'><b>%2</b></p>").arg(m_error, text.toHtmlEscaped());
    }
    void action(const QString &name, const QString &text)
    {
        closeTable();
        m_out += QStringLiteral("<p><a href='action:%1'>%2</a></p>").arg(name, text.toHtmlEscaped());
    }
    void paragraph(const QString &text)
    {
        closeTable();
        m_out += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    }
    // Profiles as links that select them in the tree.
    void profiles(const DetailsPanel::Users &users)
    {
        closeTable();
        m_out += QStringLiteral("<ul>");
        for (const auto &[id, name] : users)
            m_out += QStringLiteral("<li><a href='profile:%1'>%2</a></li>")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)),
                              VisibleText::of(name.isEmpty() ? id : name).toHtmlEscaped());
        m_out += QStringLiteral("</ul>");
    }
    void list(const QStringList &items)
    {
        closeTable();
        m_out += QStringLiteral("<ol>");
        for (const QString &item : items)
            m_out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        m_out += QStringLiteral("</ol>");
    }
    QString html()
    {
        closeTable();
        return m_out;
    }

private:
    void rowHtml(const QString &label, const QString &valueHtml)
    {
        if (!m_inTable) {
            m_out += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
            m_inTable = true;
        }
        m_out += QStringLiteral("<tr><td style='padding-right:12px; color:%1' valign='top'>%2</td><td>%3</td></tr>")
                     .arg(m_secondary, label.toHtmlEscaped(), valueHtml);
    }
    void closeTable()
    {
        if (m_inTable)
            m_out += QStringLiteral("</table>");
        m_inTable = false;
    }
    QString m_secondary;
    QString m_error;
    QString m_out;
    bool m_inTable = false;
};

QString when(const QDateTime &value)
{
    return DateText::exact(value);
}

void historySection(Html &html, const QList<HistoryEntry> &history)
{
    if (history.isEmpty())
        return;
    constexpr int kShown = 8;
    html.section(DetailsPanel::tr("History on this computer"));
    for (const HistoryEntry &entry : history.mid(0, kShown)) {
        QString text = entry.requestId.isEmpty()
            ? entry.summary
            : DetailsPanel::tr("%1 (request %2)").arg(entry.summary, entry.requestId);
        if (entry.kind != HistoryEntry::Kind::Status)
            text = DetailsPanel::tr("%1 — by %2").arg(text, entry.actorText());
        html.row(DateText::brief(entry.at), text);
    }
    if (history.size() > kShown)
        html.paragraph(DetailsPanel::tr("%n earlier entry(s) not shown.", nullptr, int(history.size() - kShown)));
}

// How long an item has been in its current status: from the newest status change to it that this computer saw,
// else (the change came before the status checks watched it) from sent.dm's last change (or the item's creation),
// which is a lower bound.
QString inStateText(const QString &status, const QString &campaignId, const QList<HistoryEntry> &history,
                    const QDateTime &lastChange)
{
    QDateTime since;
    for (const HistoryEntry &e : history) { // newest first
        if (e.kind == HistoryEntry::Kind::Status && e.campaignId == campaignId) {
            if (e.payload.value(QLatin1String("new")).toString() == status)
                since = e.at;
            break;
        }
    }
    const bool seen = since.isValid();
    if (!seen)
        since = lastChange;
    if (!since.isValid())
        return QString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 days = since.daysTo(now);
    const qint64 hours = since.secsTo(now) / 3600;
    const QString length = days >= 1 ? DetailsPanel::tr("%n day(s)", nullptr, int(days))
        : hours >= 1                 ? DetailsPanel::tr("%n hour(s)", nullptr, int(hours))
                                     : DetailsPanel::tr("less than an hour");
    const QString date = DateText::brief(since);
    if (seen)
        return DetailsPanel::tr("%1 (since %2)").arg(length, date);
    return hours >= 1 ? DetailsPanel::tr("%1 or more (since its last change, %2)").arg(length, date)
                      : DetailsPanel::tr("since its last change, %1").arg(date);
}

QString yesNo(bool value)
{
    return value ? DetailsPanel::tr("Yes") : DetailsPanel::tr("No");
}

QString statusText(const Status &status)
{
    if (status.raw.isEmpty())
        return status.label();
    return DetailsPanel::tr("%1 (sent.dm: %2)").arg(status.displayText(), status.raw);
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Details"));
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::onAnchor);
    showNothing();
}

void DetailsPanel::setAction(Action which, QAction *action)
{
    const auto link = [which] {
        switch (which) {
        case Action::EditProfile:
            return QStringLiteral("edit-profile");
        case Action::History:
            return QStringLiteral("history");
        case Action::CompleteProfile:
            return QStringLiteral("complete-profile");
        case Action::NewCampaign:
            return QStringLiteral("new-campaign");
        case Action::ChangeInheritance:
            return QStringLiteral("change-inheritance");
        case Action::ProfileDrafts:
            break;
        }
        return QStringLiteral("drafts");
    };
    m_actions.insert(link(), action);
}

void DetailsPanel::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("action")) {
        if (QAction *action = m_actions.value(url.path()); action && action->isEnabled())
            action->trigger();
        return;
    }
    if (url.scheme() == QLatin1String("profile")) {
        Q_EMIT profileActivated(QUrl::fromPercentEncoding(url.path().toLatin1()));
        return;
    }
    if (url.scheme() == QLatin1String("copy")) {
        m_lastCopied = QUrl::fromPercentEncoding(url.path().toLatin1());
        QApplication::clipboard()->setText(m_lastCopied);
        Q_EMIT copied(m_lastCopied);
        return;
    }
    QDesktopServices::openUrl(url);
}

void DetailsPanel::showNothing()
{
    showMessage(tr("Nothing selected"),
                tr("Select the organization, a profile or a campaign to see all of its details."));
}

void DetailsPanel::showMessage(const QString &heading, const QString &text)
{
    Html html(palette());
    html.heading(heading);
    // A paragraph a line: the text is plain, and HTML would run its lines together.
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html.paragraph(line);
    setHtml(html.html());
}

void DetailsPanel::showAccount(const Account &a, int profileCount)
{
    Html html(palette());
    html.heading(a.name.isEmpty() ? tr("Organization") : a.name, a.kindLabel());
    html.id(tr("ID"), a.id);
    html.row(tr("Email"), a.email);
    html.row(tr("Description"), a.description);
    html.row(tr("Created"), when(a.createdAt));
    html.row(tr("Profiles"), QString::number(profileCount));
    html.section(tr("Channels"));
    html.row(tr("SMS"),
             a.sms.configured ? (a.sms.phoneNumber.isEmpty() ? tr("Configured") : a.sms.phoneNumber)
                              : tr("Not configured"));
    html.row(tr("WhatsApp"),
             a.whatsapp.configured ? (a.whatsapp.phoneNumber.isEmpty() ? tr("Configured") : a.whatsapp.phoneNumber)
                                   : tr("Not configured"));
    html.row(tr("RCS"),
             a.rcs.configured ? (a.rcs.phoneNumber.isEmpty() ? tr("Configured") : a.rcs.phoneNumber)
                              : tr("Not configured"));
    setHtml(html.html());
}

void DetailsPanel::showProfile(const Profile &p, int campaignCount, const QList<HistoryEntry> &history,
                               const QList<QPair<QString, QString>> &sources)
{
    Html html(palette());
    html.heading(p.name, tr("Sender profile · %1").arg(p.statusInfo().displayText()));
    // What can be done from here.
    html.action(QStringLiteral("edit-profile"), tr("Edit the profile and its brand…"));
    html.action(QStringLiteral("history"), tr("History on this computer…"));
    if (p.statusInfo().category == StatusCategory::Draft || p.statusInfo().category == StatusCategory::Rejected)
        html.action(QStringLiteral("complete-profile"), tr("Complete the profile's setup…"));
    if (p.hasBrand() && !p.inheritTcrCampaign) {
        html.action(QStringLiteral("new-campaign"), tr("New campaign for this profile…"));
        html.action(QStringLiteral("drafts"), tr("This profile's campaign drafts…"));
    }
    html.action(QStringLiteral("change-inheritance"), tr("Change where its brand and campaigns come from…"));
    if (!sources.isEmpty()) {
        html.section(tr("Brand and campaigns"));
        for (const auto &[label, value] : sources)
            html.row(label, value);
        html.section(tr("Profile"));
    }
    html.id(tr("ID"), p.id);
    html.row(tr("Short name"), p.shortName);
    html.row(tr("Description"), p.description);
    html.row(tr("Status"), statusText(p.statusInfo()));
    html.row(tr("In this status"),
             inStateText(p.status, QString(), history, p.updatedAt.isValid() ? p.updatedAt : p.createdAt));
    html.row(tr("Email"), p.email);
    html.link(tr("Icon"), p.icon);
    html.labelled(tr("Billing model"), Labels::billingModel(p.billingModel), p.billingModel);
    if (p.billingContact)
        html.row(tr("Billing contact"),
                 QStringList{p.billingContact->name, p.billingContact->email, p.billingContact->phone,
                             p.billingContact->address}
                     .filter(QRegularExpression(QStringLiteral("\\S")))
                     .join(QLatin1String("\n")));
    html.row(tr("Inherits the brand"), yesNo(p.inheritTcrBrand));
    html.row(tr("Inherits campaigns"), yesNo(p.inheritTcrCampaign));
    html.row(tr("SMS number"), p.sendingPhoneNumber);
    html.row(tr("WhatsApp number"), p.whatsappPhoneNumber);
    html.id(tr("WABA ID"), p.wabaId);
    html.row(tr("Campaigns"), QString::number(campaignCount));
    html.row(tr("Created"), when(p.createdAt));
    html.row(tr("Last change"), when(p.updatedAt));

    historySection(html, history);

    if (!p.brand) {
        html.section(tr("Brand"));
        html.paragraph(p.inheritTcrBrand ? tr("The organization's brand is used (inherited).")
                                         : tr("This profile has no brand yet, so it cannot have campaigns."));
        setHtml(html.html());
        return;
    }
    const Brand &b = *p.brand;
    html.section(b.isInherited ? tr("Brand (the organization's, read-only here)") : tr("Brand"));
    html.id(tr("Brand ID"), b.id);
    html.row(tr("Status"), statusText(brandStatus(b)));
    html.labelled(tr("Identity status"), Labels::identityStatus(b.identityStatus), b.identityStatus);
    html.row(tr("Submitted to TCR"),
             b.submittedToTcr ? (b.submittedAt.isValid() ? when(b.submittedAt) : tr("Yes")) : tr("No"));
    html.id(tr("TCR brand ID"), b.tcrBrandId);
    html.id(tr("Universal EIN"), b.universalEin);
    if (b.submittedToTcr && !b.isInherited)
        html.paragraph(tr("Submitted to TCR: the brand can no longer be changed."));
    if (b.contact) {
        html.section(tr("Contact"));
        html.row(tr("Name"), b.contact->name);
        html.row(tr("Business name"), b.contact->businessName);
        html.row(tr("Email"), b.contact->email);
        html.row(tr("Phone"), b.contact->phone);
        html.row(tr("Role"), b.contact->role);
    }
    if (b.business) {
        const BrandBusiness &x = *b.business;
        html.section(tr("Business"));
        html.row(tr("Legal name"), x.legalName);
        html.labelled(tr("Entity type"), Labels::entityType(x.entityType), x.entityType);
        html.row(tr("Tax ID"), x.taxIdType.isEmpty() ? x.taxId : tr("%1 (%2)").arg(x.taxId, x.taxIdType));
        html.link(tr("Website"), x.url);
        html.row(tr("Address"),
                 QStringList{x.street, QStringList{x.postalCode, x.city}.join(QLatin1Char(' ')).trimmed(), x.state,
                             x.country}
                     .filter(QRegularExpression(QStringLiteral("\\S")))
                     .join(QLatin1String("\n")));
        html.row(tr("Country of registration"), x.countryOfRegistration);
    }
    if (b.compliance) {
        const BrandCompliance &x = *b.compliance;
        html.section(tr("Compliance"));
        html.labelled(tr("Brand relationship"), Labels::relationship(x.brandRelationship), x.brandRelationship);
        html.labelled(tr("Vertical"), Labels::vertical(x.vertical), x.vertical);
        QStringList countries;
        for (const DestinationCountry &country : x.destinationCountries)
            countries.append(country.isMain ? tr("%1 (main)").arg(country.id) : country.id);
        html.row(tr("Destination countries"), countries.join(QLatin1String(", ")));
        html.row(tr("TCR application"), yesNo(x.isTcrApplication.value_or(false)));
        html.row(tr("Phone number prefix"), x.phoneNumberPrefix);
        html.row(tr("Expected volume"), x.expectedMessagingVolume);
        html.row(tr("Notes"), x.notes);
    }
    setHtml(html.html());
}

void DetailsPanel::showOrganizationBrand(const BrandOverview *brand, const Users &users)
{
    Html html(palette());
    html.heading(tr("Organization's brand"),
                 brand ? tr("Shared by the organization · %1").arg(brand->status.displayText())
                       : tr("Shared by the organization"));
    html.paragraph(tr("The profiles below send under the organization's brand. It is read-only here: sent.dm's API "
                      "has no way to change it from this app. It is changed in sent.dm's dashboard, under the "
                      "organization."));
    if (brand) {
        html.row(tr("Status"), brand->status.displayText());
        html.labelled(tr("Identity status"), Labels::identityStatus(brand->identityStatus), brand->identityStatus);
        html.id(tr("TCR brand ID"), brand->tcrBrandId);
    } else {
        html.paragraph(tr("None of these profiles has reported the brand yet: it shows once their details are read."));
    }
    html.section(tr("Used by %n profile(s)", nullptr, int(users.size())));
    html.profiles(users);
    setHtml(html.html());
}

void DetailsPanel::showOrganizationCampaign(const CampaignOverview &c, const Campaign *record, const Users &users)
{
    Html html(palette());
    html.heading(c.name, tr("The organization's campaign · %1").arg(c.status.displayText()));
    html.paragraph(tr("The profiles below use this campaign of the organization's. It is read-only here: sent.dm's "
                      "API has no way to change it from this app. It is changed in sent.dm's dashboard, under the "
                      "organization."));
    if (!c.tcrSyncError.isEmpty())
        html.warning(tr("Sync error: %1 — every profile below is affected.").arg(c.tcrSyncError));
    else if (c.status.category == StatusCategory::Rejected)
        html.warning(tr("Rejected — every profile below is affected."));
    html.id(tr("ID"), c.id);
    html.row(tr("Status"), statusText(c.status));
    html.id(tr("TCR campaign ID"), c.tcrCampaignId);
    html.row(tr("Use cases"), Labels::useCases(c.useCases).join(QLatin1String(", ")));
    if (record) {
        html.row(tr("Description"), record->description);
        for (const UseCase &u : record->useCases) {
            html.section(tr("Use case: %1").arg(Labels::useCase(u.messagingUseCaseUs)));
            html.list(u.sampleMessages);
        }
    }
    html.section(tr("Used by %n profile(s)", nullptr, int(users.size())));
    html.profiles(users);
    setHtml(html.html());
}

void DetailsPanel::showCampaign(const Campaign &c, const Profile &p, const QList<HistoryEntry> &history)
{
    Html html(palette());
    html.heading(c.name, tr("Campaign of %1 · %2").arg(p.name, c.statusInfo().displayText()));
    if (c.isInheritedBy(p.id))
        html.paragraph(
            tr("Inherited from the organization: read-only for this profile. The organization's campaigns are "
               "changed in sent.dm's dashboard, under the organization. To give this profile campaigns of its own, "
               "use Profile → Change inheritance."));
    if (!c.tcrSyncError.isEmpty())
        html.warning(tr("Sync error: %1").arg(c.tcrSyncError));
    html.id(tr("ID"), c.id);
    html.row(tr("Status"), statusText(c.statusInfo()));
    html.row(tr("In this status"),
             inStateText(c.status, c.id, history, c.updatedAt.isValid() ? c.updatedAt : c.createdAt));
    html.labelled(tr("Type"), Labels::campaignType(c.type), c.type);
    html.row(tr("Description"), c.description);
    html.row(tr("Volume"), c.volume);
    html.row(tr("Submitted to TCR"),
             c.submittedToTcr ? (c.submittedAt.isValid() ? when(c.submittedAt) : tr("Yes")) : tr("No"));
    html.id(tr("TCR campaign ID"), c.tcrCampaignId);
    html.id(tr("Brand ID"), c.brandId);
    if (c.dcaElectionsComplete)
        html.row(tr("Carrier elections"),
                 *c.dcaElectionsComplete ? tr("Complete %1").arg(when(c.dcaElectionsCompletedAt)).trimmed()
                                         : tr("Pending"));
    if (c.cost)
        html.row(tr("Cost"), Money::usd(*c.cost));
    html.row(tr("Billed"), when(c.billedDate));
    html.row(tr("Created"), when(c.createdAt));
    html.row(tr("Last change"), when(c.updatedAt));
    for (const UseCase &u : c.useCases) {
        html.section(tr("Use case: %1").arg(Labels::useCase(u.messagingUseCaseUs)));
        html.list(u.sampleMessages);
    }
    html.section(tr("Consent and messages"));
    html.row(tr("Message flow"), c.messageFlow);
    html.row(tr("Opt-in message"), c.optinMessage);
    html.row(tr("Opt-in keywords"), c.optinKeywords);
    html.row(tr("Opt-out message"), c.optoutMessage);
    html.row(tr("Opt-out keywords"), c.optoutKeywords);
    html.row(tr("Help message"), c.helpMessage);
    html.row(tr("Help keywords"), c.helpKeywords);
    html.section(tr("Links"));
    html.link(tr("Privacy policy"), c.privacyPolicyLink);
    html.link(tr("Terms and conditions"), c.termsAndConditionsLink);
    historySection(html, history);
    setHtml(html.html());
}

} // namespace cd::ui
