// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/endpointstore.h"

#include <QVariant>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/statement.h"

using namespace Qt::StringLiterals;

namespace {

const QString Columns = u"id, name, kind, base_url, default_model, api_key_env, price_input, price_output, "
                        "startup_wait_s, idle_timeout_s, created_at"_s;

Endpoint endpointFrom(const Statement &row)
{
    Endpoint endpoint;
    endpoint.id = row.columnInt64(0);
    endpoint.name = row.columnText(1);
    endpoint.kind = Endpoints::kindFromName(row.columnText(2)).value_or(EndpointKind::OpenAi);
    endpoint.url = QUrl(row.columnText(3));
    endpoint.defaultModel = row.columnText(4);
    endpoint.apiKeyEnv = row.columnText(5);
    if (!row.isNull(6))
        endpoint.priceInputPerMillion = row.columnDouble(6);
    if (!row.isNull(7))
        endpoint.priceOutputPerMillion = row.columnDouble(7);
    endpoint.startupWaitSeconds = row.columnInt(8);
    endpoint.idleTimeoutSeconds = row.columnInt(9);
    endpoint.createdAt = row.columnDateTime(10);
    return endpoint;
}

void bindOptional(Statement &statement, int index, const std::optional<double> &value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index, nullptr);
}

void bindText(Statement &statement, int index, const QString &value)
{
    if (value.isEmpty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, value);
}

} // namespace

EndpointStore::EndpointStore(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

EndpointStore::~EndpointStore() = default;

std::unique_ptr<EndpointStore> EndpointStore::open(const QString &databasePath, QString *error)
{
    std::unique_ptr<Database> database = Database::open(databasePath, error);
    if (!database)
        return nullptr;
    return std::make_unique<EndpointStore>(std::move(database));
}

QString EndpointStore::lastError() const
{
    return m_lastError;
}

bool EndpointStore::reject(const QString &error)
{
    m_lastError = error; // the user's input, not a fault: no warning
    return false;
}

bool EndpointStore::fail(const QString &error)
{
    m_lastError = error;
    qCWarning(lcStorage).noquote() << "endpoints:" << error;
    return false;
}

QList<Endpoint> EndpointStore::query(const QString &where, const QVariant &value)
{
    Statement select =
        m_database->prepare(u"SELECT %1 FROM endpoints %2 ORDER BY name COLLATE NOCASE"_s.arg(Columns, where));
    if (value.typeId() == QMetaType::QString)
        select.bind(1, value.toString());
    else if (value.isValid())
        select.bind(1, value.toLongLong());
    QList<Endpoint> endpoints;
    while (select.step())
        endpoints.append(endpointFrom(select));
    if (select.hasError())
        fail(select.error());
    return endpoints;
}

QList<Endpoint> EndpointStore::list()
{
    return query(QString(), QVariant());
}

std::optional<Endpoint> EndpointStore::byName(const QString &name)
{
    const QList<Endpoint> found = query(u"WHERE name = ?1"_s, QVariant(name.trimmed()));
    return found.isEmpty() ? std::nullopt : std::optional<Endpoint>(found.first());
}

std::optional<Endpoint> EndpointStore::byId(qint64 id)
{
    const QList<Endpoint> found = query(u"WHERE id = ?1"_s, QVariant(id));
    return found.isEmpty() ? std::nullopt : std::optional<Endpoint>(found.first());
}

bool EndpointStore::validate(const Endpoint &endpoint)
{
    if (!Endpoints::isValidName(endpoint.name))
        return reject(tr("“%1” is not a valid endpoint name: use letters, digits, '.', '-' or '_' (up to 64)")
                          .arg(endpoint.name));
    QString why;
    if (!Endpoints::isValidUrl(endpoint.url, &why))
        return reject(tr("Endpoint %1: %2").arg(endpoint.name, why));
    if (endpoint.startupWaitSeconds < 0 || endpoint.idleTimeoutSeconds < 1)
        return reject(tr("Endpoint %1: the timeouts must be positive").arg(endpoint.name));
    return true;
}

qint64 EndpointStore::add(const Endpoint &endpoint)
{
    if (!validate(endpoint))
        return 0;
    if (byName(endpoint.name)) {
        reject(tr("An endpoint named “%1” already exists").arg(endpoint.name));
        return 0;
    }
    Statement insert = m_database->prepare(
        u"INSERT INTO endpoints (name, kind, base_url, default_model, api_key_env, price_input, price_output, "
        "startup_wait_s, idle_timeout_s, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s);
    insert.bind(1, endpoint.name.trimmed());
    insert.bind(2, Endpoints::kindName(endpoint.kind));
    insert.bind(3, endpoint.url.toString(QUrl::FullyEncoded));
    bindText(insert, 4, endpoint.defaultModel);
    bindText(insert, 5, endpoint.apiKeyEnv);
    bindOptional(insert, 6, endpoint.priceInputPerMillion);
    bindOptional(insert, 7, endpoint.priceOutputPerMillion);
    insert.bind(8, endpoint.startupWaitSeconds);
    insert.bind(9, endpoint.idleTimeoutSeconds);
    insert.bind(10, endpoint.createdAt.isValid() ? endpoint.createdAt : QDateTime::currentDateTimeUtc());
    if (!insert.exec()) {
        fail(insert.error());
        return 0;
    }
    const qint64 id = m_database->lastInsertId();
    m_lastError.clear();
    Q_EMIT changed();
    return id;
}

bool EndpointStore::update(const Endpoint &endpoint)
{
    if (!validate(endpoint))
        return false;
    const std::optional<Endpoint> clash = byName(endpoint.name);
    if (clash && clash->id != endpoint.id)
        return reject(tr("An endpoint named “%1” already exists").arg(endpoint.name));
    Statement update = m_database->prepare(
        u"UPDATE endpoints SET name = ?1, kind = ?2, base_url = ?3, default_model = ?4, api_key_env = ?5, "
        "price_input = ?6, price_output = ?7, startup_wait_s = ?8, idle_timeout_s = ?9 WHERE id = ?10"_s);
    update.bind(1, endpoint.name.trimmed());
    update.bind(2, Endpoints::kindName(endpoint.kind));
    update.bind(3, endpoint.url.toString(QUrl::FullyEncoded));
    bindText(update, 4, endpoint.defaultModel);
    bindText(update, 5, endpoint.apiKeyEnv);
    bindOptional(update, 6, endpoint.priceInputPerMillion);
    bindOptional(update, 7, endpoint.priceOutputPerMillion);
    update.bind(8, endpoint.startupWaitSeconds);
    update.bind(9, endpoint.idleTimeoutSeconds);
    update.bind(10, endpoint.id);
    if (!update.exec())
        return fail(update.error());
    if (m_database->changes() == 0)
        return reject(tr("No endpoint with id %1").arg(endpoint.id));
    m_lastError.clear();
    Q_EMIT changed();
    return true;
}

bool EndpointStore::remove(const QString &name)
{
    Statement remove = m_database->prepare(u"DELETE FROM endpoints WHERE name = ?1"_s);
    remove.bind(1, name.trimmed());
    if (!remove.exec())
        return fail(remove.error());
    if (m_database->changes() == 0)
        return reject(tr("No endpoint named “%1”").arg(name));
    m_lastError.clear();
    Q_EMIT changed();
    return true;
}
