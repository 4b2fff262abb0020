#include "completionwizard.h"

#include "api/sentclient.h"
#include "core/settings.h"
#include "domain/profilerules.h"
#include "services/statuspoller.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QUuid>
#include <QVBoxLayout>

#include <functional>

namespace cd::ui {

namespace {

// A page whose Next (or Finish) the wizard's state decides, and which can run something when shown.
class Page : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<void()> shown;

    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (shown)
            shown();
    }
    void changed() { Q_EMIT completeChanged(); }
};

QString fixText(CompletionChecklist::Fix fix)
{
    switch (fix) {
    case CompletionChecklist::Fix::EditProfile:
        return CompletionWizard::tr("Edit the profile…");
    case CompletionChecklist::Fix::EditBrand:
        return CompletionWizard::tr("Edit the brand…");
    case CompletionChecklist::Fix::NewCampaign:
        return CompletionWizard::tr("New campaign…");
    case CompletionChecklist::Fix::ChangeInheritance:
        return CompletionWizard::tr("Change what it inherits…");
    case CompletionChecklist::Fix::None:
        break;
    }
    return {};
}

} // namespace

CompletionWizard::CompletionWizard(SentClient *client, StatusPoller *poller, const QString &connectionId,
                                   const Profile &profile, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_poller(poller)
    , m_connectionId(connectionId)
    , m_profile(profile)
{
    setWindowTitle(tr("Complete the setup of %1").arg(profile.name));
    setAttribute(Qt::WA_DeleteOnClose);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(640, 520);
    setPage(ChecklistPageId, buildChecklistPage());
    setPage(WebhookPageId, buildWebhookPage());
    setPage(ResultPageId, buildResultPage());
    m_checklist = CompletionChecklist::of(m_profile, m_campaigns);
    showChecklist();
    recheck();
}

// ---- the checklist ---------------------------------------------------------------------------------------------

QWizardPage *CompletionWizard::buildChecklistPage()
{
    auto *page = new Page;
    page->setTitle(tr("What sent.dm will check"));
    page->setSubTitle(tr("Every item must be met before the profile can be submitted. Fix what is missing, then go on."));
    page->complete = [this] { return !isChecking() && m_checklist.ready(); };
    auto *layout = new QVBoxLayout(page);
    m_items = new QWidget(page);
    m_itemsLayout = new QVBoxLayout(m_items);
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_items);
    m_prediction = new QLabel(page);
    m_prediction->setWordWrap(true);
    m_prediction->setTextFormat(Qt::RichText);
    m_prediction->setFrameShape(QFrame::StyledPanel);
    m_prediction->setMargin(8);
    m_prediction->setAccessibleName(tr("The status the profile will get"));
    layout->addWidget(m_prediction);
    auto *again = new QPushButton(tr("Check &again"), page);
    again->setToolTip(tr("Read the profile and its campaigns from sent.dm again"));
    connect(again, &QPushButton::clicked, this, &CompletionWizard::recheck);
    m_checkNote = new QLabel(page);
    m_checkNote->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(again);
    row->addWidget(m_checkNote, 1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(this, &CompletionWizard::checklistChanged, page, &Page::changed);
    return page;
}

void CompletionWizard::recheck()
{
    // Both answers are needed; the checklist is worked out when the second arrives. A check asked for while one is
    // on its way replaces it: the older answers are ignored.
    const int generation = ++m_checkGeneration;
    m_checking = 2;
    m_checkNote->setText(tr("Reading %1 from sent.dm…").arg(m_profile.name));
    Q_EMIT checklistChanged();
    auto fresh = std::make_shared<std::pair<std::optional<Profile>, QList<Campaign>>>();
    auto failure = std::make_shared<ApiError>();
    auto arrived = [this, fresh, failure, generation] {
        if (generation != m_checkGeneration || --m_checking > 0)
            return;
        if (failure->isError()) {
            m_checkNote->setText(tr("Could not read it again: %1").arg(failure->userMessage()));
            showChecklist();
            return;
        }
        setChecklistData(fresh->first.value_or(m_profile), fresh->second);
        m_checkNote->setText(tr("Checked at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    };
    CallOptions options;
    m_client->getProfile(m_profile.id, options, this, [fresh, failure, arrived](const Result<Profile> &result) {
        if (result.ok())
            fresh->first = result.value();
        else
            *failure = result.error();
        arrived();
    });
    m_client->listCampaigns(m_profile.id, options, this, [fresh, failure, arrived](const Result<QList<Campaign>> &result) {
        if (result.ok())
            fresh->second = result.value();
        else if (result.error().kind != ApiError::Kind::Http || result.error().httpStatus >= 500)
            *failure = result.error(); // a profile without a brand has no campaign list: that is "none"
        arrived();
    });
}

void CompletionWizard::setChecklistData(const Profile &profile, const QList<Campaign> &campaigns)
{
    m_profile = profile;
    m_campaigns = campaigns;
    m_checklist = CompletionChecklist::of(profile, campaigns);
    showChecklist();
}

void CompletionWizard::showChecklist()
{
    while (QLayoutItem *item = m_itemsLayout->takeAt(0)) {
        if (item->layout()) {
            while (QLayoutItem *inner = item->layout()->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    for (const CompletionChecklist::Item &item : std::as_const(m_checklist.items)) {
        auto *row = new QHBoxLayout;
        m_itemsLayout->addLayout(row); // first: widgets added then are shown with their parent
        const QString mark = item.met ? QStringLiteral("✔") : item.blocking ? QStringLiteral("✘") : QStringLiteral("•");
        const QString state = item.met ? tr("Met") : item.blocking ? tr("Not met") : tr("Advised");
        const QString text = !item.met && !item.blocking ? tr("%1 (advised, not required)").arg(item.text) : item.text;
        auto *label = new QLabel(QStringLiteral("%1  %2").arg(mark, text), m_items);
        label->setWordWrap(true);
        label->setAccessibleName(QStringLiteral("%1: %2").arg(state, text));
        label->setObjectName(QStringLiteral("item-%1").arg(item.id));
        row->addWidget(label, 1);
        label->show();
        if (!item.met && item.fix != CompletionChecklist::Fix::None) {
            auto *fix = new QPushButton(fixText(item.fix), m_items);
            fix->setObjectName(QStringLiteral("fix-%1").arg(item.id));
            fix->setAccessibleName(QStringLiteral("%1 (%2)").arg(fixText(item.fix), item.text));
            connect(fix, &QPushButton::clicked, this, [this, f = item.fix] { Q_EMIT fixRequested(f, m_profile.id); });
            row->addWidget(fix);
            fix->show();
        }
    }
    const QString status = m_checklist.outcome == CompletionChecklist::Outcome::Submitted ? tr("submitted for review")
                                                                                           : tr("completed");
    m_prediction->setText(tr("<b>Once sent.dm has processed it, the profile will be %1.</b><br>%2")
                              .arg(status.toHtmlEscaped(), m_checklist.outcomeReason.toHtmlEscaped()));
    Q_EMIT checklistChanged();
}

// ---- the webhook -----------------------------------------------------------------------------------------------

QString CompletionWizard::rememberedWebhook(const QString &connectionId)
{
    return Settings::value(Settings::webhookUrl, connectionId);
}

QString CompletionWizard::webhookUrl() const
{
    return m_webhook->text().trimmed();
}

QWizardPage *CompletionWizard::buildWebhookPage()
{
    auto *page = new Page;
    page->setTitle(tr("Where sent.dm reports back"));
    page->setSubTitle(tr("sent.dm calls this address once, when it has processed the profile. Compliance Desk does not "
                         "depend on it: it watches the profile's status itself."));
    auto *layout = new QFormLayout(page);
    m_webhook = new QLineEdit(rememberedWebhook(m_connectionId), page);
    m_webhook->setPlaceholderText(tr("https://hooks.example.com/sent"));
    m_webhook->setAccessibleName(tr("Webhook address"));
    layout->addRow(tr("&Webhook address:"), m_webhook);
    m_webhookProblem = new QLabel(page);
    m_webhookProblem->setWordWrap(true);
    m_webhookProblem->setAccessibleName(tr("Problem with the webhook address"));
    layout->addRow(QString(), m_webhookProblem);
    page->complete = [this] { return ProfileRules::isHttpUrl(webhookUrl()); };
    connect(m_webhook, &QLineEdit::textChanged, page, [this, page] {
        const QString url = webhookUrl();
        if (url.isEmpty())
            m_webhookProblem->setText(tr("sent.dm requires an address."));
        else if (!ProfileRules::isHttpUrl(url))
            m_webhookProblem->setText(tr("Write a full web address, starting with https://."));
        else if (QUrl(url).scheme() == QLatin1String("http"))
            m_webhookProblem->setText(tr("This address is not encrypted: prefer https://."));
        else
            m_webhookProblem->clear();
        page->changed();
    });
    Q_EMIT m_webhook->textChanged(m_webhook->text());
    return page;
}

// ---- the request and what follows ------------------------------------------------------------------------------

QWizardPage *CompletionWizard::buildResultPage()
{
    auto *page = new Page;
    page->setTitle(tr("Submitting"));
    page->setFinalPage(true);
    page->complete = [this] { return m_outcome != Outcome::Sending; };
    page->shown = [this] { submit(); };
    connect(this, &CompletionWizard::outcomeChanged, page, &Page::changed);
    auto *layout = new QVBoxLayout(page);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("What sent.dm answered"));
    layout->addWidget(m_result);
    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("The profile's status"));
    layout->addWidget(m_status);
    m_retry = new QPushButton(tr("&Try again"), page);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &CompletionWizard::submit);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    m_toChecklist = new QPushButton(tr("&Back to the checklist"), page);
    m_toChecklist->hide();
    connect(m_toChecklist, &QPushButton::clicked, this, &QWizard::restart);
    layout->addWidget(m_toChecklist, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void CompletionWizard::submit()
{
    if (m_job)
        return;
    const QString url = webhookUrl();
    Settings::setValue(Settings::webhookUrl, url, m_connectionId);
    if (m_key.isEmpty())
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    CallOptions options;
    options.idempotencyKey = m_key;
    m_retry->hide();
    m_status->clear();
    m_reported.clear();
    m_startStatus = m_profile.status;
    setOutcome(Outcome::Sending, tr("Asking sent.dm to complete the setup of %1…").arg(m_profile.name));
    m_job = m_client->completeProfile(m_profile.id, url, options, this, [this](const Result<CompletionResult> &result) {
        m_job = nullptr;
        if (!result.ok()) {
            const ApiError &error = result.error();
            if (error.httpStatus == 400 && !error.details.isEmpty()) {
                m_key.clear(); // a definite answer: the next attempt is a new request
                QStringList lines;
                for (auto it = error.details.cbegin(); it != error.details.cend(); ++it) {
                    m_reported.append(it.key());
                    for (const QString &message : it.value())
                        lines.append(QStringLiteral("• ") + message);
                }
                setOutcome(Outcome::Unmet, tr("sent.dm did not start the setup; these prerequisites are not met:") + QLatin1Char('\n')
                                               + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                               + tr("Go back to the checklist, fix them, and submit again.")
                                               + (error.requestId.isEmpty() ? QString() : QLatin1Char('\n') + error.supportReference()));
                recheck();
                return;
            }
            // Unknown outcome (the network, a server error): the same key again, so a retry cannot start it twice.
            if (!error.isTransient())
                m_key.clear();
            m_retry->setVisible(true);
            setOutcome(Outcome::Failed, error.userMessage());
            return;
        }
        m_key.clear();
        const CompletionResult &answer = result.value();
        if (!answer.started()) {
            setOutcome(Outcome::AlreadyComplete,
                       tr("Nothing to do: %1 (status: %2).")
                           .arg(answer.message.isEmpty() ? tr("the profile is already complete") : answer.message,
                                answer.status.isEmpty() ? m_profile.status : answer.status));
            watch(); // "in progress" or "submitted" still moves
            return;
        }
        setOutcome(Outcome::Started, tr("sent.dm has started processing %1. This can take a while; the status below "
                                        "follows it, and you will be told when it changes even if you close this window.")
                                         .arg(m_profile.name));
        watch();
    });
}

void CompletionWizard::setOutcome(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    m_result->setText(text);
    m_toChecklist->setVisible(outcome == Outcome::Unmet);
    if (auto *page = this->page(ResultPageId))
        page->setTitle(outcome == Outcome::Sending ? tr("Submitting")
                       : outcome == Outcome::Unmet ? tr("Prerequisites not met")
                       : outcome == Outcome::Failed ? tr("Not submitted")
                                                    : tr("Submitted"));
    Q_EMIT outcomeChanged(outcome);
}

void CompletionWizard::watch()
{
    m_settled = false;
    m_lastStatus = m_profile.status;
    m_status->setText(tr("Status: %1 — watching for changes…").arg(m_profile.statusInfo().displayText()));
    if (!m_poller)
        return;
    connect(m_poller, &StatusPoller::profileFetched, this, &CompletionWizard::onProfileFetched, Qt::UniqueConnection);
    m_poller->watchChanged(m_profile.id, false);
    m_poller->watchProfile(m_profile); // from the status it had: the first change is reported too
    m_poller->watchChanged(m_profile.id, true); // its campaigns go to the registry once it is onboarded
}

void CompletionWizard::onProfileFetched(const Profile &profile)
{
    if (profile.id != m_profile.id || m_outcome == Outcome::Sending)
        return;
    m_profile = profile;
    const bool moved = profile.status.compare(m_startStatus, Qt::CaseInsensitive) != 0;
    if (profile.status != m_lastStatus) {
        m_lastStatus = profile.status;
        Q_EMIT statusSeen(profile.status);
    }
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    const Status status = profile.statusInfo();
    // Settled: it moved and nothing is left to wait for (an approval, a rejection, or back to incomplete).
    m_settled = moved && status.isSettled();
    if (m_settled)
        m_status->setText(tr("Status: %1 (at %2). Nothing more to wait for.").arg(status.displayText(), time));
    else if (moved)
        m_status->setText(tr("Status: %1 (at %2) — in review; still watching…").arg(status.displayText(), time));
    else
        m_status->setText(tr("Status: %1 (checked at %2) — still processing…").arg(status.displayText(), time));
}

QString CompletionWizard::resultText() const
{
    return m_result->text();
}

QString CompletionWizard::statusText() const
{
    return m_status->text();
}

} // namespace cd::ui
