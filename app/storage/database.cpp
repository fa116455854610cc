// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "app/core/logging.h"
#include "app/storage/migrations.h"
#include "app/storage/sqllog.h"

using namespace Qt::StringLiterals;

Database::Database(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

Database::~Database()
{
    // close_v2 defers the close until any statement still alive is finalized, instead of failing with SQLITE_BUSY.
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Schema schema)
{
    if (path.isEmpty()) {
        if (error)
            *error = u"No database path given"_s;
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(info.absolutePath()));
        qCWarning(lcStorage).noquote() << "Cannot create the database folder" << info.absolutePath();
        return nullptr;
    }
    return openWith(info.absoluteFilePath(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error, schema);
}

std::unique_ptr<Database> Database::openInMemory(QString *error, Schema schema)
{
    return openWith(QString(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, error, schema);
}

std::unique_ptr<Database> Database::openWith(const QString &path, int flags, QString *error, Schema schema)
{
    const bool inMemory = path.isEmpty();
    // NOMUTEX: the connection is never used by two threads at once (see class comment), so SQLite's own
    // per-connection mutex would be pure overhead.
    const QByteArray fileName = inMemory ? QByteArray(":memory:") : QFile::encodeName(path);
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(fileName.constData(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        if (error)
            *error = u"Cannot open the database %1: %2"_s.arg(QDir::toNativeSeparators(path), message);
        qCWarning(lcStorage).noquote() << "Cannot open the database" << path << message;
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database(handle, path));
    QString reason;
    if (!database->configure(inMemory, &reason)) {
        if (error)
            *error =
                inMemory ? reason : u"Cannot use the database %1: %2"_s.arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    }
    if (schema == Schema::Migrate && !Migrations::migrate(*database, &reason)) {
        if (error)
            *error = inMemory ? reason : u"%1 (%2)"_s.arg(reason, QDir::toNativeSeparators(path));
        return nullptr;
    }
    return database;
}

bool Database::configure(bool inMemory, QString *error)
{
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    // Reading a pragma is also the first real access to the file, so "file is not a database" shows up here.
    Statement journal = prepare(u"PRAGMA journal_mode=WAL"_s);
    if (!journal.step()) {
        if (error)
            *error = journal.hasError() ? journal.error() : u"cannot set the journal mode"_s;
        return false;
    }
    const QString mode = journal.columnText(0);
    journal.reset();
    // In-memory databases report "memory"; anything else on a file (a filesystem without shared memory) still
    // works, only without concurrent readers.
    if (!inMemory && mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage).noquote() << "WAL is not available for" << m_path << "; journal mode is" << mode;
    return exec(u"PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"_s, error);
}

bool Database::exec(const QString &sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    recordError(rc, text);
    qCWarning(lcStorage).noquote() << "SQLite error" << rc << text << "in:" << StorageLog::sql(sql);
    if (error)
        *error = text;
    return false;
}

Statement Database::prepare(const QString &sql)
{
    return Statement(this, sql);
}

int Database::userVersion()
{
    Statement statement = prepare(u"PRAGMA user_version"_s);
    return statement.step() ? statement.columnInt(0) : -1;
}

qint64 Database::lastInsertId()
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes()
{
    return sqlite3_changes(m_db);
}

QString Database::lastError()
{
    return m_lastError;
}

int Database::lastErrorCode()
{
    return m_lastErrorCode;
}

QString Database::path() const
{
    return m_path;
}

sqlite3 *Database::handle()
{
    return m_db;
}

void Database::recordError(int code, const QString &message)
{
    m_lastErrorCode = code;
    m_lastError = message;
}
