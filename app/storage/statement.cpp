// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/statement.h"

#include <utility>

#include <sqlite3.h>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/sqllog.h"

using namespace Qt::StringLiterals;

Statement::Statement(Database *database, const QString &sql)
    : m_database(database)
    , m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(database->handle(), utf8.constData(), int(utf8.size()), 0, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setError(rc, QString::fromUtf8(sqlite3_errmsg(database->handle())));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    if (!m_stmt) {
        setError(SQLITE_MISUSE, u"no SQL statement to prepare"_s);
        return;
    }
    // Only the first statement would run; refuse rather than silently dropping the rest (Database::exec runs scripts).
    const qsizetype tailOffset = tail ? qsizetype(tail - utf8.constData()) : utf8.size();
    if (tailOffset < utf8.size()) {
        sqlite3_stmt *second = nullptr;
        sqlite3_prepare_v3(database->handle(), tail, int(utf8.size() - tailOffset), 0, &second, nullptr);
        const bool hasSecond = second != nullptr;
        sqlite3_finalize(second);
        if (hasSecond) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            setError(SQLITE_MISUSE, u"more than one SQL statement; use Database::exec() for scripts"_s);
        }
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_error(std::move(other.m_error))
    , m_errorCode(std::exchange(other.m_errorCode, 0))
    , m_bindFailed(std::exchange(other.m_bindFailed, false))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_database = std::exchange(other.m_database, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
        m_errorCode = std::exchange(other.m_errorCode, 0);
        m_bindFailed = std::exchange(other.m_bindFailed, false);
    }
    return *this;
}

bool Statement::isValid() const
{
    return m_stmt != nullptr;
}

bool Statement::checkBind(int rc, int index)
{
    if (rc == SQLITE_OK)
        return true;
    if (!m_stmt) {
        // Binding to a statement that failed to prepare: that failure was reported already and stays the error.
        if (m_errorCode == SQLITE_OK)
            setError(SQLITE_MISUSE, u"statement was not prepared"_s);
        return false;
    }
    m_bindFailed = true;
    // Only the parameter index is reported; the value may be a secret or personal data.
    setError(rc, u"cannot bind parameter %1: %2"_s.arg(index).arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return false;
}

bool Statement::failBind(const QString &name)
{
    m_bindFailed = true;
    setError(SQLITE_RANGE, u"no parameter named %1"_s.arg(name));
    return false;
}

bool Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return checkBind(SQLITE_MISUSE, index);
    if (value.isNull())
        return checkBind(sqlite3_bind_null(m_stmt, index), index);
    const QByteArray utf8 = value.toUtf8();
    return checkBind(sqlite3_bind_text64(
                         m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8),
        index);
}

bool Statement::bind(int index, const QByteArray &value)
{
    if (!m_stmt)
        return checkBind(SQLITE_MISUSE, index);
    if (value.isNull())
        return checkBind(sqlite3_bind_null(m_stmt, index), index);
    if (value.isEmpty())
        return checkBind(sqlite3_bind_zeroblob(m_stmt, index, 0), index);
    return checkBind(
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT), index);
}

bool Statement::bind(int index, qint64 value)
{
    if (!m_stmt)
        return checkBind(SQLITE_MISUSE, index);
    return checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
}

bool Statement::bind(int index, int value)
{
    return bind(index, qint64(value));
}

bool Statement::bind(int index, double value)
{
    if (!m_stmt)
        return checkBind(SQLITE_MISUSE, index);
    return checkBind(sqlite3_bind_double(m_stmt, index, value), index);
}

bool Statement::bind(int index, bool value)
{
    return bind(index, qint64(value ? 1 : 0));
}

bool Statement::bind(int index, std::nullptr_t)
{
    if (!m_stmt)
        return checkBind(SQLITE_MISUSE, index);
    return checkBind(sqlite3_bind_null(m_stmt, index), index);
}

bool Statement::bind(int index, const QDateTime &value)
{
    if (!value.isValid())
        return bind(index, nullptr);
    return bind(index, value.toUTC().toString(Qt::ISODateWithMs));
}

int Statement::parameterIndex(const QString &name) const
{
    if (!m_stmt || name.isEmpty())
        return 0;
    const QChar first = name.front();
    const bool prefixed = first == u':' || first == u'@' || first == u'$';
    const QByteArray utf8 = prefixed ? name.toUtf8() : (u':' + name).toUtf8();
    return sqlite3_bind_parameter_index(m_stmt, utf8.constData());
}

bool Statement::step()
{
    if (!m_stmt) {
        if (m_errorCode == SQLITE_OK)
            setError(SQLITE_MISUSE, u"statement was not prepared"_s);
        return false;
    }
    if (m_bindFailed) {
        // Keep the bind error as the reason; running with a parameter left NULL would corrupt data quietly.
        qCWarning(lcStorage).noquote() << "SQLite: not running a statement with a failed bind:"
                                       << StorageLog::sql(m_sql);
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        clearError();
        return true;
    }
    if (rc == SQLITE_DONE) {
        clearError();
        return false;
    }
    setError(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    sqlite3_reset(m_stmt);
    return false;
}

bool Statement::exec()
{
    while (step()) { }
    const bool ok = !hasError();
    if (m_stmt)
        sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    if (!m_stmt)
        return;
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
    clearError();
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    if (isNull(column))
        return {};
    // Call order matters: text first, then bytes (sqlite3_column_blob docs).
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, size) : u""_s;
}

QByteArrayView Statement::columnUtf8(int column) const
{
    if (!m_stmt)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::columnBlob(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    // A zero-length blob comes back as a null pointer; keep it distinct from SQL NULL.
    return data ? QByteArray(data, size) : QByteArray("", 0);
}

qint64 Statement::columnInt64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

int Statement::columnInt(int column) const
{
    return m_stmt ? sqlite3_column_int(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

namespace {

// Our own format, "2024-05-01T12:00:00.000Z", read without QDateTime::fromString (a 100k-run export reads 300k of
// them); anything else goes the general way.
QDateTime fastUtcTime(const unsigned char *text, int size)
{
    if (!text || size != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
        || text[19] != '.' || text[23] != 'Z')
        return {};
    const auto number = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime Statement::columnDateTime(int column) const
{
    if (m_stmt && sqlite3_column_type(m_stmt, column) == SQLITE_TEXT) {
        const QDateTime fast = fastUtcTime(sqlite3_column_text(m_stmt, column), sqlite3_column_bytes(m_stmt, column));
        if (fast.isValid())
            return fast;
    }
    const QString text = columnText(column);
    if (text.isEmpty())
        return {};
    const QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    return value.isValid() ? value.toUTC() : QDateTime();
}

bool Statement::hasError() const
{
    return m_errorCode != SQLITE_OK;
}

QString Statement::error() const
{
    return m_error;
}

int Statement::errorCode() const
{
    return m_errorCode;
}

QString Statement::sql() const
{
    return m_sql;
}

void Statement::setError(int rc, const QString &message)
{
    m_errorCode = rc;
    m_error = message;
    qCWarning(lcStorage).noquote() << "SQLite error" << rc << message << "in:" << StorageLog::sql(m_sql);
    if (m_database)
        m_database->recordError(rc, message);
}

void Statement::clearError()
{
    m_errorCode = SQLITE_OK;
    m_error.clear();
}
