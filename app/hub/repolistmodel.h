// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include "app/hub/hubclient.h"

// Search results of the Hub as a lazily filled table: setQuery() loads the first page, and views pull further pages
// through canFetchMore()/fetchMore(), which follow the cursor in the Link header. Models or datasets, one at a time.
// Lives on the GUI thread; all network work is asynchronous.
class RepoListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepoListModel)

public:
    enum Column
    {
        IdColumn,
        TaskColumn,
        DownloadsColumn,
        LikesColumn,
        ModifiedColumn,
        LicenseColumn,
        ColumnCount
    };
    enum Role
    {
        RepoIdRole = Qt::UserRole,
        RepoTypeRole, // int(RepoType)
        GatedRole, // int(GatedMode)
        ProviderCountRole, // live inference providers
        SortValueRole, // the raw number or date behind a column
        PrivateRole
    };

    explicit RepoListModel(HubClient *client, QObject *parent = nullptr);
    ~RepoListModel() override;

    void setQuery(const HubListQuery &query);
    const HubListQuery &query() const
    {
        return m_query;
    }
    void reload(); // the same query again, from the first page
    void retry(); // after an error: the failed page again

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    const RepoInfo *repoAt(int row) const;
    const ModelInfo *modelAt(int row) const; // null for datasets
    const DatasetInfo *datasetAt(int row) const; // null for models
    bool isLoading() const
    {
        return m_loading;
    }
    bool hasMore() const
    {
        return m_next.isValid();
    }
    const HubError &lastError() const
    {
        return m_error;
    }
    bool isFromCache() const
    {
        return m_fromCache;
    }
    QDateTime fetchedAt() const
    {
        return m_fetchedAt;
    }
    int pagesLoaded() const
    {
        return m_pages;
    }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void errorOccurred(const HubError &error); // also emitted for a cached answer, with fromCache set
    void stateChanged(); // count, hasMore, cache state

private:
    void request(const QUrl &url);
    template <typename T>
    void handlePage(const HubResult<QList<T>> &result, QList<T> &target);
    void setLoading(bool loading);

    HubClient *m_client;
    HubListQuery m_query;
    QList<ModelInfo> m_models;
    QList<DatasetInfo> m_datasets;
    QUrl m_next;
    QUrl m_pending; // the page being (or last) requested, for retry()
    HubClient::CallId m_call = 0;
    bool m_loading = false;
    bool m_failed = false; // the last page request failed: no fetchMore() until retry()
    HubError m_error;
    bool m_fromCache = false;
    QDateTime m_fetchedAt;
    int m_pages = 0;
};
