// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/format.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

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
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString number = locale.toString(value, 'f', unit == 0 ? 0 : decimals);
    const QString point = locale.decimalPoint();
    if (number.contains(point)) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(point.size());
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
    if (seconds < 60)
        return QCoreApplication::translate("Format", "just now");
    // Without a catalogue (the command line, core tests) the source text is English with "(s)": resolve it here.
    const auto english = [](QString text, int n) -> QString {
        return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    };
    if (seconds < 3600) {
        const int n = int(seconds / 60);
        return english(QCoreApplication::translate("Format", "%n minute(s) ago", nullptr, n), n);
    }
    if (seconds < 86400) {
        const int n = int(seconds / 3600);
        return english(QCoreApplication::translate("Format", "%n hour(s) ago", nullptr, n), n);
    }
    if (seconds < 86400 * 30) {
        const int n = int(seconds / 86400);
        return english(QCoreApplication::translate("Format", "%n day(s) ago", nullptr, n), n);
    }
    if (seconds < 86400 * 365) {
        const int n = int(seconds / (86400 * 30));
        return english(QCoreApplication::translate("Format", "%n month(s) ago", nullptr, n), n);
    }
    const int n = int(seconds / (86400 * 365));
    return english(QCoreApplication::translate("Format", "%n year(s) ago", nullptr, n), n);
}

QString isoDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace Format
