// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QTest>

namespace TestUtils {
// Every warning fails the current test, except the offscreen platform's own notices about features it lacks.
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support).*"), QRegularExpression::DotMatchesEverythingOption));
}
} // namespace TestUtils
