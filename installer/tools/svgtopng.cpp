// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time helper: renders an SVG into a square PNG of the given size, for the hicolor icon sizes.
// Usage: hublens-svgtopng INPUT.svg OUTPUT.png SIZE
// Uses QSvgRenderer, which the application needs anyway, so no extra package (librsvg2-bin) is required.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // No display at build time; the offscreen platform is enough for painting into an image.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QGuiApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.value(3).toInt(&sizeOk);
    if (arguments.size() != 4 || !sizeOk || size <= 0 || size > 4096) {
        err << "usage: hublens-svgtopng INPUT.svg OUTPUT.png SIZE\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "hublens-svgtopng: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(arguments.at(2), "PNG")) {
        err << "hublens-svgtopng: cannot write " << arguments.at(2) << '\n';
        return 1;
    }
    return 0;
}
