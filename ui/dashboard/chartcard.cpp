// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/chartcard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChartCard::ChartCard(const QString &name, QWidget *content, bool exportable, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_content(content)
    , m_title(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"card-"_s + name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    if (exportable) {
        auto *button = new QToolButton(this);
        button->setText(tr("Export"));
        button->setToolTip(tr("Save this chart as an image"));
        button->setAccessibleName(tr("Export chart"));
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        menu->addAction(tr("PNG image…"), this, [this] { Q_EMIT exportRequested(m_name, u"png"_s); });
        menu->addAction(tr("SVG drawing…"), this, [this] { Q_EMIT exportRequested(m_name, u"svg"_s); });
        button->setMenu(menu);
        header->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(header);
    content->setParent(this);
    layout->addWidget(content, 1);
}

void ChartCard::setTitle(const QString &title)
{
    m_title->setText(title);
    m_content->setAccessibleName(title);
}

QString ChartCard::title() const
{
    return m_title->text();
}

bool ChartCard::exportTo(const QString &path, QString *error) const
{
    const QSize size = m_content->size();
    if (size.isEmpty()) {
        *error = tr("The chart has not been laid out yet.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg"_s) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_title->text());
        generator.setDescription(tr("Exported from HubLens"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        m_content->render(&painter);
        painter.end();
        return QFileInfo::exists(path);
    }
    if (suffix != u"png"_s) {
        *error = tr("Choose a .png or .svg file name.");
        return false;
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(m_content->palette().color(QPalette::Base));
    QPainter painter(&image);
    m_content->render(&painter);
    painter.end();
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
