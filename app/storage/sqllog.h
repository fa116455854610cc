// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace StorageLog {
// The SQL as written to hublens.storage: whitespace collapsed and cut at 300 characters (a whole migration script
// would flood the log; the start is enough to find the call site). Bound values are never part of it.
inline QString sql(const QString &sql)
{
    constexpr qsizetype MaxLength = 300;
    const QString simplified = sql.simplified();
    return simplified.size() > MaxLength ? simplified.left(MaxLength) + QStringLiteral("…") : simplified;
}
} // namespace StorageLog
