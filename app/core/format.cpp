// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/format.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Format {

namespace {

QString scaled(double value, const char *const *units, int unitCount, double step, int decimals)
{
    int unit = 0;
    while (std::abs(value) >= step && unit < unitCount - 1) {
        value /= step;
        ++unit;
    }
    // 999,999 is 999.999k, which would print as "1000k": carry into the next unit ("1M") instead.
    const double factor = std::pow(10.0, unit == 0 ? 0 : decimals);
    if (unit < unitCount - 1 && std::abs(std::round(value * factor) / factor) >= step) {
        value /= step;
        ++unit;
    }
    QString number = QString::number(value, 'f', unit == 0 ? 0 : decimals);
    if (number.contains(u'.')) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(u'.'))
            number.chop(1);
    }
    return number + QString::fromLatin1(units[unit]);
}

} // namespace

QString compactCount(qint64 value)
{
    if (value < 0)
        return u"—"_s;
    static const char *const units[] = {"", "k", "M", "B", "T"};
    return scaled(static_cast<double>(value), units, 5, 1000.0, 1);
}

QString bytes(qint64 value)
{
    if (value < 0)
        return u"—"_s;
    static const char *const units[] = {" B", " KB", " MB", " GB", " TB", " PB"};
    return scaled(static_cast<double>(value), units, 6, 1000.0, 1);
}

QString parameters(qint64 value)
{
    if (value < 0)
        return u"—"_s;
    static const char *const units[] = {"", "K", "M", "B", "T"};
    return scaled(static_cast<double>(value), units, 5, 1000.0, 2);
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return u"—"_s;
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0)
        return u"just now"_s;
    const auto plural = [](qint64 n, const char *unit) {
        return u"%1 %2%3 ago"_s.arg(n).arg(QString::fromLatin1(unit), n == 1 ? QString() : u"s"_s);
    };
    if (seconds < 60)
        return u"just now"_s;
    if (seconds < 3600)
        return plural(seconds / 60, "minute");
    if (seconds < 86400)
        return plural(seconds / 3600, "hour");
    if (seconds < 86400 * 30)
        return plural(seconds / 86400, "day");
    if (seconds < 86400 * 365)
        return plural(seconds / (86400 * 30), "month");
    return plural(seconds / (86400 * 365), "year");
}

QString isoDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace Format
