#pragma once

#include <QString>

namespace cd {

// Text that other people typed (profile and campaign names, statuses, sent.dm's messages), made safe to show: every
// control character (C0 but, where asked, line breaks and tabs; DEL; C1) and every character that reorders or hides
// text (bidirectional embeddings, overrides and isolates, the direction marks) is replaced by a visible escape such
// as "\x1b" or "<U+202E>". Nothing is dropped, so a name cannot clear a terminal, set a window's title, hide what
// follows it or pass itself off as another. Printable text, any script, is left as it is.
namespace VisibleText {

enum class LineBreaks { Escape, Keep };

QString of(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);
bool needsEscaping(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);

} // namespace VisibleText

} // namespace cd
