// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/reportpdf.h"

#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

#include "app/eval/reporthtml.h"

using namespace Qt::StringLiterals;

namespace ReportPdf {

bool write(const SessionReport &report, const QStringList &colours, const QString &path, QString *error)
{
    // Written to a temporary file and renamed over the target once complete: a failure leaves an older report as
    // it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QTextDocument document;
    document.setDefaultStyleSheet(u"table { border-collapse: collapse; } th, td { padding: 3px; } "
                                  ".muted { color: #666; }"_s);
    // QTextDocument has no SVG support of its own: every chart becomes an image resource, drawn at twice its size
    // so it stays sharp in print (ReportHtml gives it its width on paper).
    for (const ReportHtml::Chart &chart : ReportHtml::charts(report, colours)) {
        QSvgRenderer renderer(chart.svg);
        if (!renderer.isValid())
            continue;
        const QSize size = renderer.defaultSize();
        QImage image(size * 2, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        document.addResource(QTextDocument::ImageResource, QUrl(u"chart:"_s + chart.name), image);
    }
    QPdfWriter writer(&file);
    writer.setTitle(u"%1 — HubLens report"_s.arg(report.sessionName));
    writer.setCreator(u"HubLens"_s);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    // The page in CSS pixels (96 per inch, the unit the page's sizes are given in), so the text uses the full width.
    document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Inch).size() * 96.0);
    document.setHtml(ReportHtml::render(report, colours, ReportHtml::Images::Resources));
    document.print(&writer);
    if (file.size() == 0 || !file.commit()) {
        *error = file.errorString().isEmpty() ? u"the PDF could not be written"_s : file.errorString();
        return false;
    }
    return true;
}

} // namespace ReportPdf
