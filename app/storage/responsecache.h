// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QString>

class Database;

struct CachedResponse
{
    QByteArray url; // cache key (a URL without secrets), verbatim
    int status = 0;
    QByteArray etag; // as sent by the server, may be empty
    QByteArray contentType;
    QByteArray linkHeader; // the Link header (pagination), may be empty
    QByteArray body;
    QDateTime fetchedAt; // UTC, when last confirmed by the server (200 or 304)
};

// The Hub client's HTTP response cache: what was seen before can be shown offline with its age and revalidated
// with its ETag. Thread-safe: every call may come from any thread (the Hub client calls it from QtConcurrent
// workers so the UI thread never touches disk); it owns its own connection, serialized by a mutex. Other processes
// (the CLI) may use the same file at the same time; SQLite's locking and the busy timeout handle that.
//
// Size cap: an entry counts url + etag + content type + Link header + body bytes. store() evicts the least recently
// accessed entries (store, touch and lookup all count as access) until the total is within maxBytes; an entry
// larger than the whole cap is therefore not kept. Failures are logged to hublens.storage and reported as
// false / std::nullopt / -1, never thrown.
class ResponseCache final
{
    Q_DISABLE_COPY_MOVE(ResponseCache)

public:
    static constexpr qint64 DefaultMaxBytes = qint64(256) * 1024 * 1024;

    // Opens (and creates or migrates) the database at databasePath. nullptr and *error set on failure.
    static std::unique_ptr<ResponseCache> open(const QString &databasePath, QString *error);
    ~ResponseCache();

    std::optional<CachedResponse> lookup(const QByteArray &url); // also records the access
    bool store(const CachedResponse &response); // insert or replace; also enforces the size cap (LRU by last access)
    bool touch(const QByteArray &url, const QDateTime &fetchedAt); // after a 304; false if url is not cached
    qint64 totalBytes();
    qint64 entryCount();
    bool clear();
    void setMaxBytes(qint64 bytes); // default 256 MiB; oldest-accessed entries are evicted past it (also right away)
    qint64 maxBytes();

private:
    explicit ResponseCache(std::unique_ptr<Database> database);
    bool evictLocked();

    QMutex m_mutex;
    std::unique_ptr<Database> m_database;
    qint64 m_maxBytes = DefaultMaxBytes;
};
