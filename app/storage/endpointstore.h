// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>

#include "app/inference/endpoint.h"

class Database;

// The registry of inference endpoints (the `endpoints` table). Never holds a secret: keys live in the SecretStore
// under Endpoint::secretKey() or in the environment variable the endpoint names. Use from the creating thread only.
class EndpointStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointStore)

public:
    explicit EndpointStore(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~EndpointStore() override;
    static std::unique_ptr<EndpointStore> open(const QString &databasePath, QString *error);

    QList<Endpoint> list(); // by name
    std::optional<Endpoint> byName(const QString &name); // case-insensitive
    std::optional<Endpoint> byId(qint64 id);
    // Validates the name and URL; fails when the name is taken. Returns the new id, 0 on failure (lastError()).
    qint64 add(const Endpoint &endpoint);
    bool update(const Endpoint &endpoint); // by id
    bool remove(const QString &name); // false when there is no such endpoint
    QString lastError() const;

Q_SIGNALS:
    void changed();

private:
    bool validate(const Endpoint &endpoint);
    bool reject(const QString &error);
    bool fail(const QString &error);
    QList<Endpoint> query(const QString &where, const QVariant &value);

    std::unique_ptr<Database> m_database;
    QString m_lastError;
};
