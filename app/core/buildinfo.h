// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// What HubLens is built from, as the running process sees it: its own version and the versions of the Qt, libcurl
// and SQLite libraries actually loaded (asked at run time, so a library upgrade shows without a rebuild). The UI
// uses this instead of including curl or SQLite headers itself.
namespace BuildInfo {

struct Component
{
    QString name; // "Qt", "libcurl", "SQLite"
    QString version; // the loaded library's own version string
    QString licence; // SPDX identifier or short licence name
    QString url; // the project's home page
};

QString applicationId(); // io.github.hublens.HubLens: the .desktop file, metainfo and icon name
QString version(); // HubLens' version, e.g. "0.1.0"
QString licence(); // HubLens' licence as an SPDX identifier
QString qtVersion(); // qVersion()
QString curlVersion(); // curl_version_info(CURLVERSION_NOW)->version
QString sqliteVersion(); // sqlite3_libversion()
QList<Component> components(); // Qt, libcurl, SQLite, in that order

} // namespace BuildInfo
