// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Human formatting shared by the command line and the UI (the UI passes a locale-aware variant where it matters).
namespace Format {
QString compactCount(qint64 value); // 1234 → "1.2k", 3400000 → "3.4M"; "—" for unknown (-1)
QString bytes(qint64 value); // 1536 → "1.5 KB" (SI, like the Hub); "—" for unknown
QString parameters(qint64 value); // 7241732096 → "7.24B"
QString relativeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc()); // "3 days ago"
QString isoDate(const QDateTime &when); // "2025-01-22T18:24:45Z", empty when invalid
} // namespace Format
