#include "visibletext.h"

namespace cd::VisibleText {

namespace {

bool isHidden(char16_t c, LineBreaks lineBreaks)
{
    if (c == u'\n' || c == u'\t')
        return lineBreaks == LineBreaks::Escape;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    // Bidirectional formatting (embeddings, overrides, isolates) and the marks that steer it.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

} // namespace

bool needsEscaping(const QString &text, LineBreaks lineBreaks)
{
    for (const QChar c : text)
        if (isHidden(c.unicode(), lineBreaks))
            return true;
    return false;
}

QString of(const QString &text, LineBreaks lineBreaks)
{
    if (!needsEscaping(text, lineBreaks))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isHidden(u, lineBreaks))
            out += c;
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("<U+%1>").arg(QString::number(uint(u), 16).toUpper());
    }
    return out;
}

} // namespace cd::VisibleText
