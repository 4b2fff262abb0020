#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QLineEdit;

namespace cd::ui {

// The main window. For now it shows which API it is pointed at; the organization tree comes next.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // An embedded sandbox is running at `url` (compliance-desk --sandbox).
    void showSandbox(const QUrl &url, int profileCount);
    void showNoConnection();

    QString endpointText() const;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_endpoint = nullptr;
};

} // namespace cd::ui
