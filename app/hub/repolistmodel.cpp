// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/repolistmodel.h"

#include "app/core/format.h"

using namespace Qt::StringLiterals;

RepoListModel::RepoListModel(HubClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

RepoListModel::~RepoListModel()
{
    if (m_call)
        m_client->cancel(m_call);
}

void RepoListModel::setQuery(const HubListQuery &query)
{
    if (m_call) {
        m_client->cancel(m_call);
        m_call = 0;
    }
    beginResetModel();
    m_query = query;
    m_models.clear();
    m_datasets.clear();
    m_next = QUrl();
    m_error = HubError();
    m_fromCache = false;
    m_fetchedAt = QDateTime();
    m_pages = 0;
    endResetModel();
    request(m_client->listUrl(m_query));
}

void RepoListModel::reload()
{
    setQuery(m_query);
}

void RepoListModel::retry()
{
    if (m_loading || !m_pending.isValid())
        return;
    request(m_pending);
}

void RepoListModel::request(const QUrl &url)
{
    m_pending = url;
    m_error = HubError();
    m_failed = false;
    setLoading(true);
    if (m_query.type == RepoType::Dataset) {
        m_call = m_client->listDatasetsPage(
            url, this, [this](const HubResult<QList<DatasetInfo>> &result) { handlePage(result, m_datasets); });
    } else {
        m_call = m_client->listModelsPage(
            url, this, [this](const HubResult<QList<ModelInfo>> &result) { handlePage(result, m_models); });
    }
}

template <typename T>
void RepoListModel::handlePage(const HubResult<QList<T>> &result, QList<T> &target)
{
    m_call = 0;
    m_error = result.error;
    if (result.ok()) {
        m_fromCache = m_fromCache || result.fromCache;
        if (result.fetchedAt.isValid() && (!m_fetchedAt.isValid() || result.fetchedAt < m_fetchedAt))
            m_fetchedAt = result.fetchedAt;
        const QList<T> &page = *result.value;
        // An empty page ends the listing even if the server still sent a next link.
        m_next = page.isEmpty() ? QUrl() : result.nextPage;
        ++m_pages;
        if (!page.isEmpty()) {
            const int first = static_cast<int>(target.size());
            beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
            target.append(page);
            endInsertRows();
        }
        setLoading(false);
        Q_EMIT pageLoaded(static_cast<int>(page.size()));
        if (result.error.isError())
            Q_EMIT errorOccurred(result.error); // served from the cache: say why
    } else {
        m_failed = true;
        setLoading(false);
        Q_EMIT errorOccurred(result.error);
    }
    Q_EMIT stateChanged();
}

void RepoListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int RepoListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_query.type == RepoType::Dataset ? m_datasets.size() : m_models.size());
}

int RepoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RepoInfo *RepoListModel::repoAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (m_query.type == RepoType::Dataset)
        return &m_datasets.at(row);
    return &m_models.at(row);
}

const ModelInfo *RepoListModel::modelAt(int row) const
{
    if (m_query.type == RepoType::Dataset || row < 0 || row >= m_models.size())
        return nullptr;
    return &m_models.at(row);
}

const DatasetInfo *RepoListModel::datasetAt(int row) const
{
    if (m_query.type != RepoType::Dataset || row < 0 || row >= m_datasets.size())
        return nullptr;
    return &m_datasets.at(row);
}

namespace {

QString taskOf(const RepoInfo &repo, const ModelInfo *model)
{
    if (model)
        return model->pipelineTag;
    for (const QString &tag : repo.tags) {
        if (tag.startsWith(u"task_categories:"_s))
            return tag.mid(16);
    }
    return {};
}

} // namespace

QVariant RepoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RepoInfo *repo = repoAt(index.row());
    const ModelInfo *model = modelAt(index.row());
    switch (role) {
    case RepoIdRole:
        return repo->id;
    case RepoTypeRole:
        return static_cast<int>(m_query.type);
    case GatedRole:
        return static_cast<int>(repo->gated);
    case PrivateRole:
        return repo->isPrivate;
    case ProviderCountRole: {
        int live = 0;
        if (model) {
            for (const InferenceProviderEntry &entry : model->providers)
                live += entry.status == u"live"_s ? 1 : 0;
        }
        return live;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == DownloadsColumn || index.column() == LikesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case IdColumn:
            return repo->id;
        case TaskColumn:
            return taskOf(*repo, model);
        case DownloadsColumn:
            return Format::compactCount(repo->downloads);
        case LikesColumn:
            return Format::compactCount(repo->likes);
        case ModifiedColumn:
            return Format::relativeTime(repo->lastModified);
        case LicenseColumn:
            return repo->license;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case IdColumn:
            return repo->id;
        case DownloadsColumn:
            return repo->downloads < 0 ? QVariant() : QVariant(QLocale().toString(repo->downloads));
        case LikesColumn:
            return repo->likes < 0 ? QVariant() : QVariant(QLocale().toString(repo->likes));
        case ModifiedColumn:
            return repo->lastModified.isValid()
                ? QVariant(QLocale().toString(repo->lastModified.toLocalTime(), QLocale::LongFormat))
                : QVariant();
        default:
            return {};
        }
    }
    if (role == SortValueRole) {
        switch (column) {
        case IdColumn:
            return repo->id;
        case TaskColumn:
            return taskOf(*repo, model);
        case DownloadsColumn:
            return repo->downloads;
        case LikesColumn:
            return repo->likes;
        case ModifiedColumn:
            return repo->lastModified;
        case LicenseColumn:
            return repo->license;
        default:
            return {};
        }
    }
    return {};
}

QVariant RepoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == DownloadsColumn || section == LikesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Repository");
    case TaskColumn:
        return m_query.type == RepoType::Dataset ? tr("Task category") : tr("Task");
    case DownloadsColumn:
        return tr("Downloads");
    case LikesColumn:
        return tr("Likes");
    case ModifiedColumn:
        return tr("Updated");
    case LicenseColumn:
        return tr("License");
    default:
        return {};
    }
}

bool RepoListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.isValid() && !m_loading && !m_failed;
}

void RepoListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_next);
}
