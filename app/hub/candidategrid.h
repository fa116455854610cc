// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "app/hub/huberror.h"
#include "app/hub/hubtypes.h"
#include "app/hub/repofiles.h"
#include "app/inference/inferenceprovider.h"

class HubClient;
struct Endpoint;

// What the candidate grid knows about one model, filled in by parts as the answers arrive. Only a failure of the
// model's info makes the whole column fail; a failed part (files, providers) leaves its rows unknown with the reason.
struct CandidateGridEntry
{
    enum class State
    {
        Loading,
        Loaded,
        Failed
    };
    // One fetch: whether it answered, whether from the cache (and how old), and why it failed.
    struct Part
    {
        bool done = false;
        bool fromCache = false;
        QDateTime fetchedAt;
        HubError error; // also set (Offline, Network, …) when the value came from the cache instead
        bool ok() const
        {
            return done && (!error.isError() || fromCache);
        }
    };

    QString repoId;
    State state = State::Loading;
    Part infoPart;
    ModelInfo info; // /api/models/{id}
    Part filesPart;
    QList<RepoFiles::GgufQuant> gguf; // ordered by size
    qint64 safetensorsBytes = -1; // the weights when there is no GGUF
    Part mappingPart;
    QList<InferenceProviderEntry> mapping; // the Hub's inferenceProviderMapping
    Part routerPart;
    bool routed = false; // the router lists the model (a 404 there means no provider serves it for chat)
    QList<ProviderOffer> offers; // the router's providers with prices

    // The oldest time any loaded part was fetched, when one came from the cache; invalid when all were fresh.
    QDateTime cachedSince() const;
    bool isOffline() const; // some part was answered from the cache because of HF_HUB_OFFLINE
};

// Loads the metadata the candidate grid compares for a list of models: the Hub's model info, its file tree (GGUF
// quantisations and their sizes), its inference provider mapping, and the router's /v1/models/{id} (providers with
// price per 1M tokens). Everything goes through the HubClient, so answers are cached and served from the cache when
// offline. Asynchronous; lives on the GUI thread. entryChanged() reports each part as it lands.
class CandidateGrid final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateGrid)

public:
    explicit CandidateGrid(HubClient *hub, QObject *parent = nullptr);
    ~CandidateGrid() override;

    // The router's OpenAI base (…/v1); default Endpoints::defaultUrl(HfRouter).
    void setRouterBase(const QUrl &base);
    QUrl routerBase() const;
    // The base of the first hf-router endpoint the user configured, else the public router.
    static QUrl routerBaseFor(const QList<Endpoint> &endpoints);

    // Starts loading these models (duplicates dropped), cancelling what was loading before.
    void load(const QStringList &repoIds);
    void refresh(); // the same models again
    void cancel();

    QStringList repoIds() const;
    int count() const;
    const CandidateGridEntry &entry(int index) const;
    bool isLoading() const;

Q_SIGNALS:
    void reset(); // a new list of models; every entry is Loading
    void entryChanged(int index);
    void finished(); // every part of every model answered

private:
    void startEntry(int index);
    void finishPart(int index, quint64 generation);
    CandidateGridEntry *entryFor(int index, quint64 generation);

    HubClient *m_hub;
    QUrl m_routerBase;
    QList<CandidateGridEntry> m_entries;
    QList<quint64> m_calls;
    quint64 m_generation = 0;
    int m_pendingParts = 0;
};
