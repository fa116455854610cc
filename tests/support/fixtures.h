// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Access to the real recordings in ../shared/fixtures.
namespace Fixtures {
QString dir(); // absolute path of shared/fixtures
QString path(const QString &relative); // dir() + "/" + relative
QByteArray read(const QString &relative); // the file's bytes; QFAIL-style message on stderr and empty when missing
QStringList list(const QString &subdir, const QString &nameFilter); // relative paths, sorted
} // namespace Fixtures
