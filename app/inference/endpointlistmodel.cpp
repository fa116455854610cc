// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/endpointlistmodel.h"

#include "app/storage/endpointstore.h"

using namespace Qt::StringLiterals;

EndpointListModel::EndpointListModel(EndpointStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &EndpointStore::changed, this, &EndpointListModel::reload);
    reload();
}

EndpointListModel::~EndpointListModel() = default;

void EndpointListModel::reload()
{
    beginResetModel();
    m_endpoints = m_store ? m_store->list() : QList<Endpoint>();
    endResetModel();
}

int EndpointListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Endpoint EndpointListModel::endpointAt(int row) const
{
    return row >= 0 && row < m_endpoints.size() ? m_endpoints.at(row) : Endpoint();
}

int EndpointListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QVariant EndpointListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint &endpoint = m_endpoints.at(index.row());
    if (role == EndpointIdRole)
        return endpoint.id;
    if (role == EndpointNameRole)
        return endpoint.name;
    if (role == Qt::ToolTipRole)
        return QString(Endpoints::kindLabel(endpoint.kind) + u"\n"_s + endpoint.url.toDisplayString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return endpoint.name;
    case KindColumn:
        return Endpoints::kindName(endpoint.kind);
    case UrlColumn:
        return endpoint.url.toDisplayString();
    case ModelColumn:
        return endpoint.defaultModel;
    case KeyColumn:
        if (!endpoint.apiKeyEnv.isEmpty())
            return QString(u"$"_s + endpoint.apiKeyEnv);
        return Endpoints::usesHfToken(endpoint.kind) ? tr("Hugging Face token") : tr("Keychain");
    default:
        return {};
    }
}

QVariant EndpointListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case UrlColumn:
        return tr("URL");
    case ModelColumn:
        return tr("Default model");
    case KeyColumn:
        return tr("Key");
    default:
        return {};
    }
}
