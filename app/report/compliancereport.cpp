#include "compliancereport.h"
#include "core/datetext.h"

#include "api/sentclient.h"
#include "csv.h"
#include "domain/labels.h"
#include "lint/linter.h"
#include "lint/rulepack.h"
#include "services/lintcontext.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QIODevice>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

namespace cd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A report is read later, perhaps elsewhere: every moment with its time zone.
QString when(const QDateTime &at)
{
    return DateText::exact(at);
}

QString yesNo(bool value)
{
    return value ? ComplianceReport::tr("yes") : ComplianceReport::tr("no");
}

// What the campaign says, checked by the linter. The state rules (submitted to TCR, inherited, no brand, billing)
// are facts the report states as facts, not defects: they are neither listed nor counted.
lint::Findings findingsOf(const Profile &profile, const Campaign &campaign)
{
    return lint::lintCampaign(
               SentClient::campaignRequestBody(campaign, false).value(QLatin1String("campaign")).toObject(),
               lintContextFor(profile, &campaign))
        .aboutContent();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
}

// An id is read and copied whole: it never breaks at its hyphens.
QString idRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class='label'>%1</td><td style='white-space:nowrap'>%2</td></tr>")
        .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
}

// One campaign in full: its facts, use cases with their samples, and the linter's content findings. An organization
// campaign says how many profiles use it.
QString campaignHtml(const Profile &p, const Campaign &c, qsizetype usedBy)
{
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(esc(ComplianceReport::tr("Campaign %1 — %2").arg(c.name, c.statusInfo().displayText())));
    html += idRow(ComplianceReport::tr("Campaign ID"), c.id)
        + idRow(ComplianceReport::tr("TCR campaign ID"), c.tcrCampaignId)
        + row(ComplianceReport::tr("Inherited from the organization"),
              usedBy > 0 ? ComplianceReport::tr("yes, used by %n profile(s)", nullptr, int(usedBy)) : yesNo(false));
    if (!c.tcrSyncError.isEmpty())
        html += row(ComplianceReport::tr("Sync error"), c.tcrSyncError);
    html += row(ComplianceReport::tr("Description"), c.description)
        + row(ComplianceReport::tr("Message flow"), c.messageFlow) + QStringLiteral("</table>");
    for (const UseCase &u : c.useCases) {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(Labels::useCase(u.messagingUseCaseUs)));
        for (const QString &sample : u.sampleMessages)
            html += QStringLiteral("<li>%1</li>").arg(esc(sample));
        html += QStringLiteral("</ol>");
    }
    const lint::Findings findings = findingsOf(p, c);
    QStringList lines;
    for (const lint::Finding &f : findings.items) {
        if (f.severity == lint::Severity::Info)
            continue;
        const bool error = f.severity == lint::Severity::Error;
        const QString field = lint::fieldLabel(f.field);
        const QString where = field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(field));
        lines.append(QStringLiteral("<li class='%1'>%2 %3%4: %5</li>")
                         .arg(error ? QStringLiteral("error") : QStringLiteral("warning"),
                              esc(lint::severityDisplayName(f.severity)), esc(f.ruleId), where, esc(f.message)));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(lines.isEmpty() ? ComplianceReport::tr("The linter finds nothing to report.")
                                         : ComplianceReport::tr("The linter's findings:")));
    if (!lines.isEmpty())
        html += QStringLiteral("<ul>") + lines.join(QString()) + QStringLiteral("</ul>");
    return html;
}

} // namespace

ComplianceReport::ComplianceReport(const OrganizationTree &organization, QList<HistoryEntry> history)
    : m_account(organization.account)
    , m_profiles(organization.profiles)
    , m_history(std::move(history))
{
}

bool ComplianceReport::narrowTo(const QString &id)
{
    for (const ProfileNode &node : std::as_const(m_profiles)) {
        if (node.profile.id == id) {
            m_profiles = {node};
            m_scope = Scope::Profile;
            return true;
        }
        for (const Campaign &campaign : node.campaigns) {
            if (campaign.id == id) {
                ProfileNode only = node;
                only.campaigns = {campaign};
                m_profiles = {only};
                m_scope = Scope::Campaign;
                return true;
            }
        }
    }
    return false;
}

int ComplianceReport::campaignCount() const
{
    return OrganizationTree::campaignCount(m_profiles);
}

QString ComplianceReport::title() const
{
    switch (m_scope) {
    case Scope::Profile:
        return tr("Compliance report: %1").arg(m_profiles.value(0).profile.name);
    case Scope::Campaign:
        return tr("Compliance report: %1 (%2)")
            .arg(m_profiles.value(0).campaigns.value(0).name, m_profiles.value(0).profile.name);
    case Scope::Organization:
        break;
    }
    return tr("Compliance report: %1").arg(m_account.name.isEmpty() ? tr("the organization") : m_account.name);
}

QList<HistoryEntry> ComplianceReport::historyOf(const QString &profileId, const QString &campaignId) const
{
    QList<HistoryEntry> result;
    for (const HistoryEntry &e : m_history)
        if (e.profileId == profileId && (campaignId.isNull() || e.campaignId == campaignId))
            result.append(e);
    return result;
}

QStringList ComplianceReport::csvHeader()
{
    return {QStringLiteral("profile_id"),          QStringLiteral("profile_name"),
            QStringLiteral("profile_status"),      QStringLiteral("brand_legal_name"),
            QStringLiteral("brand_status"),        QStringLiteral("brand_identity_status"),
            QStringLiteral("brand_tcr_id"),        QStringLiteral("brand_submitted_to_tcr"),
            QStringLiteral("inherits_brand"),      QStringLiteral("inherits_campaigns"),
            QStringLiteral("campaign_id"),         QStringLiteral("campaign_name"),
            QStringLiteral("campaign_status"),     QStringLiteral("campaign_tcr_id"),
            QStringLiteral("campaign_sync_error"), QStringLiteral("campaign_inherited"),
            QStringLiteral("use_cases"),           QStringLiteral("sample_messages"),
            QStringLiteral("lint_errors"),         QStringLiteral("lint_warnings"),
            QStringLiteral("lint_rules"),          QStringLiteral("last_status_change"),
            QStringLiteral("last_change"),         QStringLiteral("last_change_by"),
            QStringLiteral("history_entries")};
}

QList<QStringList> ComplianceReport::csvRows() const
{
    QList<QStringList> rows;
    forEachCsvRow([&rows](const QStringList &row) {
        rows.append(row);
        return true;
    });
    return rows;
}

bool ComplianceReport::writeCsv(QIODevice &out, const std::function<bool()> &cancelled) const
{
    // Rows gathered into blocks of about 64 KB: one write per block, not per row.
    QByteArray block = csv::writeRecord(csvHeader());
    const bool whole = forEachCsvRow([&out, &cancelled, &block](const QStringList &row) {
        if (cancelled && cancelled())
            return false;
        block += csv::writeRecord(row);
        if (block.size() < 64 * 1024)
            return true;
        const bool written = out.write(block) >= 0;
        block.clear();
        return written;
    });
    return whole && out.write(block) >= 0;
}

bool ComplianceReport::forEachCsvRow(const std::function<bool(const QStringList &)> &take) const
{
    for (const ProfileNode &node : m_profiles) {
        const Profile &p = node.profile;
        const std::optional<Brand> &b = p.brand;
        const QStringList profileCells = {p.id,
                                          p.name,
                                          p.status,
                                          b && b->business ? b->business->legalName : QString(),
                                          b ? b->status : QString(),
                                          b ? b->identityStatus : QString(),
                                          b ? b->tcrBrandId : QString(),
                                          b ? (b->submittedToTcr ? QStringLiteral("true") : QStringLiteral("false"))
                                            : QString(),
                                          p.inheritTcrBrand ? QStringLiteral("true") : QStringLiteral("false"),
                                          p.inheritTcrCampaign ? QStringLiteral("true") : QStringLiteral("false")};
        // The newest status change seen, and the newest change made (when, by whom), from the history.
        const auto newest = [this](HistoryEntry::Kind kind, const QString &profileId,
                                   const QString &campaignId) -> const HistoryEntry * {
            for (const HistoryEntry &e : m_history) // newest first
                if (e.kind == kind && e.profileId == profileId && e.campaignId == campaignId)
                    return &e;
            return nullptr;
        };
        const auto timeline = [&newest, this](const QString &profileId, const QString &campaignId) {
            const HistoryEntry *status = newest(HistoryEntry::Kind::Status, profileId, campaignId);
            const HistoryEntry *change = newest(HistoryEntry::Kind::Mutation, profileId, campaignId);
            return QStringList{status ? status->at.toUTC().toString(Qt::ISODate) : QString(),
                               change ? change->at.toUTC().toString(Qt::ISODate) : QString(),
                               change ? change->actorText() : QString(),
                               QString::number(historyOf(profileId, campaignId).size())};
        };
        if (node.campaigns.isEmpty()) {
            if (!take(profileCells + QStringList(11, QString()) + timeline(p.id, QString())))
                return false;
            continue;
        }
        for (const Campaign &c : node.campaigns) {
            const lint::Findings findings = findingsOf(p, c);
            QStringList rules, samples;
            for (const lint::Finding &f : findings.items)
                if (f.severity != lint::Severity::Info && !rules.contains(f.ruleId))
                    rules.append(f.ruleId);
            for (const UseCase &u : c.useCases)
                samples += u.sampleMessages;
            const bool taken = take(
                profileCells
                + QStringList{c.id, c.name, c.status, c.tcrCampaignId, c.tcrSyncError,
                              c.isInheritedBy(p.id) ? QStringLiteral("true") : QStringLiteral("false"),
                              c.useCaseNames().join(QLatin1Char(';')), samples.join(QLatin1Char('\n')),
                              QString::number(findings.count(lint::Severity::Error)),
                              QString::number(findings.count(lint::Severity::Warning)), rules.join(QLatin1Char(';'))}
                + timeline(p.id, c.id));
            if (!taken)
                return false;
        }
    }
    return true;
}

QByteArray ComplianceReport::toCsv() const
{
    return csv::write(QList<QStringList>{csvHeader()} + csvRows());
}

QString ComplianceReport::toHtml() const
{
    QString html =
        QStringLiteral("<html><head><style>"
                       "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 18px; } h3 { font-size: 11pt; }"
                       "td { padding: 1px 8px 1px 0; vertical-align: top; } td.label { color: #555555; }"
                       "th { text-align: left; padding-right: 8px; border-bottom: 1px solid #999999; }"
                       ".error { color: #b3261e; } .warning { color: #8a5300; }"
                       "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Organization %1 (%2). Generated %3 by Compliance Desk; rules %4.")
                             .arg(m_account.name, m_account.id, when(m_generatedAt),
                                  QString::fromLatin1(lint::pack::kVersion))));

    // Totals by status. A campaign counts once: an organization campaign inherited by many profiles is one campaign
    // (as on the dashboard).
    QMap<QString, int> profiles, campaigns;
    QHash<QString, QStringList> inheritors; // an organization campaign's id → the profiles that use it
    QList<std::pair<const Profile *, const Campaign *>> shared;
    QSet<QString> counted;
    for (const ProfileNode &node : m_profiles) {
        ++profiles[node.profile.statusInfo().displayText()];
        for (const Campaign &c : node.campaigns) {
            if (c.isInheritedBy(node.profile.id)) {
                if (!inheritors.contains(c.id))
                    shared.append({&node.profile, &c});
                inheritors[c.id].append(node.profile.name);
            }
            if (c.id.isEmpty() || !counted.contains(c.id)) {
                counted.insert(c.id);
                ++campaigns[c.statusInfo().displayText()];
            }
        }
    }
    // The organization's campaigns are described once, before the profiles, when more than one profile is reported.
    const bool sharedSection = m_scope == Scope::Organization && !shared.isEmpty();
    const auto totals = [](const QMap<QString, int> &counts) {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
        return parts.join(QStringLiteral(" · "));
    };
    html += QStringLiteral("<table>")
        + row(tr("Profiles"), QString::number(m_profiles.size()) + QStringLiteral(" — ") + totals(profiles))
        + row(tr("Campaigns"),
              QString::number(campaignCount())
                  + (campaigns.isEmpty() ? QString() : QStringLiteral(" — ") + totals(campaigns)))
        + QStringLiteral("</table>")
        + QStringLiteral("<p>%1</p>")
              .arg(esc(tr("Each campaign counts once: an organization campaign that several profiles inherit is one "
                          "campaign.")));

    if (sharedSection) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("The organization's campaigns")));
        for (const auto &[profile, campaign] : std::as_const(shared)) {
            const QStringList users = inheritors.value(campaign->id);
            html += campaignHtml(*profile, *campaign, users.size());
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Used by: %1.").arg(users.join(QStringLiteral(", ")))));
        }
    }

    for (const ProfileNode &node : m_profiles) {
        const Profile &p = node.profile;
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("%1 — %2").arg(p.name, p.statusInfo().displayText())));
        html += QStringLiteral("<table>") + idRow(tr("Profile ID"), p.id) + row(tr("Short name"), p.shortName)
            + row(tr("Description"), p.description) + row(tr("Billing"), Labels::billingModel(p.billingModel))
            + row(tr("Uses the organization's brand"), yesNo(p.inheritTcrBrand))
            + row(tr("Uses the organization's campaigns"), yesNo(p.inheritTcrCampaign))
            + row(tr("SMS number"), p.sendingPhoneNumber) + row(tr("WhatsApp number"), p.whatsappPhoneNumber);
        if (p.brand) {
            const Brand &b = *p.brand;
            html += row(tr("Brand"), b.isInherited ? tr("the organization's") : tr("its own"))
                + row(tr("Brand status"), brandStatus(b).displayText())
                + row(tr("Identity"), Labels::identityStatus(b.identityStatus))
                + idRow(tr("TCR brand ID"), b.tcrBrandId)
                + row(tr("Submitted to TCR"),
                      !b.submittedToTcr             ? tr("no")
                          : b.submittedAt.isValid() ? when(b.submittedAt)
                                                    : tr("yes"));
            if (b.business)
                html += row(tr("Legal name"), b.business->legalName)
                    + row(tr("Entity type"), Labels::entityType(b.business->entityType))
                    + row(tr("Tax ID"), b.business->taxId) + row(tr("Website"), b.business->url);
            if (b.compliance) {
                QStringList countries;
                for (const DestinationCountry &country : b.compliance->destinationCountries)
                    countries.append(country.isMain ? tr("%1 (main)").arg(country.id) : country.id);
                html += row(tr("Relationship"), Labels::relationship(b.compliance->brandRelationship))
                    + row(tr("Vertical"), Labels::vertical(b.compliance->vertical))
                    + row(tr("Destination countries"), countries.join(QStringLiteral(", ")))
                    + row(tr("TCR application"), yesNo(b.isTcrApplication()));
            }
        } else {
            html += row(tr("Brand"), tr("none yet"));
        }
        html += QStringLiteral("</table>");
        if (node.campaignsError)
            html += QStringLiteral("<p class='error'>%1</p>")
                        .arg(esc(tr("Its campaigns could not be read: %1").arg(node.campaignsError->userMessage())));

        QStringList inheritedHere;
        for (const Campaign &c : node.campaigns) {
            if (sharedSection && c.isInheritedBy(p.id)) {
                inheritedHere.append(tr("“%1” (%2)").arg(c.name, c.statusInfo().displayText()));
                continue;
            }
            html += campaignHtml(p, c, c.isInheritedBy(p.id) ? inheritors.value(c.id).size() : 0);
        }
        if (!inheritedHere.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Uses the organization's campaigns %1, described once under “The organization's "
                                    "campaigns”.")
                                     .arg(inheritedHere.join(QStringLiteral(", ")))));

        const QList<HistoryEntry> history = historyOf(p.id, QString());
        if (!history.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                        .arg(esc(tr("Timeline (recorded on this computer)")), esc(tr("When")), esc(tr("What")),
                             esc(tr("Who")), esc(tr("Request ID")));
            for (const HistoryEntry &e : history)
                html +=
                    QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td style='white-space:nowrap'>%4</td></tr>")
                        .arg(esc(when(e.at)), esc(e.summary), esc(e.actorText()), esc(e.requestId));
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool ComplianceReport::writePdf(const QString &path, QString *error,
                                const std::function<bool(int, int)> &progress) const
{
    QSaveFile file(path); // nothing appears at `path` unless the whole report was written
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Compliance Desk"));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(toHtml());
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = QFontMetricsF(document.defaultFont(), &writer).height() * 2;
    const QSizeF body(page.width(), page.height() - footer);
    document.setPageSize(body);
    const int pages = document.pageCount();

    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
        painter.setFont(document.defaultFont());
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                         tr("%1 · page %2 of %3").arg(title()).arg(i + 1).arg(pages));
        if (progress && !progress(i + 1, pages)) {
            painter.end();
            file.cancelWriting();
            if (error)
                *error = tr("Cancelled.");
            return false;
        }
    }
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cd
