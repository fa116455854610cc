// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clijson.h"

#include <QJsonArray>

#include "app/core/format.h"

using namespace Qt::StringLiterals;

namespace CliJson {

namespace {

QJsonValue number(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue date(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue gated(GatedMode mode)
{
    switch (mode) {
    case GatedMode::Off:
        return false;
    case GatedMode::Auto:
        return u"auto"_s;
    case GatedMode::Manual:
        return u"manual"_s;
    }
    return false;
}

} // namespace

QString gatedName(GatedMode mode)
{
    const QJsonValue value = gated(mode);
    return value.isBool() ? u"false"_s : value.toString();
}

QJsonObject repoSummary(const RepoInfo &repo)
{
    QJsonObject object;
    object[u"id"_s] = repo.id;
    object[u"author"_s] = text(repo.author);
    object[u"downloads"_s] = number(repo.downloads);
    object[u"likes"_s] = number(repo.likes);
    object[u"trendingScore"_s] = number(repo.trendingScore);
    object[u"lastModified"_s] = date(repo.lastModified);
    object[u"createdAt"_s] = date(repo.createdAt);
    object[u"gated"_s] = gated(repo.gated);
    object[u"private"_s] = repo.isPrivate;
    object[u"tags"_s] = QJsonArray::fromStringList(repo.tags);
    object[u"sha"_s] = text(repo.sha);
    object[u"license"_s] = text(repo.license);
    return object;
}

QJsonObject modelSummary(const ModelInfo &model)
{
    QJsonObject object = repoSummary(model);
    object[u"pipeline_tag"_s] = text(model.pipelineTag);
    object[u"library_name"_s] = text(model.libraryName);
    object[u"parameters"_s] = number(model.parameters);
    QJsonArray providers;
    for (const InferenceProviderEntry &entry : model.providers) {
        providers.append(QJsonObject{{u"provider"_s, entry.provider}, {u"status"_s, text(entry.status)},
            {u"providerId"_s, text(entry.providerId)}, {u"task"_s, text(entry.task)}});
    }
    object[u"inferenceProviders"_s] = providers;
    return object;
}

QJsonObject datasetSummary(const DatasetInfo &dataset)
{
    return repoSummary(dataset);
}

QJsonObject modelDetail(const ModelInfo &model)
{
    QJsonObject object = modelSummary(model);
    object[u"downloadsAllTime"_s] = number(model.downloadsAllTime);
    object[u"disabled"_s] = model.disabled;
    object[u"inference"_s] = text(model.inference);
    object[u"architectures"_s] = QJsonArray::fromStringList(model.architectures);
    object[u"model_type"_s] = text(model.modelType);
    object[u"context_length"_s] =
        model.contextLength < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(model.contextLength);
    object[u"chat_template"_s] = model.hasChatTemplate;
    object[u"base_models"_s] = QJsonArray::fromStringList(model.baseModels);
    object[u"datasets"_s] = QJsonArray::fromStringList(model.datasets);
    object[u"languages"_s] = QJsonArray::fromStringList(model.languages);
    object[u"usedStorage"_s] = number(model.usedStorage);
    QJsonObject byDtype;
    for (auto it = model.parametersByDtype.cbegin(); it != model.parametersByDtype.cend(); ++it)
        byDtype[it.key()] = it.value();
    object[u"parameters_by_dtype"_s] = byDtype;
    QJsonArray evals;
    for (const EvalResult &result : model.evalResults) {
        evals.append(QJsonObject{{u"task"_s, text(result.taskType)}, {u"dataset"_s, text(result.datasetName)},
            {u"dataset_type"_s, text(result.datasetType)}, {u"split"_s, text(result.datasetSplit)},
            {u"metric"_s, text(result.metricName.isEmpty() ? result.metricType : result.metricName)},
            {u"value"_s, result.value}, {u"verified"_s, result.verified}, {u"source"_s, text(result.sourceUrl)}});
    }
    object[u"eval_results"_s] = evals;
    QJsonArray files;
    for (const SiblingFile &file : model.siblings)
        files.append(file.path);
    object[u"siblings"_s] = files;
    object[u"cardData"_s] = model.cardData;
    return object;
}

QJsonObject datasetDetail(const DatasetInfo &dataset)
{
    QJsonObject object = datasetSummary(dataset);
    object[u"downloadsAllTime"_s] = number(dataset.downloadsAllTime);
    object[u"disabled"_s] = dataset.disabled;
    object[u"description"_s] = text(dataset.description);
    object[u"pretty_name"_s] = text(dataset.prettyName);
    object[u"task_categories"_s] = QJsonArray::fromStringList(dataset.taskCategories);
    object[u"size_categories"_s] = QJsonArray::fromStringList(dataset.sizeCategories);
    object[u"languages"_s] = QJsonArray::fromStringList(dataset.languages);
    object[u"mainSize"_s] = number(dataset.mainSize);
    object[u"usedStorage"_s] = number(dataset.usedStorage);
    QJsonArray files;
    for (const SiblingFile &file : dataset.siblings)
        files.append(file.path);
    object[u"siblings"_s] = files;
    object[u"cardData"_s] = dataset.cardData;
    return object;
}

QJsonObject treeEntry(const RepoTreeEntry &entry)
{
    return QJsonObject{{u"path"_s, entry.path}, {u"type"_s, entry.isDirectory ? u"directory"_s : u"file"_s},
        {u"size"_s, number(entry.size)}, {u"oid"_s, text(entry.oid)}, {u"lfs_sha256"_s, text(entry.lfsSha256)},
        {u"xet_hash"_s, text(entry.xetHash)}};
}

QJsonObject whoAmI(const WhoAmI &who)
{
    return QJsonObject{{u"type"_s, text(who.type)}, {u"name"_s, who.name}, {u"fullname"_s, text(who.fullname)},
        {u"email"_s, text(who.email)}, {u"isPro"_s, who.isPro}, {u"orgs"_s, QJsonArray::fromStringList(who.orgs)},
        {u"token_name"_s, text(who.tokenName)}, {u"token_role"_s, text(who.tokenRole)}};
}

QJsonObject row(const DvRow &row)
{
    return QJsonObject{{u"row_idx"_s, row.rowIndex}, {u"row"_s, row.cells},
        {u"truncated_cells"_s, QJsonArray::fromStringList(row.truncatedCells)}};
}

} // namespace CliJson
