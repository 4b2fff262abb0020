#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>

namespace cd::ui {

namespace {

// The widget whose value a wheel event would change: the receiver itself, or the spin box a line edit belongs to.
QWidget *valueWidget(QObject *watched)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    for (int depth = 0; widget && depth < 2; ++depth, widget = widget->parentWidget())
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractSlider *>(widget))
            return widget;
    return nullptr;
}

bool isScrollBar(QWidget *widget)
{
    return widget->inherits("QScrollBar"); // a scroll bar is a slider, and scrolling is what it is for
}

} // namespace

void WheelGuard::install()
{
    static QPointer<WheelGuard> guard;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        // A combo box takes the focus from the wheel by default (Qt::WheelFocus), which would let the first turn
        // over it through: it gets the focus from a click or the Tab key only.
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && valueWidget(widget) == widget && !isScrollBar(widget)
            && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *widget = valueWidget(watched);
    if (!widget || isScrollBar(widget) || widget->hasFocus())
        return false;
    // Handled here, but not accepted: QApplication passes the event on to the parents, so the form scrolls.
    event->ignore();
    return true;
}

} // namespace cd::ui
