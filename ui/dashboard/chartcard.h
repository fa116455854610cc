// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QVBoxLayout;

// One tile of the Dashboard: a title that states the finding, the chart (or table) under it, and an export button
// (PNG / SVG) for charts.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    explicit ChartCard(const QString &name, QWidget *content, bool exportable, QWidget *parent = nullptr);

    QString name() const
    {
        return m_name;
    }
    QWidget *content() const
    {
        return m_content;
    }
    void setTitle(const QString &title);
    QString title() const;

    // Renders the content into a PNG (at twice its size) or an SVG, by the path's suffix.
    bool exportTo(const QString &path, QString *error) const;

Q_SIGNALS:
    void exportRequested(const QString &name, const QString &format); // "png" or "svg"

private:
    QString m_name;
    QWidget *m_content;
    QLabel *m_title;
};
