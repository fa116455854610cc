// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/hubcache.h"

#include <QFuture>
#include <QPointer>
#include <QtConcurrent>

HubCache::HubCache(std::unique_ptr<ResponseCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
    m_pool.setMaxThreadCount(1); // one connection, one writer: keeps the order of writes
    m_pool.setExpiryTimeout(-1);
}

HubCache::~HubCache()
{
    m_pool.waitForDone();
}

std::unique_ptr<HubCache> HubCache::open(const QString &databasePath, QString *error)
{
    std::unique_ptr<ResponseCache> cache = ResponseCache::open(databasePath, error);
    if (!cache)
        return nullptr;
    return std::make_unique<HubCache>(std::move(cache));
}

void HubCache::lookup(const QByteArray &key, QObject *context, std::function<void(std::optional<CachedResponse>)> done)
{
    std::shared_ptr<ResponseCache> cache = m_cache;
    QtConcurrent::run(&m_pool, [cache, key] {
        return cache->lookup(key);
    }).then(context, [done = std::move(done)](const std::optional<CachedResponse> &response) { done(response); });
}

void HubCache::store(const CachedResponse &response)
{
    std::shared_ptr<ResponseCache> cache = m_cache;
    m_pool.start([cache, response] { cache->store(response); });
}

void HubCache::touch(const QByteArray &key, const QDateTime &fetchedAt)
{
    std::shared_ptr<ResponseCache> cache = m_cache;
    m_pool.start([cache, key, fetchedAt] { cache->touch(key, fetchedAt); });
}

void HubCache::statistics(QObject *context, std::function<void(qint64, qint64)> done)
{
    std::shared_ptr<ResponseCache> cache = m_cache;
    QtConcurrent::run(&m_pool, [cache] {
        return qMakePair(cache->totalBytes(), cache->entryCount());
    }).then(context, [done = std::move(done)](const QPair<qint64, qint64> &stats) { done(stats.first, stats.second); });
}

void HubCache::clear(QObject *context, std::function<void(bool)> done)
{
    std::shared_ptr<ResponseCache> cache = m_cache;
    QtConcurrent::run(&m_pool, [cache] { return cache->clear(); }).then(context, [done = std::move(done)](bool ok) {
        done(ok);
    });
}

void HubCache::setMaxBytes(qint64 bytes)
{
    std::shared_ptr<ResponseCache> cache = m_cache;
    m_pool.start([cache, bytes] { cache->setMaxBytes(bytes); });
}

void HubCache::waitForDone()
{
    m_pool.waitForDone();
}
