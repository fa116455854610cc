// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where HubLens keeps its own files. Pure functions of the environment; nothing is created here.
namespace Paths {
// HUBLENS_DATA_DIR, else the platform's application data location (~/.local/share/HubLens on Linux).
QString dataDir();
// The main database inside dataDir().
QString databasePath();
// The HTTP response cache: $HUBLENS_DATA_DIR/cache.sqlite3 when set, else the platform cache location.
QString cacheDatabasePath();
} // namespace Paths
