// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/buildinfo.h"

#include <curl/curl.h>
#include <sqlite3.h>

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace BuildInfo {

QString applicationId()
{
    return QStringLiteral(HUBLENS_APP_ID);
}

QString version()
{
    return QStringLiteral(HUBLENS_VERSION);
}

QString licence()
{
    return u"GPL-3.0-or-later"_s;
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString curlVersion()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    return info && info->version ? QString::fromLatin1(info->version) : QString();
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QList<Component> components()
{
    // Licences as Debian's copyright files state them for the open-source builds HubLens links against.
    return {
        {u"Qt"_s, qtVersion(), u"LGPL-3.0-only OR GPL-2.0-only"_s, u"https://www.qt.io/"_s},
        {u"libcurl"_s, curlVersion(), u"curl (MIT-style)"_s, u"https://curl.se/"_s},
        {u"SQLite"_s, sqliteVersion(), u"Public domain"_s, u"https://sqlite.org/"_s},
    };
}

} // namespace BuildInfo
