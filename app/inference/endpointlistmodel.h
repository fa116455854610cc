// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "app/inference/endpoint.h"

class EndpointStore;

// The endpoint registry as a table (name, kind, URL, default model, key source), refreshed when the store changes.
class EndpointListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointListModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        UrlColumn,
        ModelColumn,
        KeyColumn,
        ColumnCount
    };
    enum Role
    {
        EndpointIdRole = Qt::UserRole + 1,
        EndpointNameRole
    };

    explicit EndpointListModel(EndpointStore *store, QObject *parent = nullptr);
    ~EndpointListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Endpoint endpointAt(int row) const;
    int rowOf(const QString &name) const; // -1 when absent
    void reload();

private:
    EndpointStore *m_store;
    QList<Endpoint> m_endpoints;
};
