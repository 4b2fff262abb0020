#include "emptystatepage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

EmptyStatePage::EmptyStatePage(QAction *connectAction, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);
    auto *heading = new QLabel(tr("No organization connected"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *text = new QLabel(tr("Connect an organization with its sent.dm API key to browse its sender profiles, brands "
                               "and campaigns. To look around first, start Compliance Desk with --sandbox: it runs a "
                               "local stand-in for sent.dm with a demo organization."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMinimumWidth(420);
    text->setMaximumWidth(620); // a readable line length
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 3);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    auto *button = new QPushButton(tr("&Connect an organization…"), this);
    connect(button, &QPushButton::clicked, connectAction, &QAction::trigger);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(button);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(2);
}

} // namespace cd::ui
