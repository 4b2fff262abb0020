#pragma once

#include "domain/profile.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace cd {
class ProfileEditor;
struct ApiError;
} // namespace cd

namespace cd::ui {

class BrandForm;
class FieldSet;

// Creates a child profile or edits one, with its brand: the contract's field rules are checked as the user types,
// sent.dm's field errors are shown under the fields they name, and a failure keeps everything typed. Only what
// changed is sent.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Tab { Profile, Brand };

    // `editor`: the session's engine for the profile (the dialog takes it over).
    explicit ProfileDialog(ProfileEditor *editor, QWidget *parent = nullptr);

    void showTab(Tab tab);
    ProfileChanges form() const;
    // For tests and the completion wizard.
    FieldSet *fields() const { return m_fields; }
    BrandForm *brandForm() const { return m_brand; }
    ProfileEditor *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QString messageText() const;

    void save();
    void reject() override; // asks before unsaved changes are lost

Q_SIGNALS:
    void saved(const cd::Profile &profile, bool created);

private:
    QWidget *buildProfileTab();
    void load(const Profile &profile);
    void check(bool showAll);
    void updateBillingContact();
    void updateBrandMode();
    void showFailure(const ApiError &error, const QMap<QString, QStringList> &fieldErrors);
    void focusField(const QString &path);
    void setBusy(bool busy);

    ProfileEditor *m_editor;
    FieldSet *m_fields;
    QTabWidget *m_tabs = nullptr;
    BrandForm *m_brand = nullptr;
    QGroupBox *m_billingContact = nullptr;
    QCheckBox *m_inheritBrand = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QTimer m_checkTimer;
    bool m_localMessage = false; // the message says fields need attention (hidden once none do)
};

} // namespace cd::ui
