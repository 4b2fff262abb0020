#include "mainwindow.h"

#include "core/appinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cd::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/compliance-desk.svg")));
    resize(960, 600);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);

    m_heading = new QLabel(central);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_explanation = new QLabel(central);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    auto *endpointRow = new QHBoxLayout;
    auto *endpointLabel = new QLabel(tr("API address:"), central);
    m_endpoint = new QLineEdit(central);
    m_endpoint->setReadOnly(true);
    m_endpoint->setAccessibleName(tr("API address"));
    endpointLabel->setBuddy(m_endpoint);
    auto *copy = new QPushButton(tr("&Copy"), central);
    copy->setAccessibleName(tr("Copy the API address"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_endpoint->text()); });
    endpointRow->addWidget(endpointLabel);
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(copy);
    layout->addLayout(endpointRow);
    layout->addStretch(1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Qt"), qApp, &QApplication::aboutQt);

    showNoConnection();
}

void MainWindow::showSandbox(const QUrl &url, int profileCount)
{
    m_heading->setText(tr("Demo organization"));
    m_explanation->setText(tr("Compliance Desk is running against a local sandbox that behaves like api.sent.dm, "
                              "with a demo organization of %n sender profile(s). Nothing you do here reaches "
                              "sent.dm.",
                              nullptr, profileCount));
    m_endpoint->setText(url.toString());
    m_endpoint->parentWidget()->setEnabled(true);
    statusBar()->showMessage(tr("Sandbox running at %1").arg(url.toString()));
}

void MainWindow::showNoConnection()
{
    m_heading->setText(tr("No organization connected"));
    m_explanation->setText(tr("Connecting an organization comes in a later version. To look around now, start "
                              "Compliance Desk with --sandbox: it runs a local stand-in for sent.dm with a demo "
                              "organization."));
    m_endpoint->clear();
    m_endpoint->setPlaceholderText(tr("Not connected"));
    statusBar()->showMessage(tr("Not connected"));
}

QString MainWindow::endpointText() const
{
    return m_endpoint->text();
}

} // namespace cd::ui
