// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/heatmapview.h"

#include <algorithm>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "app/eval/reporthtml.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int HeaderHeight = 24;
} // namespace

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapView::setData(const QStringList &labels, const QList<QList<Stats::PairRecord>> &matrix)
{
    m_labels = labels;
    m_matrix = matrix;
    updateGeometry();
    update();
}

QString HeatmapView::cellText(int row, int column) const
{
    if (row == column)
        return QString();
    const Stats::PairRecord record = m_matrix.value(row).value(column);
    const std::optional<double> rate = record.winRate();
    if (!rate)
        return u"–"_s;
    return u"%1\n%2–%3–%4"_s.arg(QString::number(*rate, 'f', 2), QString::number(record.wins),
        QString::number(record.ties), QString::number(record.losses));
}

QString HeatmapView::cellToolTip(int row, int column) const
{
    if (row == column)
        return m_labels.value(row);
    const Stats::PairRecord record = m_matrix.value(row).value(column);
    const std::optional<double> rate = record.winRate();
    if (!rate)
        return tr("%1 vs %2: not compared yet").arg(m_labels.value(row), m_labels.value(column));
    return tr("%1 vs %2: win rate %3\n%4 wins, %5 ties, %6 losses")
        .arg(m_labels.value(row), m_labels.value(column), QString::number(*rate, 'f', 3), QString::number(record.wins),
            QString::number(record.ties), QString::number(record.losses));
}

double HeatmapView::labelWidth() const
{
    int widest = 0;
    for (const QString &label : m_labels)
        widest = std::max(widest, fontMetrics().horizontalAdvance(label));
    return std::min(widest + 12, std::max(80, width() / 3));
}

QRectF HeatmapView::cellRect(int row, int column) const
{
    const int n = int(m_labels.size());
    const double left = labelWidth();
    const double side = n == 0 ? 0 : std::min((width() - left - 4) / n, (height() - HeaderHeight - 4.0) / n);
    return QRectF(left + column * side, HeaderHeight + row * side, side, side);
}

QSize HeatmapView::sizeHint() const
{
    return QSize(480, 280);
}

QSize HeatmapView::minimumSizeHint() const
{
    return QSize(240, 160);
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int n = int(m_labels.size());
    if (n == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No pairwise judgments yet"));
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    for (int column = 0; column < n; ++column) {
        const QRectF cell = cellRect(0, column);
        const QRectF header(cell.left(), 0, cell.width(), HeaderHeight);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(
            header, Qt::AlignCenter, metrics.elidedText(m_labels.at(column), Qt::ElideRight, int(cell.width()) - 4));
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int row = 0; row < n; ++row) {
        const QRectF first = cellRect(row, 0);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setFont(font());
        painter.drawText(QRectF(0, first.top(), labelWidth() - 8, first.height()), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(m_labels.at(row), Qt::ElideRight, int(labelWidth()) - 8));
        for (int column = 0; column < n; ++column) {
            const QRectF cell = cellRect(row, column).adjusted(1, 1, -1, -1);
            const std::optional<double> rate = m_matrix.value(row).value(column).winRate();
            QColor fill = row == column
                ? palette().color(QPalette::Mid)
                : (rate ? QColor(ReportHtml::heatColour(*rate)) : palette().color(QPalette::AlternateBase));
            painter.fillRect(cell, fill);
            if (row == column)
                continue;
            const bool light = rate && ReportHtml::heatNeedsLightText(*rate);
            painter.setPen(rate ? (light ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22))
                                : palette().color(QPalette::PlaceholderText));
            painter.setFont(small);
            painter.drawText(cell, Qt::AlignCenter, cellText(row, column));
        }
    }
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int row = 0; row < m_labels.size(); ++row) {
            for (int column = 0; column < m_labels.size(); ++column) {
                if (cellRect(row, column).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), cellToolTip(row, column), this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
