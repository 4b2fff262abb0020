#pragma once

#include <QObject>

namespace cd::ui {

// The mouse wheel scrolls what is under the pointer — a long form, a list — and never changes a value by passing
// over it: a combo box, spin box or slider takes the wheel only once it has the keyboard focus (clicked or tabbed
// into). Without it, scrolling the brand form over Relationship or Vertical changed them silently and the form did not
// move. One filter on the application: every such widget, in every window and dialog, now and later.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard once for the whole application (later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace cd::ui
