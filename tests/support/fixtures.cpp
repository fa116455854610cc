// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fixtures.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Fixtures {

QString dir()
{
    return QStringLiteral(HUBLENS_FIXTURES_DIR);
}

QString path(const QString &relative)
{
    return dir() + u'/' + relative;
}

QByteArray read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fixture missing: %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

QStringList list(const QString &subdir, const QString &nameFilter)
{
    QStringList out;
    const QDir directory(path(subdir));
    const QStringList names = directory.entryList({nameFilter}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out.append(subdir + u'/' + name);
    return out;
}

} // namespace Fixtures
