#pragma once

#include <QJsonObject>
#include <QWizardPage>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace cd {
class CampaignEditor;
}

namespace cd::ui {

class CampaignWizard;
class UseCaseBox;

// A page that edits top-level fields of the campaign: each field's widget writes to the editor as it changes,
// with the linter's findings for it underneath.
class CampaignPage : public QWizardPage
{
    Q_OBJECT
public:
    CampaignPage(CampaignWizard *wizard, const QString &title, const QString &subTitle);
    // The campaign changed underneath (an import): show it.
    virtual void reload();

protected:
    CampaignWizard *campaignWizard() const { return m_wizard; }
    CampaignEditor *editor() const;
    QFormLayout *makeForm();
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &key, const QString &placeholder);
    QPlainTextEdit *addText(QFormLayout *form, const QString &label, const QString &key, const QString &placeholder,
                            int lines = 3);
    QString value(const QString &key) const;
    // Sets a field that is still empty (a template), as if typed.
    void fillIfEmpty(QWidget *field, const QString &key, const QString &text);

private:
    CampaignWizard *m_wizard;
    QList<QPair<QWidget *, QString>> m_bound;
};

class BasicsPage : public CampaignPage
{
    Q_OBJECT
public:
    explicit BasicsPage(CampaignWizard *wizard);
};

class UseCasesPage : public CampaignPage
{
    Q_OBJECT
public:
    explicit UseCasesPage(CampaignWizard *wizard);
    void initializePage() override;
    void reload() override { load(); }

private:
    void load();
    void store();
    void addBox(const QJsonObject &useCase);

    QVBoxLayout *m_boxes;
    QList<UseCaseBox *> m_boxList;
};

class ConsentPage : public CampaignPage
{
    Q_OBJECT
public:
    explicit ConsentPage(CampaignWizard *wizard);
};

class OptOutPage : public CampaignPage
{
    Q_OBJECT
public:
    explicit OptOutPage(CampaignWizard *wizard);
    void initializePage() override;

private:
    QPlainTextEdit *m_optout;
    QPlainTextEdit *m_help;
    QLineEdit *m_optoutKeywords;
    QLineEdit *m_helpKeywords;
};

class LinksPage : public CampaignPage
{
    Q_OBJECT
public:
    explicit LinksPage(CampaignWizard *wizard);
};

} // namespace cd::ui
