#include "draftsdialog.h"
#include "core/datetext.h"

#include "dialogs/messagebox.h"

#include "model/organizationmodel.h"
#include "services/organizationsession.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

DraftsDialog::DraftsDialog(OrganizationSession *session, const OrganizationModel *model, const QString &profileId,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(model)
    , m_list(new QListWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    const ProfileOverview *only = profileId.isEmpty() ? nullptr : model->profile(model->profileIndex(profileId));
    setWindowTitle(only ? tr("Campaign drafts — %1").arg(only->name) : tr("Campaign drafts"));
    auto *layout = new QVBoxLayout(this);
    m_list->setAccessibleName(tr("Drafts"));
    new QListWidgetItem(tr("Reading the drafts…"), m_list);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    m_open->setEnabled(false);
    m_discard->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const std::optional<Draft> draft = selected()) {
            accept();
            Q_EMIT openRequested(*draft);
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_discard, &QPushButton::clicked, this, &DraftsDialog::discardSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const bool any = selected().has_value();
        m_open->setEnabled(any);
        m_discard->setEnabled(any);
    });
    resize(620, 360);
    if (session)
        session->listDrafts(profileId, this, [this](const QList<Draft> &drafts, const QList<QString> &unreadable) {
            showDrafts(drafts, unreadable);
        });
}

void DraftsDialog::showDrafts(const QList<Draft> &drafts, const QList<QString> &unreadable)
{
    m_drafts = drafts;
    m_list->clear();
    for (const Draft &draft : drafts) {
        const ProfileOverview *profile = m_model->profile(m_model->profileIndex(draft.profileId));
        const QString where = profile ? profile->name : draft.profileId;
        auto *item = new QListWidgetItem(tr("%1 — %2%3, last changed %4")
                                             .arg(draft.title(), where,
                                                  draft.isEdit() ? tr(" (changes to a campaign)") : QString(),
                                                  DateText::brief(draft.updatedAt)),
                                         m_list);
        item->setData(Qt::UserRole, draft.id);
    }
    for (const QString &problem : unreadable) {
        auto *item = new QListWidgetItem(tr("A draft that cannot be opened: %1").arg(problem), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("No drafts: everything typed has been submitted."), m_list);
    m_list->setCurrentRow(0);
}

std::optional<Draft> DraftsDialog::selected() const
{
    const QString id = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    for (const Draft &d : m_drafts)
        if (d.id == id)
            return d;
    return std::nullopt;
}

void DraftsDialog::discardSelected()
{
    const std::optional<Draft> draft = selected();
    if (!draft || !m_session)
        return;
    if (MessageBox::question(this, tr("Discard draft"),
                             tr("Discard the draft “%1”? What was typed in it is lost.").arg(draft->title()),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Discard)
        return;
    m_session->discardDraft(draft->id);
    m_drafts.removeIf([&](const Draft &d) { return d.id == draft->id; });
    delete m_list->currentItem();
}

} // namespace cd::ui
