#include "aboutdialog.h"

#include "core/appinfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace cd::ui {

AboutDialog::AboutDialog(const QList<ApiNotice> &notices, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About %1").arg(AppInfo::displayName()));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    QString html = QStringLiteral("<h2>%1</h2>").arg(AppInfo::displayName().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Version %1 · %2 · Qt %3")
                         .arg(AppInfo::version(), AppInfo::applicationId(), QString::fromLatin1(qVersion()))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Keeps sent.dm senders, brands and 10DLC campaigns compliant.").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Speaks the sent.dm API %1 (sender profiles, brands and campaigns).")
                         .arg(AppInfo::apiGeneration())
                         .toHtmlEscaped(),
                     tr("Free software under the GNU General Public License (%1): you may use, study, share and "
                        "change it; it comes with no warranty.")
                         .arg(AppInfo::licence())
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What sent.dm has announced about its API").toHtmlEscaped());
    if (notices.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Nothing: no endpoint used in this session is marked deprecated.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const ApiNotice &notice : notices) {
            QString item = notice.text().toHtmlEscaped();
            // The link sent.dm gives, to follow from here: an https address only (it comes from a server).
            const QUrl link(notice.link, QUrl::StrictMode);
            if (link.isValid() && link.scheme() == QLatin1String("https") && !link.host().isEmpty()) {
                const QString shown = notice.link.toHtmlEscaped();
                item.replace(shown,
                             QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QString::fromUtf8(link.toEncoded()).toHtmlEscaped(), shown));
            }
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    }
    m_text->setText(html);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setAccessibleName(tr("About Compliance Desk"));
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

} // namespace cd::ui
