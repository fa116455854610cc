// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QThreadPool>

#include "app/storage/responsecache.h"

// Asynchronous front of the ResponseCache for the Hub client: every lookup and write runs on one worker thread, so
// the UI thread never touches the disk. Results come back on the caller's thread, unless `context` died first.
class HubCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubCache)

public:
    explicit HubCache(std::unique_ptr<ResponseCache> cache, QObject *parent = nullptr);
    ~HubCache() override;

    static std::unique_ptr<HubCache> open(const QString &databasePath, QString *error);

    void lookup(const QByteArray &key, QObject *context, std::function<void(std::optional<CachedResponse>)> done);
    void store(const CachedResponse &response);
    void touch(const QByteArray &key, const QDateTime &fetchedAt);
    // Statistics and maintenance, delivered like lookup().
    void statistics(QObject *context, std::function<void(qint64 bytes, qint64 entries)> done);
    void clear(QObject *context, std::function<void(bool ok)> done);
    void setMaxBytes(qint64 bytes);
    // Blocks until queued writes are done (shutdown and tests only).
    void waitForDone();

private:
    std::shared_ptr<ResponseCache> m_cache;
    QThreadPool m_pool;
};
