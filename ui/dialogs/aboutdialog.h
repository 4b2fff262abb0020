#pragma once

#include "api/sentclient.h"

#include <QDialog>

class QLabel;

namespace cd::ui {

// What this is (name, version, application id, the Qt it runs on) and what sent.dm has said about the future of the
// parts of its API this session uses: deprecated endpoints and the day they retire, so that nobody learns of it on
// that day.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QList<ApiNotice> &notices, QWidget *parent = nullptr);

    QString text() const;

private:
    QLabel *m_text;
};

} // namespace cd::ui
