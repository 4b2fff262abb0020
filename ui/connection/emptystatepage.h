#pragma once

#include <QWidget>

class QAction;

namespace cd::ui {

// What the window shows with no organization connected: what the application is for, how to connect one, and how
// to look around first (the demo sandbox).
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    // `connect`: the action that opens the connect dialog (its button triggers it).
    EmptyStatePage(QAction *connect, QWidget *parent = nullptr);
};

} // namespace cd::ui
