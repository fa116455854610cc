// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include "app/eval/stats.h"

// The win-rate matrix as a heatmap: row against column, coloured from orange-red (loses) through white to blue
// (wins), with the rate and wins–ties–losses in each cell and the exact counts in its tooltip.
class HeatmapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapView)

public:
    explicit HeatmapView(QWidget *parent = nullptr);

    void setData(const QStringList &labels, const QList<QList<Stats::PairRecord>> &matrix);
    QStringList labels() const
    {
        return m_labels;
    }
    const QList<QList<Stats::PairRecord>> &matrix() const
    {
        return m_matrix;
    }
    QString cellText(int row, int column) const; // "0.62\n12–5–3", "–" when not compared, empty on the diagonal
    QString cellToolTip(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF cellRect(int row, int column) const;
    double labelWidth() const;

    QStringList m_labels;
    QList<QList<Stats::PairRecord>> m_matrix;
};
