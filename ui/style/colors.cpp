#include "colors.h"

#include <QtMath>

namespace cd::ui::Colors {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    const QColor a = from.toRgb(), b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

// The text colour moved toward the background as far as AA allows on both of the palette's backgrounds.
QColor dimmed(const QColor &text, const QPalette &palette, double wanted)
{
    const QColor window = palette.color(QPalette::Window), base = palette.color(QPalette::Base);
    const QColor towards = isDark(palette) ? window : base;
    for (double share = wanted; share > 0; share -= 0.05) {
        const QColor candidate = mix(text, towards, share);
        if (contrast(candidate, window) >= kTextContrast + 0.1 && contrast(candidate, base) >= kTextContrast + 0.1)
            return candidate;
    }
    return text;
}

// The colour with its lightness moved (darker on a light background, lighter on a dark one) until it reads on it.
QColor readableOn(QColor color, const QColor &background)
{
    const bool darkBackground = background.lightness() < 128;
    for (int step = 0; step < 40 && contrast(color, background) < kTextContrast + 0.1; ++step)
        color = darkBackground ? color.lighter(108) : color.darker(108);
    return color;
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor secondaryText(const QPalette &palette)
{
    return dimmed(palette.color(QPalette::WindowText), palette, 0.4);
}

QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd1, 0x80) : QColor(0x8a, 0x53, 0x00);
}

QPalette accessible(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::Text);
        const QColor base = palette.color(group, QPalette::Base);
        if (contrast(palette.color(group, QPalette::PlaceholderText), base) < kTextContrast)
            palette.setColor(group, QPalette::PlaceholderText, dimmed(text, palette, 0.4));
        for (const QPalette::ColorRole link : {QPalette::Link, QPalette::LinkVisited})
            palette.setColor(group, link, readableOn(palette.color(group, link), base));
        // A selected row's text on the selection colour: the selection is darkened (or lightened) until it reads.
        const QColor selected = palette.color(group, QPalette::HighlightedText);
        QColor highlight = palette.color(group, QPalette::Highlight);
        const bool lightText = selected.lightness() >= 128;
        for (int step = 0; step < 40 && contrast(selected, highlight) < kTextContrast + 0.1; ++step)
            highlight = lightText ? highlight.darker(108) : highlight.lighter(108);
        palette.setColor(group, QPalette::Highlight, highlight);
    }
    return palette;
}

} // namespace cd::ui::Colors
