#pragma once

#include "bulkplanner.h"
#include "domain/profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace cd {

// New profiles (with their brand) from a CSV file: its columns mapped to the contract's fields (headers matched to
// field names by themselves, the mapping kept to be used again), each row checked with the contract's field rules,
// rows that repeat an existing profile's name or short name — or another row's — flagged, then a plan of one
// creation a row for the bulk engine. The file may be comma- or semicolon-separated (as spreadsheets in many
// countries save it), with or without a UTF-8 byte-order mark, with quoted fields holding commas and line breaks.
class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProfileImport)
public:
    struct Field
    {
        QString id;    // the request's path: "short_name", "brand.contact.phone", …
        QString label; // for people
        bool required = false;
        QString example; // a value that passes, for the column reference
    };
    static const QList<Field> &fields();
    static QString labelOf(const QString &fieldId);

    struct Table
    {
        QStringList header;
        QList<QStringList> rows; // without the header
        QChar delimiter = QLatin1Char(',');
    };
    // The file's rows; nullopt and `error` (for people) when it has none, or no header.
    static std::optional<Table> parse(const QByteArray &bytes, QString *error);

    // Field id → column index.
    using Mapping = QMap<QString, int>;
    // Headers matched to fields: by name, whatever the case, spaces or punctuation, or by a common other name
    // ("Company" → the legal name, "ZIP" → the postal code, "Website" → the business's site).
    static Mapping guessMapping(const QStringList &header);
    // A mapping as JSON ({"short_name": "Short name", …}: field id → header), to keep or to read from --mapping.
    static QJsonObject mappingToJson(const Mapping &mapping, const QStringList &header);
    // Columns named in `json` that the header lacks are listed in `unknown`.
    static Mapping mappingFromJson(const QJsonObject &json, const QStringList &header, QStringList *unknown = nullptr);
    // The headers matched to fields, then a remembered mapping (mappingToJson's) laid over them: a column it names
    // fills what it filled then; a header it names that this file lacks is passed over.
    static Mapping mappingFor(const QStringList &header, const QJsonObject &remembered);

    struct Row
    {
        int line = 0; // the record's number in the file, the header being 1
        ProfileChanges profile;
        QMap<QString, QString> problems; // field id → what is wrong, for people
        QString duplicateOf;             // the existing profile (or earlier row) it repeats, for people
        bool ok() const { return problems.isEmpty() && duplicateOf.isEmpty(); }
    };
    static QList<Row> rows(const Table &table, const Mapping &mapping, const QList<Profile> &existing);
    // The changes one record's mapped cells make (an empty cell changes nothing); `problems` gets the values that
    // cannot be read (a "maybe" where yes or no is wanted).
    static ProfileChanges changesOf(const QStringList &record, const Mapping &mapping,
                                    QMap<QString, QString> *problems);
    // One creation a row: a row with problems is an error until fixed, a duplicate is left out.
    static BulkPlan plan(const QList<Row> &rows);
};

} // namespace cd
