#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace cd;

namespace {

Profile profile(const QString &id, const QString &name, const QString &status = QStringLiteral("approved"),
                bool brand = true)
{
    Profile p;
    p.id = id;
    p.name = name;
    p.status = status;
    p.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
    if (brand) {
        Brand b;
        b.id = id + QStringLiteral("-brand");
        b.status = QStringLiteral("ACTIVE");
        b.identityStatus = QStringLiteral("VERIFIED");
        b.submittedToTcr = true;
        p.brand = b;
    }
    return p;
}

Campaign campaign(const QString &id, const QString &name, const QString &owner,
                  const QString &status = QStringLiteral("ACTIVE"))
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.customerId = owner;
    c.status = status;
    c.submittedToTcr = !status.isEmpty();
    UseCase u;
    u.messagingUseCaseUs = QStringLiteral("MARKETING");
    c.useCases = {u};
    return c;
}

// The tree as text, one row a line: what a user would read, minus the locale-dependent dates.
QString snapshot(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column : {int(OrganizationModel::NameColumn), int(OrganizationModel::StatusColumn),
                           int(OrganizationModel::BrandColumn), int(OrganizationModel::UseCasesColumn),
                           int(OrganizationModel::AttentionColumn)})
            cells.append(model.index(row, column, parent).data().toString());
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        out += QString(depth * 2, QLatin1Char(' ')) + cells.join(QLatin1String(" | ")) + QLatin1Char('\n');
        out += snapshot(model, model.index(row, 0, parent), depth + 1);
    }
    return out;
}

} // namespace

class TestOrganizationModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OrganizationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/compliance-desk_en.qm"))); // English plurals
        QCoreApplication::installTranslator(&m_translator);
    }

    void init()
    {
        m_model = std::make_unique<OrganizationModel>();
        // Before any data arrives, so that every change is checked.
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        Account org;
        org.type = QStringLiteral("organization");
        org.id = QStringLiteral("org");
        org.name = QStringLiteral("Northwind");
        m_model->setAccount(org);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void profilesAndLazyCampaigns()
    {
        QSignalSpy requested(m_model.get(), &OrganizationModel::campaignsRequested);
        m_model->setProfiles(
            {profile(QStringLiteral("p1"), QStringLiteral("Acme")),
             profile(QStringLiteral("p2"), QStringLiteral("Birch"), QStringLiteral("incomplete"), false)});
        QCOMPARE(snapshot(*m_model),
                 QStringLiteral("Northwind | 2 profiles\n"
                                "  Acme | Approved | Approved\n"
                                "  Birch | Draft | None |  | No brand\n"));
        const QModelIndex acme = m_model->profileIndex(QStringLiteral("p1"));
        const QModelIndex birch = m_model->profileIndex(QStringLiteral("p2"));
        QVERIFY(m_model->hasChildren(acme));   // campaigns to come
        QVERIFY(!m_model->hasChildren(birch)); // no brand: no campaigns to ask for
        QVERIFY(!m_model->canFetchMore(birch));
        QVERIFY(!m_model->profilesNeedingCampaigns().contains(QStringLiteral("p2")));

        // The model tester walks the tree and may have asked already; either way, asked exactly once.
        m_model->fetchMore(acme);
        m_model->fetchMore(acme);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("p1"));
        QVERIFY(!m_model->canFetchMore(acme));
        QVERIFY(m_model->profilesNeedingCampaigns().isEmpty());
        QTRY_COMPARE(m_model->rowCount(acme), 1);
        QCOMPARE(m_model->kind(m_model->index(0, 0, acme)), OrganizationModel::Kind::Loading);
        QCOMPARE(m_model->index(0, 0, acme).data().toString(), QStringLiteral("Loading campaigns…"));

        m_model->setCampaigns(
            QStringLiteral("p1"),
            {campaign(QStringLiteral("c1"), QStringLiteral("Promos"), QStringLiteral("p1")),
             campaign(QStringLiteral("c2"), QStringLiteral("Alerts"), QStringLiteral("org"), QString())});
        // The organization's campaign also shows once above the profiles, as the organization's.
        QCOMPARE(snapshot(*m_model),
                 QStringLiteral("Northwind | 2 profiles\n"
                                "  Alerts | Draft | Not submitted | Marketing\n"
                                "  Acme | Approved | Approved | Marketing\n"
                                "    Promos | Approved | Submitted | Marketing\n"
                                "    Alerts (inherited) | Draft | Not submitted | Marketing\n"
                                "  Birch | Draft | None |  | No brand\n"));
        QVERIFY(m_model->campaignsLoaded(QStringLiteral("p1")));
        const QModelIndex alerts = m_model->campaignIndex(QStringLiteral("p1"), QStringLiteral("c2"));
        QVERIFY(alerts.data(OrganizationModel::InheritedRole).toBool());
        QCOMPARE(alerts.data(OrganizationModel::ProfileIdRole).toString(), QStringLiteral("p1"));
        QCOMPARE(m_model->profile(alerts)->id, QStringLiteral("p1"));
        QCOMPARE(m_model->campaign(alerts)->name, QStringLiteral("Alerts"));
        QVERIFY(!m_model->index(0, 0, alerts).isValid());
    }

    void errorRowAndRetry()
    {
        QSignalSpy requested(m_model.get(), &OrganizationModel::campaignsRequested);
        m_model->setProfiles({profile(QStringLiteral("p1"), QStringLiteral("Acme"))});
        const QModelIndex acme = m_model->profileIndex(QStringLiteral("p1"));
        m_model->fetchMore(acme);
        m_model->setCampaignsFailed(QStringLiteral("p1"),
                                    QStringLiteral("sent.dm had a problem. Request ID for support: req_1"));
        QCOMPARE(m_model->rowCount(acme), 1);
        const QModelIndex error = m_model->index(0, 0, acme);
        QCOMPARE(m_model->kind(error), OrganizationModel::Kind::Error);
        QVERIFY(error.data(Qt::ToolTipRole).toString().contains(QLatin1String("req_1")));
        QVERIFY(acme.siblingAtColumn(OrganizationModel::AttentionColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Not loaded")));
        QVERIFY(!m_model->canFetchMore(acme)); // views must not retry on their own, in a loop
        QVERIFY(m_model->canRetry(error));
        m_model->retry(error);
        QCOMPARE(requested.count(), 2);
        QTRY_COMPARE(m_model->kind(m_model->index(0, 0, acme)), OrganizationModel::Kind::Loading);
        m_model->setCampaigns(QStringLiteral("p1"),
                              {campaign(QStringLiteral("c1"), QStringLiteral("Promos"), QStringLiteral("p1"))});
        QCOMPARE(m_model->rowCount(acme), 1);
        QCOMPARE(m_model->kind(m_model->index(0, 0, acme)), OrganizationModel::Kind::Campaign);
        QVERIFY(acme.siblingAtColumn(OrganizationModel::AttentionColumn).data().toString().isEmpty());
    }

    void refreshUpdatesInPlaceAndNeverResets()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setProfiles({profile(QStringLiteral("p1"), QStringLiteral("Acme")),
                              profile(QStringLiteral("p2"), QStringLiteral("Birch")),
                              profile(QStringLiteral("p3"), QStringLiteral("Cedar"))});
        m_model->setCampaigns(QStringLiteral("p2"),
                              {campaign(QStringLiteral("c1"), QStringLiteral("Promos"), QStringLiteral("p2"),
                                        QStringLiteral("SENT_CREATED")),
                               campaign(QStringLiteral("c2"), QStringLiteral("Care"), QStringLiteral("p2"))});
        const QPersistentModelIndex birch = m_model->profileIndex(QStringLiteral("p2"));
        const QPersistentModelIndex promos = m_model->campaignIndex(QStringLiteral("p2"), QStringLiteral("c1"));
        changed.clear();

        // Same data again: nothing moves, nothing changes.
        m_model->setProfiles({profile(QStringLiteral("p1"), QStringLiteral("Acme")),
                              profile(QStringLiteral("p2"), QStringLiteral("Birch")),
                              profile(QStringLiteral("p3"), QStringLiteral("Cedar"))});
        int profileRowChanges = 0;
        for (const auto &args : changed)
            profileRowChanges += args.first().toModelIndex().parent() == m_model->organizationIndex() ? 1 : 0;
        QCOMPARE(profileRowChanges, 0);

        // p1 removed, p2 renamed, p4 new; a campaign changes status, another disappears, one appears.
        m_model->setProfiles({profile(QStringLiteral("p2"), QStringLiteral("Birch & Co")),
                              profile(QStringLiteral("p3"), QStringLiteral("Cedar")),
                              profile(QStringLiteral("p4"), QStringLiteral("Dune"), QStringLiteral("rejected"))});
        Campaign rejected =
            campaign(QStringLiteral("c1"), QStringLiteral("Promos"), QStringLiteral("p2"), QStringLiteral("ACTIVE"));
        rejected.tcrSyncError = QStringLiteral("Brand not vetted");
        m_model->setCampaigns(
            QStringLiteral("p2"),
            {rejected, campaign(QStringLiteral("c3"), QStringLiteral("Fraud"), QStringLiteral("p2"))});
        QCOMPARE(reset.count(), 0);
        QVERIFY(birch.isValid());
        QVERIFY(promos.isValid()); // the same row object, still addressable: expansion and selection survive
        QCOMPARE(birch.data().toString(), QStringLiteral("Birch & Co"));
        QCOMPARE(QModelIndex(promos).siblingAtColumn(OrganizationModel::StatusColumn).data().toString(),
                 QStringLiteral("Not sent to TCR")); // its sync error: nothing was rejected
        QCOMPARE(snapshot(*m_model),
                 QStringLiteral("Northwind | 3 profiles\n"
                                "  Birch & Co | Approved | Approved | Marketing | Sync error\n"
                                "    Promos | Not sent to TCR | Submitted | Marketing | Sync error\n"
                                "    Fraud | Approved | Submitted | Marketing\n"
                                "  Cedar | Approved | Approved\n"
                                "  Dune | Rejected | Approved |  | Rejected\n"));
        QVERIFY(!m_model->profileIndex(QStringLiteral("p1")).isValid());
        QCOMPARE(m_model->profileCount(), 3);
    }

    void batchOfListsSignalsOneSpan()
    {
        QList<Profile> profiles;
        for (int i = 0; i < 100; ++i)
            profiles.append(profile(QStringLiteral("p%1").arg(i), QStringLiteral("Profile %1").arg(i)));
        m_model->setProfiles(profiles);
        OrganizationFilterModel filter;
        filter.setSourceModel(m_model.get());
        filter.sort(OrganizationModel::NameColumn, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy shownChanged(&filter, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&filter, &QAbstractItemModel::layoutChanged);

        // Rows 10–19 and 90 answer in one batch; row 50's list is empty, which changes nothing it shows.
        OrganizationModel::CampaignLists lists;
        for (int i : {12, 10, 11, 13, 14, 15, 16, 17, 18, 19, 90}) {
            const QString id = QStringLiteral("p%1").arg(i);
            lists.append(
                {id, {CampaignOverview::of(campaign(QStringLiteral("c%1").arg(i), QStringLiteral("Promos"), id), id)}});
        }
        lists.append({QStringLiteral("p50"), {}});
        m_model->setCampaigns(lists);

        // One signal from the first row to the last, only the summary columns: the sorting proxy passes on one
        // range and moves nothing.
        QCOMPARE(changed.count(), 1);
        const QModelIndex first = changed.at(0).at(0).toModelIndex(), last = changed.at(0).at(1).toModelIndex();
        QCOMPARE(first.row(), 10);
        QCOMPARE(last.row(), 90);
        QCOMPARE(first.column(), int(OrganizationModel::UseCasesColumn));
        QCOMPARE(last.column(), int(OrganizationModel::SetupColumn));
        const auto summaries = std::count_if(shownChanged.cbegin(), shownChanged.cend(), [](const QList<QVariant> &s) {
            return s.at(0).toModelIndex().column() == OrganizationModel::UseCasesColumn;
        });
        QCOMPARE(summaries, 1);
        QCOMPARE(moved.count(), 0);
        for (int i : {10, 15, 19, 90})
            QCOMPARE(m_model->rowCount(m_model->profileIndex(QStringLiteral("p%1").arg(i))), 1);
        QVERIFY(m_model->campaignsLoaded(QStringLiteral("p50")));
        QCOMPARE(m_model->rowCount(m_model->profileIndex(QStringLiteral("p50"))), 0);
        // What the proxy shows followed: the summaries are there, sorted as before.
        const QModelIndex shown = filter.mapFromSource(m_model->profileIndex(QStringLiteral("p15")));
        QCOMPARE(shown.siblingAtColumn(OrganizationModel::UseCasesColumn).data().toString(),
                 QStringLiteral("Marketing"));
        QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(), QStringLiteral("Profile 99"));
    }

    void rolesForViewsAndFilters()
    {
        Profile p = profile(QStringLiteral("p1"), QStringLiteral("Acme"), QStringLiteral("pending_review"));
        p.brand->isInherited = true;
        m_model->setProfiles({p});
        const QModelIndex status = m_model->profileIndex(QStringLiteral("p1"), OrganizationModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("In review"));
        QCOMPARE(status.data(OrganizationModel::RawStatusRole).toString(), QStringLiteral("pending_review"));
        QCOMPARE(status.data(OrganizationModel::StatusCategoryRole).toInt(), int(StatusCategory::InReview));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("pending_review")));
        QVERIFY(status.data(OrganizationModel::SearchTextRole).toString().contains(QLatin1String("Acme")));
        const QModelIndex brand = status.siblingAtColumn(OrganizationModel::BrandColumn);
        QCOMPARE(brand.data().toString(), QStringLiteral("Approved (inherited)"));
        QVERIFY(brand.data(Qt::ToolTipRole).toString().contains(QLatin1String("VERIFIED")));
        QVERIFY(status.data(OrganizationModel::InheritedRole).toBool());
        QCOMPARE(m_model->headerData(OrganizationModel::AttentionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Attention"));
        QVERIFY(!m_model->headerData(OrganizationModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        // Sorting by status puts what needs work first.
        QVERIFY(status.data(OrganizationModel::SortRole).toInt() < m_model->organizationIndex()
                                                                       .siblingAtColumn(OrganizationModel::StatusColumn)
                                                                       .data(OrganizationModel::SortRole)
                                                                       .toInt());
    }

    void searchAndFilters()
    {
        OrganizationFilterModel filter;
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_model.get());
        m_model->setProfiles(
            {profile(QStringLiteral("p1"), QStringLiteral("Acme Dental")),
             profile(QStringLiteral("p2"), QStringLiteral("Birch Realty")),
             profile(QStringLiteral("p3"), QStringLiteral("Cedar Clinic"), QStringLiteral("rejected"))});
        Campaign care = campaign(QStringLiteral("c2"), QStringLiteral("Patient care"), QStringLiteral("p2"),
                                 QStringLiteral("SENT_CREATED"));
        care.useCases.first().messagingUseCaseUs = QStringLiteral("CUSTOMER_CARE");
        m_model->setCampaigns(QStringLiteral("p1"),
                              {campaign(QStringLiteral("c1"), QStringLiteral("Reminders"), QStringLiteral("p1"))});
        m_model->setCampaigns(QStringLiteral("p2"), {care});
        QCOMPARE(snapshot(filter), snapshot(*m_model)); // no filter: everything

        filter.setSearchText(QStringLiteral("  dental "));
        QCOMPARE(snapshot(filter),
                 QStringLiteral(
                     "Northwind | 3 profiles\n"
                     "  Acme Dental | Approved | Approved | Marketing\n"
                     "    Reminders | Approved | Submitted | Marketing\n")); // a matching profile shows its campaigns
        filter.setSearchText(QStringLiteral("patient"));
        QCOMPARE(snapshot(filter),
                 QStringLiteral("Northwind | 3 profiles\n"
                                "  Birch Realty | Approved | Approved | Customer care\n"
                                "    Patient care | In review | Submitted | Customer care\n")); // the path to a match
        filter.setSearchText(QStringLiteral("c2"));                                             // by id
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        filter.setSearchText(QString());

        filter.setStatusFilter(StatusCategory::Rejected);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(), QStringLiteral("Cedar Clinic"));
        filter.setStatusFilter(std::nullopt);

        // The use cases column shows people's words, keeps the API's in the tooltip, and filters and searches by both.
        const QModelIndex careCell =
            m_model->index(0, OrganizationModel::UseCasesColumn, m_model->profileIndex(QStringLiteral("p2")));
        QCOMPARE(careCell.data().toString(), QStringLiteral("Customer care"));
        QCOMPARE(careCell.data(Qt::ToolTipRole).toString(), QStringLiteral("sent.dm: CUSTOMER_CARE"));
        QCOMPARE(careCell.data(OrganizationModel::RawStatusRole).toStringList(),
                 QStringList{QStringLiteral("CUSTOMER_CARE")});
        filter.setUseCaseFilter(QStringLiteral("customer_care"));
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        filter.setUseCaseFilter(QString());
        filter.setSearchText(QStringLiteral("customer care"));
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        filter.setSearchText(QString());

        // Scoped to one kind of row, as a dashboard slice is: approved profiles (each with its
        // campaigns), or approved campaigns (Reminders alone, under its profile).
        filter.setStatusFilter(StatusCategory::Approved);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 2); // Acme and Birch
        filter.setFilterScope(OrganizationFilterModel::Scope::Campaigns);
        QCOMPARE(snapshot(filter),
                 QStringLiteral("Northwind | 3 profiles\n"
                                "  Acme Dental | Approved | Approved | Marketing\n"
                                "    Reminders | Approved | Submitted | Marketing\n"));
        filter.setStatusFilter(StatusCategory::InReview);
        QCOMPARE(snapshot(filter),
                 QStringLiteral("Northwind | 3 profiles\n"
                                "  Birch Realty | Approved | Approved | Customer care\n"
                                "    Patient care | In review | Submitted | Customer care\n"));
        filter.setFilterScope(OrganizationFilterModel::Scope::Profiles);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 0); // no profile is in review
        filter.setStatusFilter(std::nullopt);
        filter.setFilterScope(OrganizationFilterModel::Scope::Any);

        // One item: a campaign under its profile, or a profile with its campaigns.
        filter.setItemFilter(QStringLiteral("c2"));
        QCOMPARE(snapshot(filter),
                 QStringLiteral("Northwind | 3 profiles\n"
                                "  Birch Realty | Approved | Approved | Customer care\n"
                                "    Patient care | In review | Submitted | Customer care\n"));
        filter.setItemFilter(QStringLiteral("p1"));
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0, filter.index(0, 0))), 1); // Reminders
        filter.setItemFilter(QString());

        filter.setAttentionOnly(true);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1); // Cedar: rejected
        filter.setAttentionOnly(false);
        QVERIFY(!filter.isFiltering());

        // Sort by status: the rejected profile first; by last change: newest last in ascending order.
        filter.sort(OrganizationModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(), QStringLiteral("Cedar Clinic"));
        // A live change re-sorts in place.
        filter.setDynamicSortFilter(true);
        m_model->updateProfile(
            profile(QStringLiteral("p3"), QStringLiteral("Cedar Clinic"), QStringLiteral("approved")));
        QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(), QStringLiteral("Acme Dental"));
    }

    void namesSortAsPeopleReadThem()
    {
        const QStringList names{
            QStringLiteral("zahnarzt Zimmer"),    QStringLiteral("Birch"), QStringLiteral("\u00C4rztehaus Nord"),
            QStringLiteral("\u00C9clair Bakery"), QStringLiteral("Dune"),  QStringLiteral("birch"),
            QStringLiteral("Stra\u00DFe 5")};
        QList<Profile> profiles;
        for (int i = 0; i < names.size(); ++i)
            profiles.append(profile(QStringLiteral("p%1").arg(i), names.at(i)));
        m_model->setProfiles(profiles);
        OrganizationFilterModel filter;
        filter.setSourceModel(m_model.get());
        filter.setDynamicSortFilter(true);
        filter.sort(OrganizationModel::NameColumn, Qt::AscendingOrder);
        const auto order = [&filter] {
            QStringList shown;
            const QModelIndex org = filter.index(0, 0);
            for (int row = 0; row < filter.rowCount(org); ++row)
                shown.append(filter.index(row, 0, org).data().toString());
            return shown;
        };
        // Case and accents do not move a name to the end; the same letters in another case stay next to each other,
        // in the locale's order.
        const QStringList sorted = order();
        QCOMPARE(sorted.first(), QStringLiteral("\u00C4rztehaus Nord"));
        QCOMPARE(sorted.last(), QStringLiteral("zahnarzt Zimmer"));
        QCOMPARE(sorted.indexOf(QStringLiteral("\u00C9clair Bakery")), sorted.indexOf(QStringLiteral("Dune")) + 1);
        QCOMPARE(qAbs(sorted.indexOf(QStringLiteral("Birch")) - sorted.indexOf(QStringLiteral("birch"))), 1);
        QCOMPARE(sorted.indexOf(QStringLiteral("Stra\u00DFe 5")), sorted.size() - 2);
        QCOMPARE(OrganizationModel::sortKeyFor(QStringLiteral("\u00C9clair STRA\u00DFE")),
                 QStringLiteral("eclair stra\u00DFe"));

        // A renamed profile moves: the key made for its old name is not kept.
        m_model->updateProfile(profile(QStringLiteral("p4"), QStringLiteral("Aardvark")));
        QCOMPARE(order().first(), QStringLiteral("Aardvark"));
        QVERIFY(!m_model->sortName(m_model->profileIndex(QStringLiteral("p4"))).isEmpty());
    }

    void clearIsTheOnlyReset()
    {
        m_model->setProfiles({profile(QStringLiteral("p1"), QStringLiteral("Acme"))});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->hasAccount());
        m_model->setProfiles({profile(QStringLiteral("p9"), QStringLiteral("Zed"))});
        QCOMPARE(m_model->profileCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationModel)
#include "tst_organizationmodel.moc"
