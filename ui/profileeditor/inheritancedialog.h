#pragma once

#include "domain/inheritance.h"
#include "domain/profile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace cd {
class ProfileEditor;
}

namespace cd::ui {

// Where one profile's brand and campaigns come from, changed with its impact shown first: what it sends under
// afterwards, the campaigns it loses or must have made, its completion checklist as it will read, and — for a profile
// that sends now — whether it would stop. The preview is the core's (InheritanceSwitch); the change goes through the
// profile editor's engine, journaled and recorded like any edit.
class InheritanceDialog : public QDialog
{
    Q_OBJECT
public:
    // `campaigns`: the profile's list as the tree has it; `organization`: the tree's view of what it inherits.
    InheritanceDialog(ProfileEditor *editor, const QList<CampaignOverview> &campaigns, Inheritance organization,
                      QWidget *parent = nullptr);

    // For tests and screenshots.
    QRadioButton *organizationBrand() const { return m_orgBrand; }
    QRadioButton *organizationCampaigns() const { return m_orgCampaigns; }
    QCheckBox *acknowledgement() const { return m_acknowledge; }
    QPushButton *switchButton() const { return m_switch; }
    QString previewText() const;
    const InheritanceSwitch &preview() const { return m_preview; }

Q_SIGNALS:
    void switched(const cd::Profile &profile);

private:
    void update();
    void send();

    QPointer<ProfileEditor> m_editor;
    Profile m_profile;
    QList<CampaignOverview> m_campaigns;
    Inheritance m_organization;
    InheritanceSwitch m_preview;
    QRadioButton *m_ownBrand;
    QRadioButton *m_orgBrand;
    QRadioButton *m_ownCampaigns;
    QRadioButton *m_orgCampaigns;
    QTextBrowser *m_text;
    QCheckBox *m_acknowledge;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_switch;
};

} // namespace cd::ui
