#include "details/detailspanel.h"
#include "input/problemline.h"
#include "style/colors.h"
#include "tree/statusbadgedelegate.h"

#include "domain/profile.h"
#include "domain/status.h"

#include <QApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace cd;
namespace Colors = cd::ui::Colors;

// Every text the app colours itself meets WCAG AA (4.5:1) on what it is drawn on, in a light and a dark palette:
// the details' labels, problems under fields, status badges, placeholders.
class TestContrast : public QObject
{
    Q_OBJECT

    static QPalette light()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion->standardPalette();
    }

    // A dark palette as a desktop's dark theme gives one (no style plugin here provides it).
    static QPalette dark()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x6b, 0xb3));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0xe6, 0xe6, 0xe6, 100));
        p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        return p;
    }

    static void checkOn(const QColor &text, const QPalette &palette, const char *what)
    {
        for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
            const double ratio = Colors::contrast(text, palette.color(background));
            QVERIFY2(ratio >= Colors::kTextContrast,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(QLatin1String(what), text.name(), palette.color(background).name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }

private Q_SLOTS:
    void theFormula()
    {
        QCOMPARE(qRound(Colors::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Colors::contrast(Qt::white, Qt::white), 1.0);
        // The details' labels the issue measured: #b8b8b8 on white is about 2:1.
        QVERIFY(Colors::contrast(QColor(0xb8, 0xb8, 0xb8), Qt::white) < 2.1);
    }

    void palettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << light();
        QTest::newRow("dark") << dark();
    }

    void palettes()
    {
        QFETCH(QPalette, palette);
        palette = Colors::accessible(palette);
        QVERIFY(Colors::contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(Colors::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(Colors::contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5);
        QVERIFY(Colors::contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
        QVERIFY2(Colors::contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 4.5,
                 qPrintable(palette.color(QPalette::PlaceholderText).name(QColor::HexArgb)));
        checkOn(Colors::secondaryText(palette), palette, "secondary text");
        QVERIFY(Colors::secondaryText(palette) != palette.color(QPalette::WindowText)); // still dimmer
        checkOn(Colors::errorText(palette), palette, "error text");
        checkOn(Colors::warningText(palette), palette, "warning text");
        checkOn(ui::ProblemLine::colorFor(ui::ProblemLine::Severity::Error, palette), palette, "problem line");
        for (int category = int(StatusCategory::Draft); category <= int(StatusCategory::Unknown); ++category) {
            const QColor badge = ui::StatusBadgeDelegate::badgeColor(category, palette);
            const double ratio = Colors::contrast(ui::StatusBadgeDelegate::textColor(badge), badge);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("badge %1: %2:1").arg(category).arg(ratio)));
        }
    }

    // Every colour the details panel writes into its page reads on the panel's base.
    void theDetailsPanelsColours_data() { palettes_data(); }
    void theDetailsPanelsColours()
    {
        QFETCH(QPalette, palette);
        palette = Colors::accessible(palette); // as main() sets it: rich text takes its links' colour from it
        const QPalette before = QApplication::palette();
        QApplication::setPalette(palette);
        auto restore = qScopeGuard([&] { QApplication::setPalette(before); });
        ui::DetailsPanel panel;
        panel.setPalette(palette);
        Profile p;
        p.id = QStringLiteral("p-1");
        p.name = QStringLiteral("Acme Dental");
        p.status = QStringLiteral("approved");
        Brand brand;
        brand.status = QStringLiteral("ACTIVE");
        p.brand = brand;
        panel.showProfile(p, 0);
        static const QRegularExpression color(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
        const QString html = panel.toHtml();
        int found = 0;
        for (auto it = color.globalMatch(html); it.hasNext();) {
            const QColor c(it.next().captured(1));
            ++found;
            const double ratio = Colors::contrast(c, palette.color(QPalette::Base));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(c.name()).arg(ratio)));
        }
        QVERIFY(found > 0); // the labels are coloured
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
