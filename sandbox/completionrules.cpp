#include "completionrules.h"

#include "sandboxstate.h"

namespace cd::sandbox {

CompletionRules::CompletionRules(const SandboxState &state)
    : m_state(state)
{
}

QMap<QString, QStringList> CompletionRules::unmetPrerequisites(const Profile &p) const
{
    QMap<QString, QStringList> unmet;
    if (p.name.trimmed().isEmpty())
        unmet[QStringLiteral("name")].append(QStringLiteral("The profile needs a name."));
    if (p.shortName.trimmed().isEmpty())
        unmet[QStringLiteral("short_name")].append(QStringLiteral("The profile needs a short name."));
    if (p.description.trimmed().isEmpty())
        unmet[QStringLiteral("description")].append(QStringLiteral("The profile needs a description."));
    const Organization &org = m_state.organization();
    const Brand *brand = m_state.effectiveBrand(p);
    if (p.inheritTcrBrand && !org.brand)
        unmet[QStringLiteral("brand")].append(
            QStringLiteral("The profile inherits the organization's brand, but the organization has none."));
    else if (!p.inheritTcrBrand && !p.ownBrand)
        unmet[QStringLiteral("brand")].append(QStringLiteral("The profile needs a brand of its own (or must inherit "
                                                             "the organization's)."));
    if (p.inheritTcrCampaign && org.campaigns.isEmpty())
        unmet[QStringLiteral("campaigns")].append(
            QStringLiteral("The profile inherits the organization's campaigns, but the organization has none."));
    else if (brand && brand->isTcrApplication && m_state.visibleCampaigns(p).isEmpty())
        unmet[QStringLiteral("campaigns")].append(
            QStringLiteral("A TCR application needs at least one campaign (own or inherited)."));
    return unmet;
}

QString CompletionRules::outcome(const Profile &p) const
{
    const QString submitted = QStringLiteral("SUBMITTED");
    if (p.sendingPhoneNumber.isEmpty() && p.whatsappPhoneNumber.isEmpty())
        return submitted;
    const Brand *brand = m_state.effectiveBrand(p);
    const bool tcr = brand && brand->isTcrApplication;
    if (tcr && !(p.inheritTcrBrand && p.inheritTcrCampaign))
        return submitted;
    if (!tcr && brand && brand->hasMainDestination())
        return submitted;
    return QStringLiteral("COMPLETED");
}

} // namespace cd::sandbox
