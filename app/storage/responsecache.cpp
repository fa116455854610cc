// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/responsecache.h"

#include <utility>

#include <QMutexLocker>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace {

qint64 entrySize(const CachedResponse &response)
{
    return response.url.size() + response.etag.size() + response.contentType.size() + response.linkHeader.size()
        + response.body.size();
}

// The next value of the LRU counter; evaluated inside the writing statement, so it is consistent even when another
// process writes to the same file.
constexpr auto NextAccessSeq = "(SELECT COALESCE(MAX(access_seq), 0) + 1 FROM response_cache)";

} // namespace

ResponseCache::ResponseCache(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{
}

ResponseCache::~ResponseCache() = default;

std::unique_ptr<ResponseCache> ResponseCache::open(const QString &databasePath, QString *error)
{
    std::unique_ptr<Database> database = Database::open(databasePath, error);
    if (!database)
        return nullptr;
    return std::unique_ptr<ResponseCache>(new ResponseCache(std::move(database)));
}

std::optional<CachedResponse> ResponseCache::lookup(const QByteArray &url)
{
    const QMutexLocker locker(&m_mutex);
    Statement select = m_database->prepare(
        u"SELECT status, etag, content_type, link_header, body, fetched_at FROM response_cache WHERE url = :url"_s);
    select.bind(u":url"_s, url);
    if (!select.step())
        return std::nullopt; // not cached, or an error (already logged)

    CachedResponse response;
    response.url = url;
    response.status = select.columnInt(0);
    response.etag = select.columnBlob(1);
    response.contentType = select.columnBlob(2);
    response.linkHeader = select.columnBlob(3);
    response.body = select.columnBlob(4);
    response.fetchedAt = select.columnDateTime(5);
    select = Statement(); // finish the read before writing

    // Recording the access is best effort: a failure (logged) must not hide a good cached response.
    Statement update = m_database->prepare(u"UPDATE response_cache SET last_access = :now, access_seq = "_s
        + QLatin1StringView(NextAccessSeq) + u" WHERE url = :url"_s);
    update.bind(u":now"_s, QDateTime::currentDateTimeUtc());
    update.bind(u":url"_s, url);
    update.exec();
    return response;
}

bool ResponseCache::store(const CachedResponse &response)
{
    if (response.url.isEmpty()) {
        qCWarning(lcStorage) << "ResponseCache: refusing to store a response without a URL";
        return false;
    }
    const QMutexLocker locker(&m_mutex);
    Transaction transaction(*m_database);
    if (!transaction.isActive())
        return false;

    Statement upsert = m_database->prepare(
        u"INSERT INTO response_cache (url, status, etag, content_type, link_header, fetched_at, last_access, "
        "access_seq, size, body) VALUES (:url, :status, :etag, :contentType, :link, :fetchedAt, :now, "_s
        + QLatin1StringView(NextAccessSeq)
        + u", :size, :body) ON CONFLICT (url) DO UPDATE SET status = excluded.status, etag = excluded.etag, "
          "content_type = excluded.content_type, link_header = excluded.link_header, fetched_at = excluded.fetched_at, "
          "last_access = excluded.last_access, access_seq = excluded.access_seq, size = excluded.size, "
          "body = excluded.body"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    upsert.bind(u":url"_s, response.url);
    upsert.bind(u":status"_s, response.status);
    upsert.bind(u":etag"_s, response.etag);
    upsert.bind(u":contentType"_s, response.contentType);
    upsert.bind(u":link"_s, response.linkHeader);
    // A response without a time was just fetched.
    upsert.bind(u":fetchedAt"_s, response.fetchedAt.isValid() ? response.fetchedAt : now);
    upsert.bind(u":now"_s, now);
    upsert.bind(u":size"_s, entrySize(response));
    // Never store NULL for an empty body: the column is NOT NULL and "" is a valid body.
    upsert.bind(u":body"_s, response.body.isNull() ? QByteArray("", 0) : response.body);
    if (!upsert.exec())
        return false;
    if (!evictLocked())
        return false;
    return transaction.commit();
}

bool ResponseCache::touch(const QByteArray &url, const QDateTime &fetchedAt)
{
    const QMutexLocker locker(&m_mutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Statement update = m_database->prepare(u"UPDATE response_cache SET fetched_at = :fetchedAt, last_access = :now, "
                                           "access_seq = "_s
        + QLatin1StringView(NextAccessSeq) + u" WHERE url = :url"_s);
    update.bind(u":fetchedAt"_s, fetchedAt.isValid() ? fetchedAt : now);
    update.bind(u":now"_s, now);
    update.bind(u":url"_s, url);
    if (!update.exec())
        return false;
    return m_database->changes() > 0;
}

qint64 ResponseCache::totalBytes()
{
    const QMutexLocker locker(&m_mutex);
    Statement sum = m_database->prepare(u"SELECT COALESCE(SUM(size), 0) FROM response_cache"_s);
    return sum.step() ? sum.columnInt64(0) : -1;
}

qint64 ResponseCache::entryCount()
{
    const QMutexLocker locker(&m_mutex);
    Statement count = m_database->prepare(u"SELECT COUNT(*) FROM response_cache"_s);
    return count.step() ? count.columnInt64(0) : -1;
}

bool ResponseCache::clear()
{
    const QMutexLocker locker(&m_mutex);
    return m_database->exec(u"DELETE FROM response_cache"_s);
}

void ResponseCache::setMaxBytes(qint64 bytes)
{
    const QMutexLocker locker(&m_mutex);
    m_maxBytes = qMax<qint64>(0, bytes);
    evictLocked();
}

qint64 ResponseCache::maxBytes()
{
    const QMutexLocker locker(&m_mutex);
    return m_maxBytes;
}

bool ResponseCache::evictLocked()
{
    // Keep the most recently accessed entries whose running total fits; drop the rest. An entry larger than the whole
    // cap goes first and does not count, so it cannot push everything else out. The window runs over the
    // (access_seq, size) index only.
    Statement evict = m_database->prepare(
        u"DELETE FROM response_cache WHERE size > :max OR id IN (SELECT id FROM (SELECT id, SUM(size) OVER "
        "(ORDER BY access_seq DESC ROWS UNBOUNDED PRECEDING) AS running FROM response_cache WHERE size <= :max) "
        "WHERE running > :max)"_s);
    evict.bind(u":max"_s, m_maxBytes);
    if (!evict.exec())
        return false;
    if (const int evicted = m_database->changes(); evicted > 0)
        qCDebug(lcStorage) << "ResponseCache: evicted" << evicted << "entries to stay within" << m_maxBytes << "bytes";
    return true;
}
