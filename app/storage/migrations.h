// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class Database;

// The schema history. scripts()[i] takes a database from version i to i + 1; the version lives in
// PRAGMA user_version (0 = empty file). Each step runs in its own transaction together with the user_version bump,
// so a failing step leaves the database exactly at the previous version. Steps are append-only: never edit a
// released step, add a new one.
namespace Migrations {
int latestVersion();
QStringList scripts();

// Brings `database` to latestVersion(). Refuses a database whose version is newer than this build knows.
bool migrate(Database &database, QString *error);
// Test hook: brings `database` to exactly `version` (0 ... latestVersion()); never downgrades.
bool migrateTo(Database &database, int version, QString *error);
// The engine behind both, for an arbitrary list of steps (tests inject failing steps through it).
bool apply(Database &database, const QStringList &steps, int targetVersion, QString *error);
} // namespace Migrations
