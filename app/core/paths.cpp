// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/paths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Paths {

QString dataDir()
{
    const QString fromEnv = qEnvironmentVariable("HUBLENS_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    QString location = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (location.isEmpty())
        location = QDir::homePath() + u"/.local/share"_s;
    return QDir::cleanPath(location + u"/HubLens"_s);
}

QString databasePath()
{
    return dataDir() + u"/hublens.sqlite3"_s;
}

QString cacheDatabasePath()
{
    if (!qEnvironmentVariableIsEmpty("HUBLENS_DATA_DIR"))
        return dataDir() + u"/cache.sqlite3"_s;
    QString location = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (location.isEmpty())
        location = QDir::homePath() + u"/.cache"_s;
    return QDir::cleanPath(location + u"/HubLens/cache.sqlite3"_s);
}

} // namespace Paths
