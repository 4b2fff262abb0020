#include "jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

namespace {

// A value as QJsonDocument writes it; a scalar through a one-element array, stripped of its brackets.
QByteArray serialize(const QJsonValue &value, bool indented)
{
    const auto format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(format).trimmed();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(format).trimmed();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

JsonStream::JsonStream(FILE *out, bool indented)
    : m_out(out)
    , m_indented(indented)
{
}

JsonStream::~JsonStream()
{
    std::fflush(m_out);
}

void JsonStream::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
}

void JsonStream::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        write(",");
    level.empty = false;
    if (m_indented)
        write('\n' + QByteArray(4 * m_levels.size(), ' '));
}

void JsonStream::beginObject()
{
    separate();
    write("{");
    m_levels.append({true, true});
}

void JsonStream::beginArray()
{
    separate();
    write("[");
    m_levels.append({false, true});
}

void JsonStream::endObject()
{
    close("}");
}

void JsonStream::endArray()
{
    close("]");
}

void JsonStream::close(const char *bracket)
{
    const Level level = m_levels.takeLast();
    if (m_indented && !level.empty)
        write('\n' + QByteArray(4 * m_levels.size(), ' '));
    write(bracket);
    if (m_levels.isEmpty())
        write("\n");
}

void JsonStream::key(QStringView name)
{
    separate();
    write(serialize(name.toString(), false) + (m_indented ? ": " : ":"));
    m_afterKey = true;
}

void JsonStream::value(const QJsonValue &value)
{
    separate();
    QByteArray text = serialize(value, m_indented);
    if (m_indented && !m_levels.isEmpty())
        text.replace('\n', QByteArray('\n' + QByteArray(4 * m_levels.size(), ' '))); // one level deeper per level
    write(text);
    if (m_levels.isEmpty())
        write("\n");
}

} // namespace cd
