// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "app/storage/statement.h"

struct sqlite3;

// Why the SQLite C API rather than QtSql: we need the real result codes (SQLITE_BUSY vs. a constraint failure), the
// online backup API (single-session bundle export), FTS5 and the JSON functions, and a plain object per connection
// instead of QSqlDatabase's per-thread named-connection registry; it is also measurably faster for 100k-row sessions.
// This file, Statement and Transaction are the only places that see sqlite3 types.
//
// Database owns one connection. It is opened NOMUTEX: use it from one thread at a time (one connection per thread,
// or guard it with a mutex as ResponseCache does). Files are opened in WAL mode with foreign keys on,
// synchronous=NORMAL and a 5 s busy timeout, then migrated to Migrations::latestVersion().
//
// Several processes may use one file at once (a second HubLens window, the command line while the app runs), so a
// second instance is allowed rather than refused: WAL lets readers go on beside a writer, a writer waits up to
// BusyTimeoutMs for another's write to finish (Transaction takes the lock up front), and each migration step
// re-reads the version under the write lock. Each process sees the others' writes the next time it reads.
// synchronous=NORMAL keeps every commit across a killed process (not across a power cut, which may lose the last
// few commits but never corrupts). tests/app/storage/tst_reliability.cpp checks both.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Schema
    {
        Migrate, // bring the schema to Migrations::latestVersion() (refuses a newer database)
        Untouched // leave user_version alone (tests of the migrations themselves)
    };

    static constexpr int BusyTimeoutMs = 5000;

    // Creates the parent directories and the file as needed. nullptr and *error set on failure.
    static std::unique_ptr<Database> open(const QString &path, QString *error, Schema schema = Schema::Migrate);
    // A private in-memory database (tests).
    static std::unique_ptr<Database> openInMemory(QString *error = nullptr, Schema schema = Schema::Migrate);
    ~Database();

    // Runs one or more statements without parameters (DDL, pragmas, BEGIN/COMMIT). Never pass user data in `sql`.
    bool exec(const QString &sql, QString *error = nullptr);
    Statement prepare(const QString &sql);

    int userVersion(); // PRAGMA user_version, -1 on error
    qint64 lastInsertId();
    int changes(); // rows changed by the last INSERT/UPDATE/DELETE on this connection
    QString lastError(); // the last error of this connection (exec, prepare or a statement), empty if none yet
    int lastErrorCode();
    QString path() const; // empty for in-memory databases
    sqlite3 *handle();

private:
    friend class Statement;
    Database(sqlite3 *db, const QString &path);
    static std::unique_ptr<Database> openWith(const QString &path, int flags, QString *error, Schema schema);
    bool configure(bool inMemory, QString *error);
    void recordError(int code, const QString &message);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_lastError;
    int m_lastErrorCode = 0;
};
