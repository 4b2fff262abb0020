#include "campaignwizard.h"

#include "campaignwizard/campaignpages.h"
#include "campaignwizard/findingslabel.h"
#include "campaignwizard/reviewpage.h"
#include "input/wheelguard.h"
#include "input/wizardsteps.h"

#include "api/apierror.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "services/campaigneditor.h"

#include <QAbstractButton>
#include <QFocusEvent>

namespace cd::ui {

CampaignWizard::CampaignWizard(CampaignEditor *editor, QWidget *parent)
    : QWizard(parent)
    , m_editor(editor)
{
    WheelGuard::install(); // also when opened on its own
    m_editor->setParent(this);
    const Draft &draft = m_editor->draft();
    const Profile &profile = m_editor->profile();
    setWindowTitle(draft.isEdit() ? tr("Edit campaign — %1").arg(profile.name)
                                  : tr("New campaign — %1").arg(profile.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Save draft and close"));
    connect(this, &QWizard::customButtonClicked, this, [this] {
        m_editor->saveNow();
        reject();
    });
    setPage(BasicsPage, new cd::ui::BasicsPage(this));
    setPage(UseCasesPage, new cd::ui::UseCasesPage(this));
    setPage(ConsentPage, new cd::ui::ConsentPage(this));
    setPage(OptOutPage, new cd::ui::OptOutPage(this));
    setPage(LinksPage, new cd::ui::LinksPage(this));
    m_review = new ReviewPage(this);
    setPage(ReviewPageId, m_review);
    new WizardSteps(this);
    // Submitted to TCR while open here (or just before): said at the top of every page at once, not first on the
    // review after more typing; what was typed stays a draft.
    auto sayLocked = [this] {
        if (!m_editor->isLocked())
            return;
        const QString text = tr("“%1” was submitted to The Campaign Registry and can no longer be changed. What you "
                                "typed is kept as a draft: export it from the review to start a new campaign with it.")
                                 .arg(m_editor->existing()->name);
        for (const int id : pageIds())
            page(id)->setSubTitle(text);
    };
    connect(m_editor, &CampaignEditor::existingChanged, this, sayLocked);
    sayLocked();
    connect(this, &QWizard::currentIdChanged, m_editor, [this](int id) {
        if (id >= 0)
            m_editor->setPage(id);
    });
    // What sent.dm said about a field also shows under the field itself.
    auto showServerErrors = [this](const QMap<QString, QStringList> &fields) {
        for (FindingsLabel *label : findChildren<FindingsLabel *>())
            label->setServerMessages(fields.value(label->field()));
    };
    connect(
        m_editor, &CampaignEditor::submitFailed, this,
        [showServerErrors](const ApiError &, const QMap<QString, QStringList> &fields) { showServerErrors(fields); });
    connect(m_editor, &CampaignEditor::dryRunFinished, this, [showServerErrors](const ApiError &error) {
        QMap<QString, QStringList> fields;
        for (auto it = error.details.begin(); it != error.details.end(); ++it)
            fields[CampaignEditor::fieldForApiPath(it.key())] += it.value();
        showServerErrors(fields);
    });
    // A campaign submitted before, or a draft taken up again, was touched before: its problems are said at once.
    // A new one says nothing about a field until the user has left it or asked for the next page.
    if (m_editor->isEdit() || draft.updatedAt > draft.createdAt)
        for (FindingsLabel *label : findChildren<FindingsLabel *>())
            label->reveal();
    // Back where the user was.
    setStartId(std::clamp(draft.page, int(BasicsPage), int(ReviewPageId)));
    resize(820, 680);
}

CampaignWizard::~CampaignWizard() = default;

void CampaignWizard::mapField(const QString &field, QWidget *widget)
{
    m_fields.insert(field, widget);
    widget->installEventFilter(this); // leaving it reveals what is wrong with it
}

bool CampaignWizard::eventFilter(QObject *watched, QEvent *event)
{
    // A field is left after a change: what is wrong with it is said. Passing through it says nothing yet.
    if (event->type() == QEvent::FocusIn)
        m_beforeFocus = m_editor->campaign();
    if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason
        && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason
        && m_editor->campaign() != m_beforeFocus) {
        for (FindingsLabel *label : findChildren<FindingsLabel *>())
            if (!label->isRevealed() && widgetForField(label->field()) == watched)
                label->reveal();
    }
    return QWizard::eventFilter(watched, event);
}

bool CampaignWizard::validateCurrentPage()
{
    // Next: everything wrong on the page is said, before the page is left (or not left).
    if (QWizardPage *page = currentPage())
        for (FindingsLabel *label : page->findChildren<FindingsLabel *>())
            label->reveal();
    return QWizard::validateCurrentPage();
}

void CampaignWizard::unmapFieldsUnder(const QString &prefix)
{
    for (auto it = m_fields.begin(); it != m_fields.end();)
        it = it.key().startsWith(prefix) ? m_fields.erase(it) : std::next(it);
}

QWidget *CampaignWizard::widgetForField(const QString &field) const
{
    // "useCases[0].sampleMessages[3]" falls back to "useCases[0].sampleMessages", then "useCases[0]", …
    QString path = field;
    while (!path.isEmpty()) {
        if (QWidget *widget = m_fields.value(path))
            return widget;
        const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        path = cut > 0 ? path.left(cut) : QString();
    }
    return nullptr;
}

void CampaignWizard::goToField(const QString &field)
{
    QWidget *widget = widgetForField(field);
    if (!widget)
        return;
    QWidget *page = widget;
    while (page && !qobject_cast<QWizardPage *>(page))
        page = page->parentWidget();
    const int target = [&] {
        for (int id : pageIds())
            if (this->page(id) == page)
                return id;
        return -1;
    }();
    if (target < 0)
        return;
    while (currentId() > target)
        back();
    while (currentId() < target && currentPage()->isComplete() && currentId() != ReviewPageId)
        next();
    widget->setFocus(Qt::OtherFocusReason);
}

QString CampaignWizard::brandName() const
{
    const Profile &profile = m_editor->profile();
    if (profile.brand && profile.brand->contact && !profile.brand->contact->businessName.isEmpty())
        return profile.brand->contact->businessName;
    if (profile.brand && profile.brand->business && !profile.brand->business->legalName.isEmpty())
        return profile.brand->business->legalName;
    return profile.name;
}

void CampaignWizard::reloadPages()
{
    for (int id : pageIds())
        if (auto *p = qobject_cast<CampaignPage *>(page(id)))
            p->reload();
}

void CampaignWizard::done(int result)
{
    // Closing keeps the draft (it is saved as typed); only a submission ends it.
    m_editor->saveNow();
    QWizard::done(result);
}

} // namespace cd::ui
