#include "completionwizard.h"

#include "input/wizardsteps.h"

#include "domain/profilerules.h"
#include "services/organizationsession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTime>
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

CompletionWizard::CompletionWizard(CompletionEngine *engine, QWidget *parent)
    : QWizard(parent)
    , m_engine(engine)
{
    m_engine->setParent(this);
    setWindowTitle(tr("Complete the setup of %1").arg(engine->profile().name));
    setAttribute(Qt::WA_DeleteOnClose);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(640, 520);
    setPage(ChecklistPageId, buildChecklistPage());
    setPage(WebhookPageId, buildWebhookPage());
    setPage(ResultPageId, buildResultPage());
    new WizardSteps(this);
    connect(m_engine, &CompletionEngine::checklistChanged, this, &CompletionWizard::showChecklist);
    connect(m_engine, &CompletionEngine::outcomeChanged, this, &CompletionWizard::showOutcome);
    connect(m_engine, &CompletionEngine::statusTextChanged, this,
            [this] { m_status->setText(m_engine->statusText()); });
    connect(m_engine, &CompletionEngine::statusSeen, this, &CompletionWizard::statusSeen);
    showChecklist();
    m_engine->recheck();
}

// ---- the checklist ---------------------------------------------------------------------------------------------

QWizardPage *CompletionWizard::buildChecklistPage()
{
    auto *page = new Page;
    page->setTitle(tr("What sent.dm will check"));
    page->setSubTitle(
        tr("Every item must be met before the profile can be submitted. Fix what is missing, then go on."));
    page->complete = [this] { return !isChecking() && checklist().ready(); };
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
    connect(again, &QPushButton::clicked, m_engine, &CompletionEngine::recheck);
    m_checkNote = new QLabel(page);
    m_checkNote->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(again);
    row->addWidget(m_checkNote, 1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_engine, &CompletionEngine::checklistChanged, page, &Page::changed);
    return page;
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
    if (isChecking())
        m_checkNote->setText(tr("Reading %1 from sent.dm…").arg(profile().name));
    else if (!m_engine->checkProblem().isEmpty())
        m_checkNote->setText(tr("Could not read it again: %1").arg(m_engine->checkProblem()));
    else
        m_checkNote->setText(tr("Checked at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    const CompletionChecklist &list = checklist();
    for (const CompletionChecklist::Item &item : std::as_const(list.items)) {
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
            connect(fix, &QPushButton::clicked, this, [this, f = item.fix] { Q_EMIT fixRequested(f, profile().id); });
            row->addWidget(fix);
            fix->show();
        }
    }
    const QString status =
        list.outcome == CompletionChecklist::Outcome::Submitted ? tr("submitted for review") : tr("completed");
    m_prediction->setText(tr("<b>Once sent.dm has processed it, the profile will be %1.</b><br>%2")
                              .arg(status.toHtmlEscaped(), list.outcomeReason.toHtmlEscaped()));
}

// ---- the webhook -----------------------------------------------------------------------------------------------

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
    m_webhook = new QLineEdit(page);
    if (const OrganizationSession *session = m_engine->session())
        m_webhook->setText(CompletionEngine::rememberedWebhook(session->connection().id));
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
    page->complete = [this] { return outcome() != Outcome::Sending; };
    page->shown = [this] { m_engine->submit(webhookUrl()); };
    connect(m_engine, &CompletionEngine::outcomeChanged, page, &Page::changed);
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
    connect(m_retry, &QPushButton::clicked, this, [this] { m_engine->submit(webhookUrl()); });
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    m_toChecklist = new QPushButton(tr("&Back to the checklist"), page);
    m_toChecklist->hide();
    connect(m_toChecklist, &QPushButton::clicked, this, &QWizard::restart);
    layout->addWidget(m_toChecklist, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void CompletionWizard::showOutcome(Outcome outcome)
{
    m_result->setText(m_engine->outcomeText());
    m_retry->setVisible(outcome == Outcome::Failed);
    m_toChecklist->setVisible(outcome == Outcome::Unmet);
    if (outcome == Outcome::Sending)
        m_status->clear();
    if (auto *page = this->page(ResultPageId))
        page->setTitle(outcome == Outcome::Sending      ? tr("Submitting")
                           : outcome == Outcome::Unmet  ? tr("Prerequisites not met")
                           : outcome == Outcome::Failed ? tr("Not submitted")
                                                        : tr("Submitted"));
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
