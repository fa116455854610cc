// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Typed Hub and dataset-viewer results. Every numeric field is -1 when the server did not send it (list items carry
// only the expanded keys), strings are empty, so "unknown" is never confused with zero.

enum class RepoType
{
    Model,
    Dataset,
    Space
};

enum class GatedMode
{
    Off, // false
    Auto, // "auto"
    Manual // "manual"
};

struct InferenceProviderEntry
{
    QString provider; // "together", "hf-inference", …
    QString status; // "live", "staging", "error"
    QString providerId; // the provider's own model id
    QString task;
    QString adapter;
};

struct EvalResult // one metric of one result in `model-index`
{
    QString modelName;
    QString taskType;
    QString taskName;
    QString datasetName;
    QString datasetType;
    QString datasetConfig;
    QString datasetSplit;
    QString metricType;
    QString metricName;
    QJsonValue value; // number or string as sent
    bool verified = false;
    QString sourceName;
    QString sourceUrl;
};

struct SiblingFile
{
    QString path; // rfilename
    qint64 size = -1; // only with blobs=true
    QString lfsSha256;
};

struct RepoInfo // the fields models and datasets share
{
    QString objectId; // _id: stable across renames
    QString id; // "owner/name"
    QString author;
    QString sha;
    QDateTime lastModified;
    QDateTime createdAt;
    bool isPrivate = false;
    bool disabled = false;
    GatedMode gated = GatedMode::Off;
    qint64 downloads = -1; // last 30 days
    qint64 downloadsAllTime = -1;
    qint64 likes = -1;
    qint64 trendingScore = -1;
    qint64 usedStorage = -1;
    QStringList tags;
    QList<SiblingFile> siblings;
    QJsonObject cardData; // README front matter as parsed by the Hub
    QString license; // cardData.license (first if a list), else the `license:` tag
    QStringList languages;
};

struct ModelInfo : RepoInfo
{
    QString pipelineTag;
    QString libraryName;
    QString inference; // "warm" or empty
    qint64 parameters = -1; // safetensors.total, else gguf.total
    QMap<QString, qint64> parametersByDtype; // safetensors.parameters
    QStringList architectures; // config.architectures
    QString modelType; // config.model_type
    int contextLength = -1; // gguf.context_length, else config max_position_embeddings & co. when sent
    bool hasChatTemplate = false;
    QStringList baseModels; // cardData.base_model
    QStringList datasets; // cardData.datasets
    QStringList spaces;
    QList<InferenceProviderEntry> providers; // inferenceProviderMapping, object or list form
    QList<EvalResult> evalResults; // model-index; a malformed one is skipped, never fatal
    QJsonObject gguf;
};

struct DatasetInfo : RepoInfo
{
    QString description;
    QString citation;
    QString prettyName; // cardData.pretty_name
    QString paperswithcodeId;
    QStringList taskCategories;
    QStringList sizeCategories;
    qint64 mainSize = -1;
};

struct RepoTreeEntry
{
    bool isDirectory = false;
    QString path;
    QString oid; // git blob sha1
    qint64 size = -1; // the real size (LFS size for LFS files), 0 for directories
    QString lfsSha256;
    qint64 lfsPointerSize = -1;
    QString xetHash;
    QString lastCommitId;
    QString lastCommitTitle;
    QDateTime lastCommitDate;
};

struct WhoAmI
{
    QString type; // "user", "org", "app"
    QString name;
    QString fullname;
    QString email;
    bool isPro = false;
    QStringList orgs;
    QString tokenName;
    QString tokenRole; // "read", "write", "fineGrained"
};

// Dataset viewer

struct DvValidity
{
    bool preview = false;
    bool viewer = false;
    bool search = false;
    bool filter = false;
    bool statistics = false;
};

struct DvSplit
{
    QString dataset;
    QString config;
    QString split;
};

struct DvSplits
{
    QList<DvSplit> splits;
    QList<QPair<QString, QString>> failed; // config, error message
    bool pending = false;
};

struct DvFeature
{
    int index = -1;
    QString name;
    QString typeName; // readable: "string", "int64", "ClassLabel(2)", "List<string>", "Image", "Audio", "{a, b}"
    QStringList classNames; // ClassLabel names
    QJsonValue type; // the raw feature type
};

struct DvRow
{
    qint64 rowIndex = -1;
    QJsonObject cells;
    QStringList truncatedCells;
};

struct DvRows // /rows, /first-rows, /search and /filter
{
    QString dataset;
    QString config;
    QString split;
    QList<DvFeature> features;
    QList<DvRow> rows;
    qint64 numRowsTotal = -1;
    int numRowsPerPage = -1;
    bool partial = false;
    bool truncated = false;
};

struct DvSizeEntry
{
    QString config; // empty for the dataset total
    QString split; // empty for a config total
    qint64 numRows = -1;
    qint64 numBytesOriginalFiles = -1;
    qint64 numBytesParquetFiles = -1;
    qint64 numBytesMemory = -1;
};

struct DvSize
{
    DvSizeEntry dataset;
    QList<DvSizeEntry> configs;
    QList<DvSizeEntry> splits;
    bool partial = false;
};

struct DvConfigInfo // one config of /info
{
    QString config;
    QString description;
    QString license;
    QString homepage;
    QList<DvFeature> features;
    QList<DvSizeEntry> splits; // name in `split`, num_examples in numRows, num_bytes in numBytesMemory
    qint64 downloadSize = -1;
    qint64 datasetSize = -1;
};

struct DvInfo
{
    QList<DvConfigInfo> configs;
    bool partial = false;
};

Q_DECLARE_METATYPE(ModelInfo)
Q_DECLARE_METATYPE(DatasetInfo)
