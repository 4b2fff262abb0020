#pragma once

#include "domain/brand.h"
#include "domain/profile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cd::ui {

// The fields a bulk change sets on every selected profile: who pays, whether it uses the organization's brand and
// campaigns, and its own brand's industry, relationship and the countries it messages. Each starts at "Leave as it is";
// only what is changed goes into the job.
class ProfileFieldsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileFieldsDialog(int profiles, QWidget *parent = nullptr);

    ProfileChanges fields() const;
    BrandCompliance brandFacts() const;
    bool changesAnything() const;

    QComboBox *billingBox() const { return m_billing; }
    QComboBox *verticalBox() const { return m_vertical; }
    QLineEdit *countriesField() const { return m_countries; }

private:
    QComboBox *m_billing;
    QComboBox *m_inheritBrand;
    QComboBox *m_inheritCampaigns;
    QComboBox *m_vertical;
    QComboBox *m_relationship;
    QLineEdit *m_countries;
};

} // namespace cd::ui
