#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cd::ui {

class CampaignWizard;
class FindingsLabel;

// One use case: its type and up to five sample messages, each with a character count and its findings.
class UseCaseBox : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int kMaxSamples = 5;

    UseCaseBox(CampaignWizard *wizard, int index, const QJsonObject &useCase, QWidget *parent = nullptr);
    QJsonObject toJson() const;
    void setRemovable(bool removable);

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void showSamples(int count);
    void updateCounter(int sample);

    CampaignWizard *m_wizard;
    int m_index;
    QComboBox *m_type;
    QList<QPlainTextEdit *> m_samples;
    QList<QLabel *> m_counters;
    QList<FindingsLabel *> m_findings;
    QPushButton *m_addSample;
    QPushButton *m_remove;
    int m_visible = 1;
};

} // namespace cd::ui
