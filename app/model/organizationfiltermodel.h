#pragma once

#include "domain/inheritance.h"
#include "domain/status.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace cd {

// Search and filters over the organization tree: a row stays when it matches, when one of its descendants does
// (so the path to a match is shown), or when its parent does (a matching profile shows its campaigns).
// Sorting uses the model's SortRole: status sorts by urgency, last change by time.
class OrganizationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrganizationFilterModel(QObject *parent = nullptr);

    // Words that must all appear in a row's name, id, status words, use cases or attention (any case).
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    void setStatusFilter(std::optional<StatusCategory> status);
    std::optional<StatusCategory> statusFilter() const { return m_status; }
    void setUseCaseFilter(const QString &useCase); // e.g. MARKETING; empty = any
    QString useCaseFilter() const { return m_useCase; }
    // Profiles whose brand has this identity status (DashboardAggregates::identityKey: "" no brand, "-" not vetted
    // yet).
    void setIdentityFilter(std::optional<QString> identity);
    std::optional<QString> identityFilter() const { return m_identity; }
    // Which rows the status and use-case filters look at: any (a profile and its campaigns alike, as the Filter menu
    // does), or only profiles or only campaigns — a dashboard slice's items exactly, with the path to them.
    enum class Scope { Any, Profiles, Campaigns };
    void setFilterScope(Scope scope);
    Scope filterScope() const { return m_scope; }
    // One item (a profile with its campaigns, or a campaign under its profile): what an attention row opens.
    void setItemFilter(const QString &id);
    QString itemFilter() const { return m_item; }
    // Profiles set up this way (own or organization's brand and campaigns), with their campaigns.
    void setSetupFilter(std::optional<Setup> setup);
    std::optional<Setup> setupFilter() const { return m_setup; }
    void setAttentionOnly(bool attentionOnly);
    bool attentionOnly() const { return m_attentionOnly; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    std::optional<StatusCategory> m_status;
    QString m_useCase;
    std::optional<QString> m_identity;
    std::optional<Setup> m_setup;
    bool m_attentionOnly = false;
    QString m_item;
    Scope m_scope = Scope::Any;
};

} // namespace cd
