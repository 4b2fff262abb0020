#pragma once

#include "store/draft.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWizard>

#include <optional>

namespace cd {
class CampaignEditor;
struct Campaign;
} // namespace cd

namespace cd::ui {

class ReviewPage;

// Create or edit a campaign, page by page: basics, use cases with their samples, consent and message flow,
// opt-out and help, links, then a review with every finding, the exact JSON and a dry run. What is typed is a
// draft from the first keystroke; the linter speaks under each field as the user pauses.
class CampaignWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BasicsPage, UseCasesPage, ConsentPage, OptOutPage, LinksPage, ReviewPageId };

    // `editor`: the session's engine for the draft (the wizard takes it over).
    explicit CampaignWizard(CampaignEditor *editor, QWidget *parent = nullptr);
    ~CampaignWizard() override;

    CampaignEditor *editor() const { return m_editor; }
    ReviewPage *reviewPage() const { return m_review; }

    // The pages say which widget edits which field (a JSON path), so that a finding can take the user there.
    void mapField(const QString &field, QWidget *widget);
    void unmapFieldsUnder(const QString &prefix);
    QWidget *widgetForField(const QString &field) const; // the closest mapped field
    void goToField(const QString &field);
    // The brand's name for the templates: business name, legal name, else the profile's name.
    QString brandName() const;
    // Every page shows the campaign again (after an import).
    void reloadPages();

    void done(int result) override;
    bool validateCurrentPage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void campaignSaved(const cd::Campaign &campaign);

private:
    CampaignEditor *m_editor;
    ReviewPage *m_review;
    QHash<QString, QPointer<QWidget>> m_fields;
    QJsonObject m_beforeFocus; // the campaign when the focused field got the focus
};

} // namespace cd::ui
