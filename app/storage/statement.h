// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

class Database;
struct sqlite3_stmt;

// One prepared SQLite statement (RAII over sqlite3_stmt; movable, not copyable). Obtain it from Database::prepare();
// it must not outlive its Database and is used on that connection's thread only.
//
// Binding: indexes are 1-based. A null QString/QByteArray and an invalid QDateTime bind SQL NULL; empty-but-not-null
// values bind '' / a zero-length blob. QDateTime is stored as ISO 8601 text in UTC with milliseconds
// ("2024-05-01T12:00:00.000Z"), which sorts correctly as text. A failed bind is remembered: the next step()/exec()
// fails with that error instead of running with a missing value.
//
// Errors are logged to hublens.storage with the SQL text, never with bound values.
class Statement final
{
public:
    Statement() = default; // invalid; every operation fails
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const;

    bool bind(int index, const QString &value);
    bool bind(int index, const QByteArray &value);
    bool bind(int index, qint64 value);
    bool bind(int index, int value);
    bool bind(int index, double value);
    bool bind(int index, bool value);
    bool bind(int index, std::nullptr_t);
    bool bind(int index, const QDateTime &value);
    bool bind(int index, const char *value) = delete; // would silently bind a bool; use u"..."_s or a QByteArray

    // Named parameters (":name", "@name", "$name"); a bare "name" means ":name".
    int parameterIndex(const QString &name) const;
    template <typename T>
    bool bind(const QString &name, const T &value)
    {
        return bindIndex(parameterIndex(name), name, value);
    }

    // true: a row is available. false: finished, or failed (see hasError()).
    bool step();
    // Runs to completion (rows are discarded), then resets so it can run again (bindings are kept). false on error.
    bool exec();
    void reset(); // back to the start; bindings kept
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    QString columnText(int column) const; // null QString for SQL NULL
    QByteArray columnBlob(int column) const; // null QByteArray for SQL NULL, empty for a zero-length blob
    // The column's text as SQLite holds it (UTF-8, not checked), without a copy: valid until the next step(), reset()
    // or column call on this column. Empty for SQL NULL and for ''.
    QByteArrayView columnUtf8(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const;
    double columnDouble(int column) const;
    QDateTime columnDateTime(int column) const; // UTC; invalid for NULL or unparsable text

    bool hasError() const;
    QString error() const; // the last error message, empty when the last operation succeeded
    int errorCode() const; // the last SQLite primary result code (SQLITE_OK, SQLITE_BUSY, SQLITE_CONSTRAINT, ...)
    QString sql() const;

private:
    friend class Database;
    Statement(Database *database, const QString &sql);

    template <typename T>
    bool bindIndex(int index, const QString &name, const T &value)
    {
        if (index <= 0)
            return failBind(name);
        return bind(index, value);
    }
    bool failBind(const QString &name);
    bool checkBind(int rc, int index);
    void setError(int rc, const QString &message);
    void clearError();

    Database *m_database = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    QString m_error;
    int m_errorCode = 0;
    bool m_bindFailed = false;
};
