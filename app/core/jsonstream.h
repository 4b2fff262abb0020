#pragma once

#include <QJsonValue>
#include <QStringView>

#include <cstdio>

namespace cd {

// One JSON document written as it is made, to a stream: large output (a whole organization) is never built in
// memory as one document and one text. Compact, or indented as QJsonDocument indents, with four spaces a level.
// The caller opens and closes objects and arrays in order; every value is written whole.
class JsonStream
{
public:
    JsonStream(FILE *out, bool indented);
    ~JsonStream();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name); // in an object, before its value
    void value(const QJsonValue &value);

private:
    void separate();                 // the comma and line before an element
    void close(const char *bracket); // the end of the innermost object or array
    void write(const QByteArray &bytes);

    FILE *m_out;
    bool m_indented;
    struct Level
    {
        bool object = false;
        bool empty = true;
    };
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace cd
