// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/candidategrid.h"

#include <algorithm>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/hub/hubclient.h"
#include "app/inference/endpoint.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kPartsPerEntry = 4;

template <typename T>
CandidateGridEntry::Part partOf(const HubResult<T> &result)
{
    CandidateGridEntry::Part part;
    part.done = true;
    part.fromCache = result.fromCache;
    part.fetchedAt = result.fetchedAt;
    part.error = result.error;
    return part;
}

// /v1/models/{org}/{model} answers the one model object; /v1/models wraps them in {"data": […]}.
QList<ProviderOffer> routerOffers(const QByteArray &body, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QByteArray list = body;
    if (document.isObject() && !document.object().contains("data"_L1))
        list = QJsonDocument(QJsonObject{{u"data"_s, QJsonArray{document.object()}}}).toJson(QJsonDocument::Compact);
    const QList<EndpointModel> models = InferenceProvider::create(EndpointKind::HfRouter)->parseModels(list, error);
    return models.isEmpty() ? QList<ProviderOffer>() : models.constFirst().providers;
}

bool isNotFound(const HubError &error)
{
    return error.kind == HubError::Kind::NotFound || error.kind == HubError::Kind::EntryNotFound;
}

} // namespace

QDateTime CandidateGridEntry::cachedSince() const
{
    QDateTime oldest;
    for (const Part *part : {&infoPart, &filesPart, &mappingPart, &routerPart}) {
        if (part->done && part->fromCache && part->fetchedAt.isValid()
            && (!oldest.isValid() || part->fetchedAt < oldest))
            oldest = part->fetchedAt;
    }
    return oldest;
}

bool CandidateGridEntry::isOffline() const
{
    for (const Part *part : {&infoPart, &filesPart, &mappingPart, &routerPart}) {
        if (part->done && part->error.kind == HubError::Kind::Offline)
            return true;
    }
    return false;
}

CandidateGrid::CandidateGrid(HubClient *hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_routerBase(Endpoints::defaultUrl(EndpointKind::HfRouter))
{
}

CandidateGrid::~CandidateGrid()
{
    cancel();
}

void CandidateGrid::setRouterBase(const QUrl &base)
{
    m_routerBase = base;
}

QUrl CandidateGrid::routerBase() const
{
    return m_routerBase;
}

QUrl CandidateGrid::routerBaseFor(const QList<Endpoint> &endpoints)
{
    for (const Endpoint &endpoint : endpoints) {
        if (endpoint.kind == EndpointKind::HfRouter && endpoint.url.isValid())
            return Endpoints::openAiBase(endpoint.url);
    }
    return Endpoints::defaultUrl(EndpointKind::HfRouter);
}

void CandidateGrid::load(const QStringList &repoIds)
{
    cancel();
    ++m_generation;
    m_entries.clear();
    QStringList unique;
    for (const QString &id : repoIds) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
    for (const QString &id : std::as_const(unique)) {
        CandidateGridEntry entry;
        entry.repoId = id;
        m_entries.append(entry);
    }
    m_pendingParts = int(m_entries.size()) * kPartsPerEntry;
    Q_EMIT reset();
    for (int i = 0; i < m_entries.size(); ++i)
        startEntry(i);
    if (m_entries.isEmpty()) {
        // Nothing to fetch; still asynchronous, like every other load.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation && m_entries.isEmpty())
                    Q_EMIT finished();
            },
            Qt::QueuedConnection);
    }
}

void CandidateGrid::refresh()
{
    load(repoIds());
}

void CandidateGrid::cancel()
{
    const QList<quint64> calls = std::exchange(m_calls, {});
    for (quint64 id : calls)
        m_hub->cancel(id);
    m_pendingParts = 0;
}

QStringList CandidateGrid::repoIds() const
{
    QStringList ids;
    for (const CandidateGridEntry &entry : m_entries)
        ids.append(entry.repoId);
    return ids;
}

int CandidateGrid::count() const
{
    return int(m_entries.size());
}

const CandidateGridEntry &CandidateGrid::entry(int index) const
{
    return m_entries.at(index);
}

bool CandidateGrid::isLoading() const
{
    return m_pendingParts > 0;
}

CandidateGridEntry *CandidateGrid::entryFor(int index, quint64 generation)
{
    if (generation != m_generation || index < 0 || index >= m_entries.size())
        return nullptr;
    return &m_entries[index];
}

void CandidateGrid::finishPart(int index, quint64 generation)
{
    CandidateGridEntry *entry = entryFor(index, generation);
    if (!entry)
        return;
    if (entry->infoPart.done) {
        entry->state = entry->infoPart.ok() ? CandidateGridEntry::State::Loaded : CandidateGridEntry::State::Failed;
        if (entry->state == CandidateGridEntry::State::Loaded && entry->info.id.isEmpty())
            entry->info.id = entry->repoId;
    }
    Q_EMIT entryChanged(index);
    if (m_pendingParts > 0 && --m_pendingParts == 0) {
        m_calls.clear();
        Q_EMIT finished();
    }
}

void CandidateGrid::startEntry(int index)
{
    const QString id = m_entries.at(index).repoId;
    const quint64 generation = m_generation;

    m_calls.append(m_hub->modelInfo(id, {}, this, [this, index, generation](const HubResult<ModelInfo> &result) {
        if (CandidateGridEntry *entry = entryFor(index, generation)) {
            entry->infoPart = partOf(result);
            if (result.value)
                entry->info = *result.value;
        }
        finishPart(index, generation);
    }));

    m_calls.append(m_hub->listFiles(
        RepoType::Model, id, {}, this, [this, index, generation](const HubResult<QList<RepoTreeEntry>> &result) {
            if (CandidateGridEntry *entry = entryFor(index, generation)) {
                entry->filesPart = partOf(result);
                if (result.value) {
                    entry->gguf = RepoFiles::summarize(*result.value).gguf;
                    qint64 weights = 0;
                    for (const RepoTreeEntry &file : *result.value) {
                        if (!file.isDirectory && file.path.endsWith(u".safetensors"_s, Qt::CaseInsensitive))
                            weights += std::max<qint64>(0, file.size);
                    }
                    entry->safetensorsBytes = weights > 0 ? weights : -1;
                }
            }
            finishPart(index, generation);
        }));

    m_calls.append(m_hub->modelProviders(id, this, [this, index, generation](const HubResult<ModelInfo> &result) {
        if (CandidateGridEntry *entry = entryFor(index, generation)) {
            entry->mappingPart = partOf(result);
            if (result.value)
                entry->mapping = result.value->providers;
        }
        finishPart(index, generation);
    }));

    HubClient::FetchOptions options;
    options.maxBodyBytes = qint64(4) * 1024 * 1024;
    const QUrl url = Endpoints::appendPath(m_routerBase, u"models/"_s + id);
    m_calls.append(m_hub->fetch(url, options, this, [this, index, generation](const HubClient::Raw &raw) {
        if (CandidateGridEntry *entry = entryFor(index, generation)) {
            CandidateGridEntry::Part &part = entry->routerPart;
            part.done = true;
            part.fromCache = raw.fromCache;
            part.fetchedAt = raw.fetchedAt;
            part.error = raw.error;
            if (raw.ok()) {
                QString error;
                entry->offers = routerOffers(raw.body, &error);
                entry->routed = error.isEmpty();
                if (!error.isEmpty())
                    part.error = HubError::make(HubError::Kind::BadResponse, error);
            } else if (isNotFound(raw.error)) {
                part.error = {}; // the router does not list the model: no provider serves it for chat
            }
        }
        finishPart(index, generation);
    }));
}
