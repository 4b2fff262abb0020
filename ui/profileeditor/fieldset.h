#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace cd::ui {

class ProblemLine;

// The inputs of a form, each known by its request path ("short_name", "brand.contact.email", …) with a line under
// it for what is wrong: the local rules' problems once the user has left a field typed in, or made a choice (or tried
// to save), and
// what sent.dm said about it after a refused request.
class FieldSet : public QObject
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QString>>; // value, label

    explicit FieldSet(QObject *parent = nullptr);

    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &path, const QString &placeholder = {});
    QPlainTextEdit *addText(QFormLayout *form, const QString &label, const QString &path,
                            const QString &placeholder = {});
    // `none`: the label of "not chosen" (the field may stay empty); empty: one of the choices must be taken.
    QComboBox *addChoice(QFormLayout *form, const QString &label, const QString &path, const Choices &choices,
                         const QString &none = {});
    QCheckBox *addCheck(QFormLayout *form, const QString &text, const QString &path);
    // A field built by the caller.
    void addCustom(QFormLayout *form, const QString &label, const QString &path, QWidget *input);

    // The value as it goes into a request: trimmed; a null string when empty.
    QString text(const QString &path) const;
    void setText(const QString &path, const QString &value);
    bool isChecked(const QString &path) const;
    void setChecked(const QString &path, bool checked);

    QWidget *widget(const QString &path) const;
    QStringList paths() const { return m_order; }
    bool isTouched(const QString &path) const { return m_touched.contains(path); }

    // Problems by path: the local ones show for touched fields (every field with showAll), sent.dm's always.
    void setProblems(const QMap<QString, QString> &local, bool showAll);
    // sent.dm's field errors: shown under their fields; what fits no field is returned.
    QStringList setServerProblems(const QMap<QString, QStringList> &errors);
    QString shownProblem(const QString &path) const; // what the line under the field says now (plain)
    QString firstProblemPath() const;                // in the form's order

    void setReadOnly(bool readOnly, const QStringList &paths);

Q_SIGNALS:
    void fieldEdited(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QPointer<QWidget> input;
        QPointer<ProblemLine> problem;
    };
    ProblemLine *addProblemLine(QFormLayout *form, const QString &path, QWidget *input, const QString &label);
    // Typed in (shown once the field is left), or a choice made (`complete`: shown at once).
    void edited(const QString &path, bool complete);
    void refresh(const QString &path);

    QHash<QString, Field> m_fields;
    QStringList m_order;
    QSet<QString> m_edited;
    QSet<QString> m_touched; // edited and left: its problems are shown
    QMap<QString, QString> m_local;
    QMap<QString, QStringList> m_server;
    QHash<QString, QString> m_shown; // plain text of each problem line shown
    bool m_showAll = false;
};

} // namespace cd::ui
