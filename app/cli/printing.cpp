#include "printing.h"

#include "clitext.h"

#include "tablewriter.h"

#include "core/datetext.h"
#include "domain/labels.h"

#include <QCoreApplication>

namespace cd::cli {

namespace {
QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}
} // namespace

QString dateText(const QDateTime &when)
{
    return DateText::exact(when);
}

QStringList profileTableHeaders()
{
    return {Text::tr("ID"),     Text::tr("NAME"),  Text::tr("SHORT NAME"),
            Text::tr("STATUS"), Text::tr("BRAND"), Text::tr("UPDATED")};
}

QString brandSummary(const Profile &p)
{
    if (!p.brand)
        return p.inheritTcrBrand ? Text::tr("inherited") : Text::tr("none");
    const Status status = brandStatus(*p.brand);
    return p.brand->isInherited ? Text::tr("%1 (inherited)").arg(status.displayText()) : status.displayText();
}

QStringList profileTableRow(const Profile &p)
{
    return {p.id,
            p.name,
            p.shortName,
            p.statusInfo().displayText(),
            brandSummary(p),
            dateText(p.updatedAt.isValid() ? p.updatedAt : p.createdAt)};
}

QString profileDetails(const Profile &p)
{
    DetailWriter out;
    out.add(Text::tr("Name"), p.name);
    out.add(Text::tr("ID"), p.id);
    out.add(Text::tr("Short name"), p.shortName);
    out.add(Text::tr("Description"), p.description);
    out.add(Text::tr("Status"),
            p.status.isEmpty() ? QString() : Text::tr("%1 (%2)").arg(p.statusInfo().displayText(), p.status));
    out.add(Text::tr("Billing model"), Labels::billingModel(p.billingModel));
    if (p.billingContact)
        out.add(Text::tr("Billing contact"),
                QStringList{p.billingContact->name, p.billingContact->email}.join(QLatin1String(", ")));
    out.add(Text::tr("Inherits brand"), yesNo(p.inheritTcrBrand));
    out.add(Text::tr("Inherits campaigns"), yesNo(p.inheritTcrCampaign));
    out.add(Text::tr("SMS number"), p.sendingPhoneNumber);
    out.add(Text::tr("WhatsApp number"), p.whatsappPhoneNumber);
    out.add(Text::tr("Created"), dateText(p.createdAt));
    out.add(Text::tr("Updated"), dateText(p.updatedAt));
    if (p.brand) {
        const Brand &b = *p.brand;
        out.section(b.isInherited ? Text::tr("Brand (inherited from the organization)") : Text::tr("Brand"));
        out.add(Text::tr("Status"), brandStatus(b).displayText());
        out.add(Text::tr("Brand status"), b.status);
        out.add(Text::tr("Identity status"), Labels::identityStatus(b.identityStatus));
        out.add(Text::tr("Submitted to TCR"),
                b.submittedToTcr ? dateText(b.submittedAt).isEmpty() ? Text::tr("yes") : dateText(b.submittedAt)
                                 : Text::tr("no"));
        out.add(Text::tr("TCR brand ID"), b.tcrBrandId);
        if (b.contact) {
            out.add(Text::tr("Contact"),
                    QStringList{b.contact->name, b.contact->email, b.contact->phone}.join(QLatin1String(", ")));
        }
        if (b.business) {
            out.add(Text::tr("Legal name"), b.business->legalName);
            out.add(Text::tr("Entity type"), Labels::entityType(b.business->entityType));
            out.add(Text::tr("Tax ID"), b.business->taxId);
            out.add(Text::tr("Website"), b.business->url);
        }
        if (b.compliance) {
            out.add(Text::tr("Relationship"), Labels::relationship(b.compliance->brandRelationship));
            out.add(Text::tr("Vertical"), Labels::vertical(b.compliance->vertical));
            out.add(Text::tr("TCR application"), yesNo(b.isTcrApplication()));
            out.add(Text::tr("Main country"), b.compliance->mainCountry());
        }
    } else {
        out.section(p.inheritTcrBrand ? Text::tr("Brand: the organization's (inherited)")
                                      : Text::tr("Brand: none yet"));
    }
    return out.render();
}

QStringList campaignTableHeaders()
{
    return {Text::tr("ID"),        Text::tr("NAME"),   Text::tr("STATUS"),
            Text::tr("USE CASES"), Text::tr("TCR ID"), Text::tr("INHERITED")};
}

QStringList campaignTableRow(const Campaign &c, const QString &profileId)
{
    QString status = c.statusInfo().displayText();
    if (!c.tcrSyncError.isEmpty())
        status += QStringLiteral(": ") + c.tcrSyncError;
    return {c.id,
            c.name,
            status,
            Labels::useCases(c.useCaseNames()).join(QLatin1String(", ")),
            c.tcrCampaignId,
            c.isInheritedBy(profileId) ? Text::tr("yes") : QString()};
}

QString campaignSummary(const Campaign &c)
{
    return Text::tr("“%1” (%2), id %3").arg(c.name, c.statusInfo().displayText(), c.id);
}

} // namespace cd::cli
