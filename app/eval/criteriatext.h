// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

// Success criteria as people type them, one per line: `metric op value [key=value]…`, e.g.
//   mean_rating >= 4
//   win_rate >= 60 baseline=gpt-4o
//   p95_latency_ms <= 2000 endpoint="local llama"
// and the JSON the session stores ([{"metric":"win_rate","op":">=","value":60,"baseline":"gpt-4o"}, …]). Blank lines
// and lines starting with # are ignored. Which metrics exist is the evaluator's business, not this syntax's.
namespace CriteriaText {
QString toText(const QJsonArray &criteria);
// The criteria, or an empty array and *error naming the line ("line 2: …").
QJsonArray fromText(const QString &text, QString *error);
} // namespace CriteriaText
