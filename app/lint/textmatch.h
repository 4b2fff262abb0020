#pragma once

#include <QRegularExpression>
#include <QStringList>

namespace cd::lint {

// Whole-word, case-insensitive matching of a vocabulary ("deal" finds "Deal!" but not "dealer"), compiled once.
class Vocabulary
{
public:
    explicit Vocabulary(const QStringList &terms);
    // The first term found in `text`, or an empty string.
    QString find(const QString &text) const;
    bool foundIn(const QString &text) const { return !find(text).isEmpty(); }

private:
    QRegularExpression m_pattern;
};

namespace text {

// Samples that differ only in placeholders, spacing or case are the same message.
QString normalizedSample(const QString &sample);
bool hasUrl(const QString &text);         // an address or a {url}/[link] placeholder
bool hasPhoneNumber(const QString &text); // 10 or more digits written as a phone number
bool hasEmail(const QString &text);
QString shortenerIn(const QString &text); // the public shortener's host used, or empty
bool hasSsnLikeNumber(const QString &text);
bool hasCardLikeNumber(const QString &text); // 13–19 digits passing the Luhn check
bool hasCurlyPlaceholder(const QString &text);
bool hasSquarePlaceholder(const QString &text);
bool mentionsRatesMayApply(const QString &text);
bool hasWord(const QString &text, const QString &word); // case-insensitive, whole word
bool looksEnglish(const QString &text);

} // namespace text

} // namespace cd::lint
