#include "fieldset.h"

#include "input/problemline.h"

#include "domain/profilerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>

namespace cd::ui {

namespace {

QString plainLabel(const QString &label)
{
    return QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
}

} // namespace

FieldSet::FieldSet(QObject *parent)
    : QObject(parent)
{
}

ProblemLine *FieldSet::addProblemLine(QFormLayout *form, const QString &path, QWidget *input, const QString &label)
{
    auto *problem = new ProblemLine;
    problem->setAccessibleName(tr("Problem with %1").arg(plainLabel(label)));
    form->addRow(QString(), problem);
    input->setAccessibleName(plainLabel(label));
    input->installEventFilter(this); // leaving a field it was typed in shows what is wrong with it
    m_fields.insert(path, {input, problem});
    m_order.append(path);
    return problem;
}

bool FieldSet::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason
        && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason) {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            if (it->input == watched && m_edited.contains(it.key()) && !m_touched.contains(it.key())) {
                m_touched.insert(it.key());
                refresh(it.key());
            }
    }
    return QObject::eventFilter(watched, event);
}

QLineEdit *FieldSet::addLine(QFormLayout *form, const QString &label, const QString &path, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    addProblemLine(form, path, edit, label);
    connect(edit, &QLineEdit::textEdited, this, [this, path] { edited(path, false); });
    return edit;
}

QPlainTextEdit *FieldSet::addText(QFormLayout *form, const QString &label, const QString &path,
                                  const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 8);
    form->addRow(label, edit);
    addProblemLine(form, path, edit, label);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, path, edit] {
        if (edit->hasFocus())
            edited(path, false);
    });
    return edit;
}

QComboBox *FieldSet::addChoice(QFormLayout *form, const QString &label, const QString &path, const Choices &choices,
                               const QString &none)
{
    auto *box = new QComboBox;
    if (!none.isEmpty())
        box->addItem(none, QString());
    for (const auto &[value, text] : choices)
        box->addItem(text, value);
    form->addRow(label, box);
    addProblemLine(form, path, box, label);
    connect(box, &QComboBox::activated, this, [this, path] { edited(path, true); }); // a choice is complete
    return box;
}

QCheckBox *FieldSet::addCheck(QFormLayout *form, const QString &text, const QString &path)
{
    auto *box = new QCheckBox(text);
    form->addRow(QString(), box);
    addProblemLine(form, path, box, text);
    connect(box, &QCheckBox::clicked, this, [this, path] { edited(path, true); });
    return box;
}

void FieldSet::addCustom(QFormLayout *form, const QString &label, const QString &path, QWidget *input)
{
    form->addRow(label, input);
    addProblemLine(form, path, input, label);
}

QString FieldSet::text(const QString &path) const
{
    QWidget *input = widget(path);
    QString value;
    if (auto *line = qobject_cast<QLineEdit *>(input))
        value = line->text();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
        value = text->toPlainText();
    else if (auto *box = qobject_cast<QComboBox *>(input))
        value = box->currentData().toString();
    value = value.trimmed();
    return value.isEmpty() ? QString() : value;
}

void FieldSet::setText(const QString &path, const QString &value)
{
    QWidget *input = widget(path);
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->setText(value);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        text->setPlainText(value);
    } else if (auto *box = qobject_cast<QComboBox *>(input)) {
        int index = box->findData(value.isNull() ? QString() : value);
        if (index < 0 && !value.isEmpty()) {
            // A word this version does not know: kept, and shown as it is.
            box->addItem(value, value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(std::max(index, 0));
    }
}

bool FieldSet::isChecked(const QString &path) const
{
    auto *box = qobject_cast<QCheckBox *>(widget(path));
    return box && box->isChecked();
}

void FieldSet::setChecked(const QString &path, bool checked)
{
    if (auto *box = qobject_cast<QCheckBox *>(widget(path)))
        box->setChecked(checked);
}

QWidget *FieldSet::widget(const QString &path) const
{
    return m_fields.value(path).input;
}

void FieldSet::edited(const QString &path, bool complete)
{
    m_edited.insert(path);
    if (complete)
        m_touched.insert(path);
    // What sent.dm said about a field no longer applies once it is changed.
    if (m_server.remove(path) || complete)
        refresh(path);
    Q_EMIT fieldEdited(path);
}

void FieldSet::setProblems(const QMap<QString, QString> &local, bool showAll)
{
    m_local = local;
    m_showAll = m_showAll || showAll;
    for (const QString &path : std::as_const(m_order))
        refresh(path);
}

QStringList FieldSet::setServerProblems(const QMap<QString, QStringList> &errors)
{
    m_server.clear();
    QStringList unplaced;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString field = ProfileRules::fieldFor(it.key(), m_order);
        if (field.isEmpty())
            unplaced += it.value();
        else
            m_server[field] += it.value();
    }
    for (const QString &path : std::as_const(m_order))
        refresh(path);
    return unplaced;
}

void FieldSet::refresh(const QString &path)
{
    const Field field = m_fields.value(path);
    if (!field.problem)
        return;
    QList<ProblemLine::Problem> problems;
    if (m_local.contains(path) && (m_showAll || m_touched.contains(path)))
        problems.append({ProblemLine::Severity::Error, m_local.value(path), {}});
    for (const QString &message : m_server.value(path))
        problems.append({ProblemLine::Severity::Error, tr("sent.dm:") + QLatin1Char(' ') + message, {}});
    field.problem->setProblems(problems);
    if (problems.isEmpty())
        m_shown.remove(path);
    else
        m_shown.insert(path, field.problem->fullText());
    if (field.input)
        field.input->setAccessibleDescription(m_shown.value(path)); // a screen reader hears it with the field
}

QString FieldSet::shownProblem(const QString &path) const
{
    return m_shown.value(path);
}

QString FieldSet::firstProblemPath() const
{
    for (const QString &path : m_order)
        if (!shownProblem(path).isEmpty())
            return path;
    return {};
}

void FieldSet::setReadOnly(bool readOnly, const QStringList &paths)
{
    for (const QString &path : paths) {
        QWidget *input = widget(path);
        if (!input)
            continue;
        auto *line = qobject_cast<QLineEdit *>(input);
        auto *text = qobject_cast<QPlainTextEdit *>(input);
        if (!line && !text) {
            input->setEnabled(!readOnly);
            continue;
        }
        if (line)
            line->setReadOnly(readOnly);
        else
            text->setReadOnly(readOnly);
        // Read-only text looks it: the window's colour behind it, not an input's (still selectable, still read out).
        QPalette palette = input->parentWidget() ? input->parentWidget()->palette() : input->palette();
        if (readOnly)
            palette.setColor(QPalette::Base, palette.color(QPalette::Window));
        input->setPalette(palette);
    }
}

} // namespace cd::ui
