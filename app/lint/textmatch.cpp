#include "textmatch.h"

#include "rulepack.h"

#include <QSet>

namespace cd::lint {

namespace {

// Letters and digits on neither side: a term is found only as whole words.
QString wholeWords(const QString &alternatives)
{
    return QStringLiteral("(?<![\\p{L}\\p{N}])(%1)(?![\\p{L}\\p{N}])").arg(alternatives);
}

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

Vocabulary::Vocabulary(const QStringList &terms)
{
    QStringList escaped;
    for (const QString &term : terms)
        escaped.append(QRegularExpression::escape(term).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    // Longest first, so that "promo code" wins over "promo".
    std::sort(escaped.begin(), escaped.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_pattern = caseless(wholeWords(escaped.join(QLatin1Char('|'))));
}

QString Vocabulary::find(const QString &text) const
{
    const QRegularExpressionMatch match = m_pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

namespace text {

QString normalizedSample(const QString &sample)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}|\\[[^\\[\\]]*\\]|<[^<>]*>"));
    QString s = sample;
    s.replace(placeholder, QStringLiteral("•"));
    return s.simplified().toCaseFolded();
}

// The patterns below start a run of name characters only where such a run begins (a look-behind that excludes the
// run's own characters) and take it possessively, so a long run without a dot or an @ costs one pass, not one pass
// per character (a 200,000-character field took 9 s). A host may have subdomains (offers.example.com).
bool hasUrl(const QString &text)
{
    static const QRegularExpression pattern = caseless(QStringLiteral(
        "https?://|www\\.|(?<![\\p{L}\\p{N}@.-])[a-z0-9-]++(?:\\.[a-z0-9-]++)*?\\.(com|net|org|io|co|us|info|biz|app|ly|gl|gy|at|cc|gd|me)(/|\\b)"
        "|[{\\[](url|link|short_?url|tracking_?url|tracking_?link)[}\\]]"));
    return pattern.match(text).hasMatch();
}

bool hasPhoneNumber(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)"));
    return pattern.match(text).hasMatch();
}

bool hasEmail(const QString &text)
{
    static const QRegularExpression pattern =
        caseless(QStringLiteral("(?<![a-z0-9._%+-])[a-z0-9._%+-]++@[a-z0-9-]++(\\.[a-z0-9-]++)+"));
    return pattern.match(text).hasMatch();
}

QString shortenerIn(const QString &text)
{
    static const Vocabulary shorteners(pack::urlShorteners());
    return shorteners.find(text);
}

bool hasSsnLikeNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)"));
    return pattern.match(text).hasMatch();
}

bool hasCardLikeNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)"));
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        QString digits = it.next().captured(0);
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        int sum = 0;
        bool doubled = false;
        for (qsizetype i = digits.size() - 1; i >= 0; --i) {
            int d = digits[i].digitValue();
            if (doubled && (d *= 2) > 9)
                d -= 9;
            sum += d;
            doubled = !doubled;
        }
        if (sum % 10 == 0)
            return true;
    }
    return false;
}

bool hasCurlyPlaceholder(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{[^{}\\s]+\\}"));
    return pattern.match(text).hasMatch();
}

bool hasSquarePlaceholder(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\[[^\\[\\]\\s]+\\]"));
    return pattern.match(text).hasMatch();
}

bool mentionsRatesMayApply(const QString &text)
{
    static const QRegularExpression pattern =
        caseless(QStringLiteral("(msg|message)s?\\s*(&|and|\\+)\\s*data\\s+rates?\\s+(may|will)\\s+apply"));
    return pattern.match(text).hasMatch();
}

bool hasWord(const QString &text, const QString &word)
{
    return caseless(wholeWords(QRegularExpression::escape(word))).match(text).hasMatch();
}

// English unless the text says otherwise: mostly letters outside ASCII (Chinese, Arabic, Cyrillic…), or more words
// that only another language uses (Spanish, German, French, Portuguese) than common English ones. Proper names count
// for neither, so a plain English sentence made of names and rarer words ("Elm Street Dentists sends patients recall
// notices every six months") is English, as it should be.
bool looksEnglish(const QString &text)
{
    qsizetype letters = 0, foreign = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.unicode() > 0x7f)
            ++foreign;
    }
    if (letters == 0)
        return true;
    if (foreign * 2 > letters)
        return false;
    static const QSet<QString> english(pack::commonEnglishWords().begin(), pack::commonEnglishWords().end());
    static const QSet<QString> markers(pack::foreignLanguageMarkers().begin(), pack::foreignLanguageMarkers().end());
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}']+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    int englishWords = 0, markerWords = 0;
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured(0).toLower();
        if (english.contains(word))
            ++englishWords;
        else if (markers.contains(word))
            ++markerWords;
    }
    return markerWords < 2 || markerWords <= englishWords;
}

} // namespace text

} // namespace cd::lint
