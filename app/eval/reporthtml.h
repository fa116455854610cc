// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "app/eval/sessionreport.h"

// The report a product manager can send: one self-contained HTML page (criteria, leaderboard, charts, agreement,
// latency, the decision log and how the numbers were computed), its charts drawn as SVG from the same
// SessionReport the Dashboard shows. No scripts, no remote resources.
namespace ReportHtml {

struct Chart
{
    QString name; // stable: "leaderboard", "win-rate", "ttft", "total-time", "tokens-per-second", "ratings", "labels"
    QString title;
    QByteArray svg; // a complete SVG document
};

// The charts there is data for, in report order. `colours` holds one "#rrggbb" per candidate.
QList<Chart> charts(const SessionReport &report, const QStringList &colours);

enum class Images
{
    Inline, // <svg> elements inside the page (browsers)
    Resources // <img src="chart:NAME"> for a renderer that supplies the images itself (the PDF writer)
};
QString render(const SessionReport &report, const QStringList &colours, Images images = Images::Inline);

// The heatmap's colour for a win rate from 0 to 1: orange-red below even, white at 0.5, blue above. "#rrggbb".
QString heatColour(double rate);
// Whether text on heatColour(rate) must be white to be read.
bool heatNeedsLightText(double rate);

} // namespace ReportHtml
