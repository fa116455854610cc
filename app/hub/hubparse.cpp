// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/hubparse.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------------------------------
// Document level

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isBlank(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

// Parses the body once. `what` completes "expected …", e.g. "a JSON array of models".
std::optional<QJsonDocument> parseDocument(const QByteArray &json, bool wantArray, const QString &what, QString *error)
{
    if (isBlank(json)) {
        setError(error, u"empty body, expected "_s + what);
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The Qt parser rejects invalid UTF-8 inside strings (IllegalUTF8String) and nesting deeper than 1024.
        const QString reason =
            parseError.error == QJsonParseError::IllegalUTF8String ? u"invalid UTF-8"_s : parseError.errorString();
        setError(
            error, u"not valid JSON (%1 at offset %2), expected %3"_s.arg(reason).arg(parseError.offset).arg(what));
        return std::nullopt;
    }
    if (wantArray ? !document.isArray() : !document.isObject()) {
        const QString got = document.isArray() ? u"an array"_s : document.isObject() ? u"an object"_s : u"a scalar"_s;
        setError(error, u"expected "_s + what + u", got "_s + got);
        return std::nullopt;
    }
    return document;
}

// ---------------------------------------------------------------------------------------------------------------------
// Field helpers: a missing or mistyped value gives the "unknown" value. They take QJsonValue or QJsonValueConstRef and
// look keys up with constFind(): QJsonObject::value() materialises a QJsonValue, which for a string first copies it
// into a temporary container; that copy dominated the listing parse time.

template <typename V>
qint64 int64Of(const V &value, qint64 unknown = -1)
{
    if (!value.isDouble())
        return unknown;
    const double d = value.toDouble();
    // Integers are stored exactly; doubles are accepted when finite and in range (e.g. 1.2e6).
    if (!std::isfinite(d) || d >= 9.2e18 || d <= -9.2e18)
        return unknown;
    return value.toInteger(static_cast<qint64>(d));
}

template <typename V>
int intOf(const V &value)
{
    const qint64 v = int64Of(value);
    return v > std::numeric_limits<int>::max() || v < std::numeric_limits<int>::min() ? -1 : static_cast<int>(v);
}

QString str(const QJsonObject &object, QLatin1StringView key)
{
    const auto it = object.constFind(key);
    return it != object.constEnd() && it->isString() ? it->toString() : QString();
}

qint64 int64(const QJsonObject &object, QLatin1StringView key)
{
    const auto it = object.constFind(key);
    return it != object.constEnd() ? int64Of(*it) : -1;
}

bool boolean(const QJsonObject &object, QLatin1StringView key, bool unknown = false)
{
    const auto it = object.constFind(key);
    return it != object.constEnd() && it->isBool() ? it->toBool() : unknown;
}

QJsonObject obj(const QJsonObject &object, QLatin1StringView key)
{
    const auto it = object.constFind(key);
    return it != object.constEnd() ? it->toObject() : QJsonObject();
}

QDateTime date(const QJsonObject &object, QLatin1StringView key)
{
    const QString text = str(object, key);
    if (text.isEmpty())
        return {};
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    return result.isValid() ? result.toUTC() : QDateTime();
}

// A string or a list of strings (non-strings in the list are skipped).
template <typename V>
QStringList stringList(const V &value)
{
    QStringList out;
    if (value.isString()) {
        QString s = value.toString();
        if (!s.isEmpty())
            out.append(std::move(s));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out.reserve(array.size());
        for (const QJsonValueConstRef item : array) {
            if (item.isString())
                out.append(item.toString());
        }
    }
    return out;
}

QStringList stringList(const QJsonObject &object, QLatin1StringView key)
{
    const auto it = object.constFind(key);
    return it != object.constEnd() ? stringList(*it) : QStringList();
}

QString firstString(const QJsonObject &object, QLatin1StringView key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return {};
    if (it->isString())
        return it->toString();
    if (it->isArray()) {
        const QJsonArray array = it->toArray();
        for (const QJsonValueConstRef item : array) {
            if (item.isString())
                return item.toString();
        }
    }
    return {};
}

// Values of "prefix:value" tags, e.g. "license:" → ["apache-2.0"].
QStringList tagValues(const QStringList &tags, QLatin1StringView prefix)
{
    QStringList out;
    for (const QString &tag : tags) {
        if (tag.startsWith(prefix) && tag.size() > prefix.size())
            out.append(tag.mid(prefix.size()));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Repositories

GatedMode gatedOf(const QJsonObject &object, QLatin1StringView key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return GatedMode::Off;
    if (it->isString()) {
        const QString s = it->toString();
        if (s.compare("manual"_L1, Qt::CaseInsensitive) == 0)
            return GatedMode::Manual;
        if (s.compare("auto"_L1, Qt::CaseInsensitive) == 0)
            return GatedMode::Auto;
        return GatedMode::Off;
    }
    // `true` is not documented; treat it as gated with automatic approval rather than ungated.
    return it->isBool() && it->toBool() ? GatedMode::Auto : GatedMode::Off;
}

void fillRepo(RepoInfo &repo, const QJsonObject &object, bool isDataset)
{
    repo.objectId = str(object, "_id"_L1);
    repo.id = str(object, "id"_L1);
    if (repo.id.isEmpty())
        repo.id = str(object, "modelId"_L1); // legacy alias
    repo.author = str(object, "author"_L1);
    repo.sha = str(object, "sha"_L1);
    repo.lastModified = date(object, "lastModified"_L1);
    repo.createdAt = date(object, "createdAt"_L1);
    repo.isPrivate = boolean(object, "private"_L1);
    repo.disabled = boolean(object, "disabled"_L1);
    repo.gated = gatedOf(object, "gated"_L1);
    repo.downloads = int64(object, "downloads"_L1);
    repo.downloadsAllTime = int64(object, "downloadsAllTime"_L1);
    repo.likes = int64(object, "likes"_L1);
    repo.trendingScore = int64(object, "trendingScore"_L1);
    repo.usedStorage = int64(object, "usedStorage"_L1);
    repo.tags = stringList(object, "tags"_L1);

    const QJsonValue siblings = object.value("siblings"_L1);
    if (siblings.isArray()) {
        const QJsonArray array = siblings.toArray();
        repo.siblings.reserve(array.size());
        for (const QJsonValueConstRef item : array) {
            if (!item.isObject())
                continue;
            const QJsonObject entry = item.toObject();
            SiblingFile file;
            file.path = str(entry, "rfilename"_L1);
            if (file.path.isEmpty())
                continue;
            file.size = int64(entry, "size"_L1);
            const QJsonObject lfs = obj(entry, "lfs"_L1);
            if (!lfs.isEmpty()) {
                file.lfsSha256 = str(lfs, "sha256"_L1);
                if (file.size < 0)
                    file.size = int64(lfs, "size"_L1);
            }
            repo.siblings.append(std::move(file));
        }
    }

    repo.cardData = obj(object, "cardData"_L1);
    repo.license = firstString(repo.cardData, "license"_L1);
    if (repo.license.isEmpty()) {
        const QStringList licenses = tagValues(repo.tags, "license:"_L1);
        if (!licenses.isEmpty())
            repo.license = licenses.constFirst();
    }
    repo.languages = stringList(repo.cardData, "language"_L1);
    if (isDataset) {
        for (const QString &language : tagValues(repo.tags, "language:"_L1)) {
            if (!repo.languages.contains(language))
                repo.languages.append(language);
        }
    }
}

InferenceProviderEntry providerEntry(const QString &provider, const QJsonObject &entry)
{
    InferenceProviderEntry out;
    out.provider = provider;
    out.status = str(entry, "status"_L1);
    out.providerId = str(entry, "providerId"_L1);
    out.task = str(entry, "task"_L1);
    out.adapter = str(entry, "adapter"_L1);
    return out;
}

// Object keyed by provider on /api/models/{id}, list of {provider, …} in listings.
QList<InferenceProviderEntry> providersOf(const QJsonValue &value)
{
    QList<InferenceProviderEntry> out;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isObject())
                out.append(providerEntry(it.key(), it.value().toObject()));
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValueConstRef item : array) {
            if (!item.isObject())
                continue;
            const QJsonObject entry = item.toObject();
            const QString provider = str(entry, "provider"_L1);
            if (!provider.isEmpty())
                out.append(providerEntry(provider, entry));
        }
    }
    return out;
}

// model-index: [{name, results: [{task, dataset, metrics: [...], source}]}]. Malformed parts are skipped.
QList<EvalResult> evalResultsOf(const QJsonValue &value)
{
    QList<EvalResult> out;
    if (!value.isArray())
        return out;
    const QJsonArray models = value.toArray();
    for (const QJsonValueConstRef modelValue : models) {
        if (!modelValue.isObject())
            continue;
        const QJsonObject model = modelValue.toObject();
        const QJsonValue results = model.value("results"_L1);
        if (!results.isArray())
            continue;
        const QString modelName = str(model, "name"_L1);
        const QJsonArray resultArray = results.toArray();
        for (const QJsonValueConstRef resultValue : resultArray) {
            if (!resultValue.isObject())
                continue;
            const QJsonObject result = resultValue.toObject();
            const QJsonValue metrics = result.value("metrics"_L1);
            if (!metrics.isArray())
                continue;
            const QJsonObject task = obj(result, "task"_L1);
            const QJsonObject dataset = obj(result, "dataset"_L1);
            const QJsonObject source = obj(result, "source"_L1);
            const QJsonArray metricArray = metrics.toArray();
            for (const QJsonValueConstRef metricValue : metricArray) {
                if (!metricValue.isObject())
                    continue;
                const QJsonObject metric = metricValue.toObject();
                EvalResult eval;
                eval.value = metric.value("value"_L1);
                if (eval.value.isUndefined() || eval.value.isNull() || eval.value.isObject() || eval.value.isArray())
                    continue; // a metric without a usable value is not a result
                eval.modelName = modelName;
                eval.taskType = str(task, "type"_L1);
                eval.taskName = str(task, "name"_L1);
                eval.datasetName = str(dataset, "name"_L1);
                eval.datasetType = str(dataset, "type"_L1);
                eval.datasetConfig = str(dataset, "config"_L1);
                eval.datasetSplit = str(dataset, "split"_L1);
                eval.metricType = str(metric, "type"_L1);
                eval.metricName = str(metric, "name"_L1);
                eval.verified = boolean(metric, "verified"_L1);
                eval.sourceName = str(source, "name"_L1);
                eval.sourceUrl = str(source, "url"_L1);
                out.append(std::move(eval));
            }
        }
    }
    return out;
}

int contextLengthOf(const QJsonObject &gguf, const QJsonObject &config)
{
    const int fromGguf = intOf(gguf.value("context_length"_L1));
    if (fromGguf > 0)
        return fromGguf;
    static constexpr QLatin1StringView keys[] = {
        "max_position_embeddings"_L1, "n_positions"_L1, "max_seq_len"_L1, "seq_length"_L1, "n_ctx"_L1};
    const QJsonObject textConfig = obj(config, "text_config"_L1);
    for (const QJsonObject *source : {&config, &textConfig}) {
        for (const QLatin1StringView key : keys) {
            const int v = intOf(source->value(key));
            if (v > 0)
                return v;
        }
    }
    return -1;
}

bool present(const QJsonValue &value)
{
    if (value.isString())
        return !value.toString().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty(); // a list of named templates
    return value.isObject();
}

template <typename T, typename Convert>
std::optional<QList<T>> parseList(const QByteArray &json, const QString &what, QString *error, Convert convert)
{
    const std::optional<QJsonDocument> document = parseDocument(json, true, what, error);
    if (!document)
        return std::nullopt;
    const QJsonArray array = document->array();
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValueConstRef item : array) {
        if (item.isObject())
            out.append(convert(item.toObject()));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Dataset viewer

QString featureTypeNameImpl(const QJsonValue &type, int depth)
{
    if (depth > 32)
        return u"…"_s;
    if (type.isArray()) { // legacy list: [Feature]
        const QJsonArray array = type.toArray();
        const QString inner = array.isEmpty() ? QString() : featureTypeNameImpl(array.at(0), depth + 1);
        return u"List<"_s + (inner.isEmpty() ? u"?"_s : inner) + u'>';
    }
    if (type.isString())
        return type.toString();
    if (!type.isObject())
        return {};
    const QJsonObject object = type.toObject();
    const QJsonValue kindValue = object.value("_type"_L1);
    if (!kindValue.isString()) { // dict: {subfield: Feature}
        return u'{' + object.keys().join(u", "_s) + u'}';
    }
    const QString kind = kindValue.toString();
    if (kind == "Value"_L1) {
        const QString dtype = str(object, "dtype"_L1);
        return dtype.isEmpty() ? kind : dtype;
    }
    if (kind == "ClassLabel"_L1) {
        const QJsonValue names = object.value("names"_L1);
        const qint64 count = names.isArray() ? names.toArray().size() : int64(object, "num_classes"_L1);
        return count >= 0 ? u"ClassLabel(%1)"_s.arg(count) : kind;
    }
    // Newer `datasets` write List where older ones wrote Sequence; both mean the same, so both read "List<…>".
    if (kind == "Sequence"_L1 || kind == "List"_L1 || kind == "LargeList"_L1) {
        const QString inner = featureTypeNameImpl(object.value("feature"_L1), depth + 1);
        QString out =
            (kind == "LargeList"_L1 ? u"LargeList<"_s : u"List<"_s) + (inner.isEmpty() ? u"?"_s : inner) + u'>';
        const qint64 length = int64(object, "length"_L1);
        if (length >= 0)
            out += u'[' + QString::number(length) + u']';
        return out;
    }
    if (kind.startsWith("Array"_L1)) { // Array2D … Array5D {shape, dtype}
        QStringList dims;
        const QJsonArray shape = object.value("shape"_L1).toArray();
        for (const QJsonValueConstRef dim : shape)
            dims.append(dim.isDouble() ? QString::number(int64Of(dim)) : u"?"_s);
        const QString dtype = str(object, "dtype"_L1);
        return kind + u'<' + (dtype.isEmpty() ? u"?"_s : dtype) + u'>'
            + (dims.isEmpty() ? QString() : u'[' + dims.join(u'x') + u']');
    }
    if (kind == "Translation"_L1) {
        const QStringList languages = stringList(object, "languages"_L1);
        return languages.isEmpty() ? kind : kind + u'(' + languages.join(u", "_s) + u')';
    }
    return kind; // Image, Audio, Video, Pdf, Json, TranslationVariableLanguages, future types
}

DvFeature featureOf(int index, const QString &name, const QJsonValue &type)
{
    DvFeature feature;
    feature.index = index;
    feature.name = name;
    feature.type = type;
    feature.typeName = featureTypeNameImpl(type, 0);
    if (type.isObject()) {
        const QJsonObject object = type.toObject();
        if (object.value("_type"_L1).toString() == "ClassLabel"_L1)
            feature.classNames = stringList(object, "names"_L1);
    }
    return feature;
}

// [FeatureItem{feature_idx, name, type}] (rows endpoints) or {name: Feature} (info).
QList<DvFeature> featuresOf(const QJsonValue &value)
{
    QList<DvFeature> out;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        int position = 0;
        for (const QJsonValueConstRef item : array) {
            if (!item.isObject())
                continue;
            const QJsonObject entry = item.toObject();
            const int index = intOf(entry.value("feature_idx"_L1));
            out.append(featureOf(index >= 0 ? index : position, str(entry, "name"_L1), entry.value("type"_L1)));
            ++position;
        }
    } else if (value.isObject()) {
        // QJsonObject sorts keys, so the declared column order of a dict is not recoverable here.
        const QJsonObject object = value.toObject();
        int position = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.append(featureOf(position++, it.key(), it.value()));
    }
    return out;
}

DvSizeEntry sizeEntryOf(const QJsonObject &object)
{
    DvSizeEntry entry;
    entry.config = str(object, "config"_L1);
    entry.split = str(object, "split"_L1);
    entry.numRows = int64(object, "num_rows"_L1);
    entry.numBytesOriginalFiles = int64(object, "num_bytes_original_files"_L1);
    entry.numBytesParquetFiles = int64(object, "num_bytes_parquet_files"_L1);
    entry.numBytesMemory = int64(object, "num_bytes_memory"_L1);
    return entry;
}

QList<DvSizeEntry> sizeEntriesOf(const QJsonValue &value)
{
    QList<DvSizeEntry> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValueConstRef item : array) {
        if (item.isObject())
            out.append(sizeEntryOf(item.toObject()));
    }
    return out;
}

DvSizeEntry infoSplitOf(const QString &config, const QString &name, const QJsonObject &split)
{
    DvSizeEntry entry;
    entry.config = config;
    entry.split = name.isEmpty() ? str(split, "name"_L1) : name;
    entry.numRows = int64(split, "num_examples"_L1);
    entry.numBytesMemory = int64(split, "num_bytes"_L1);
    return entry;
}

DvConfigInfo configInfoOf(const QString &config, const QJsonObject &object)
{
    DvConfigInfo info;
    // The dump's own config_name wins: the DV example keys a dataset-level answer by the dataset id.
    info.config = str(object, "config_name"_L1);
    if (info.config.isEmpty())
        info.config = config;
    info.description = str(object, "description"_L1);
    info.license = str(object, "license"_L1);
    info.homepage = str(object, "homepage"_L1);
    info.features = featuresOf(object.value("features"_L1));
    const QJsonValue splits = object.value("splits"_L1);
    if (splits.isObject()) { // {name: {name, num_bytes, num_examples}}
        const QJsonObject map = splits.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (it.value().isObject())
                info.splits.append(infoSplitOf(info.config, it.key(), it.value().toObject()));
        }
    } else if (splits.isArray()) { // older `datasets` dump SplitDict as a list
        const QJsonArray array = splits.toArray();
        for (const QJsonValueConstRef item : array) {
            if (item.isObject())
                info.splits.append(infoSplitOf(info.config, QString(), item.toObject()));
        }
    }
    info.downloadSize = int64(object, "download_size"_L1);
    info.datasetSize = int64(object, "dataset_size"_L1);
    return info;
}

bool looksLikeDatasetInfoDump(const QJsonObject &object)
{
    static constexpr QLatin1StringView keys[] = {
        "features"_L1, "splits"_L1, "config_name"_L1, "builder_name"_L1, "dataset_size"_L1, "download_size"_L1};
    for (const QLatin1StringView key : keys) {
        if (object.contains(key))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// Error bodies

constexpr qsizetype MaxErrorLength = 300;

QString oneLine(const QString &text)
{
    QString out = text.simplified();
    if (out.size() > MaxErrorLength) {
        out.truncate(MaxErrorLength - 1);
        out += u'…';
    }
    return out;
}

// A message from one `error`/`errors` item: a string or an object with message/error.
QString messageOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QLatin1StringView key : {"message"_L1, "error"_L1, "msg"_L1, "detail"_L1}) {
            const QJsonValue v = object.value(key);
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
    }
    return {};
}

QString joinMessages(const QJsonValue &value)
{
    if (!value.isArray())
        return messageOf(value);
    QStringList parts;
    const QJsonArray array = value.toArray();
    for (const QJsonValueConstRef item : array) {
        const QString message = messageOf(item);
        if (!message.isEmpty())
            parts.append(message);
    }
    return parts.join(u"; "_s);
}

QString messageFromJson(const QJsonObject &object)
{
    const QString error = joinMessages(object.value("error"_L1));
    const QString description = str(object, "error_description"_L1);
    if (!description.isEmpty()) // OAuth style
        return error.isEmpty() ? description : error + u": "_s + description;
    if (!error.isEmpty()) {
        // Dataset viewer: {"error", "cause_exception", "cause_message", "cause_traceback"}
        const QString causeException = str(object, "cause_exception"_L1);
        const QString causeMessage = str(object, "cause_message"_L1);
        if (!causeException.isEmpty() || !causeMessage.isEmpty()) {
            QString cause = causeException;
            if (!causeMessage.isEmpty())
                cause += (cause.isEmpty() ? QString() : u": "_s) + causeMessage;
            return error + u" ("_s + cause + u')';
        }
        return error;
    }
    for (const QLatin1StringView key : {"message"_L1, "errors"_L1, "detail"_L1}) {
        const QString message = joinMessages(object.value(key));
        if (!message.isEmpty())
            return message;
    }
    return {};
}

bool looksLikeHtml(const QByteArray &head)
{
    const QByteArray lower = head.left(512).toLower();
    return lower.startsWith('<') || lower.contains("<html") || lower.contains("<!doctype") || lower.contains("<body");
}

} // namespace

namespace HubParse {

ModelInfo modelFromJson(const QJsonObject &object)
{
    ModelInfo model;
    fillRepo(model, object, false);
    model.pipelineTag = str(object, "pipeline_tag"_L1);
    model.libraryName = str(object, "library_name"_L1);
    model.inference = str(object, "inference"_L1);

    const QJsonObject safetensors = obj(object, "safetensors"_L1);
    model.gguf = obj(object, "gguf"_L1);
    model.parameters = int64(safetensors, "total"_L1);
    if (model.parameters < 0)
        model.parameters = int64(model.gguf, "total"_L1);
    const QJsonObject byDtype = obj(safetensors, "parameters"_L1);
    for (auto it = byDtype.constBegin(); it != byDtype.constEnd(); ++it) {
        const qint64 count = int64Of(it.value());
        if (count >= 0)
            model.parametersByDtype.insert(it.key(), count);
    }

    const QJsonObject config = obj(object, "config"_L1);
    model.architectures = stringList(config, "architectures"_L1);
    model.modelType = str(config, "model_type"_L1);
    model.contextLength = contextLengthOf(model.gguf, config);
    model.hasChatTemplate = present(obj(config, "tokenizer_config"_L1).value("chat_template"_L1))
        || present(model.gguf.value("chat_template"_L1));

    model.baseModels = stringList(model.cardData, "base_model"_L1);
    model.datasets = stringList(model.cardData, "datasets"_L1);
    model.spaces = stringList(object, "spaces"_L1);
    model.providers = providersOf(object.value("inferenceProviderMapping"_L1));

    QJsonValue modelIndex = object.value("model-index"_L1);
    if (!modelIndex.isArray())
        modelIndex = model.cardData.value("model-index"_L1);
    model.evalResults = evalResultsOf(modelIndex);
    return model;
}

DatasetInfo datasetFromJson(const QJsonObject &object)
{
    DatasetInfo dataset;
    fillRepo(dataset, object, true);
    dataset.description = str(object, "description"_L1);
    dataset.citation = str(object, "citation"_L1);
    dataset.paperswithcodeId = str(object, "paperswithcode_id"_L1);
    dataset.mainSize = int64(object, "mainSize"_L1);
    dataset.prettyName = str(dataset.cardData, "pretty_name"_L1);
    dataset.taskCategories = stringList(dataset.cardData, "task_categories"_L1);
    if (dataset.taskCategories.isEmpty())
        dataset.taskCategories = tagValues(dataset.tags, "task_categories:"_L1);
    dataset.sizeCategories = stringList(dataset.cardData, "size_categories"_L1);
    if (dataset.sizeCategories.isEmpty())
        dataset.sizeCategories = tagValues(dataset.tags, "size_categories:"_L1);
    return dataset;
}

std::optional<ModelInfo> model(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object for a model"_s, error);
    if (!document)
        return std::nullopt;
    return modelFromJson(document->object());
}

std::optional<DatasetInfo> dataset(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object for a dataset"_s, error);
    if (!document)
        return std::nullopt;
    return datasetFromJson(document->object());
}

std::optional<QList<ModelInfo>> modelList(const QByteArray &json, QString *error)
{
    return parseList<ModelInfo>(json, u"a JSON array of models"_s, error, modelFromJson);
}

std::optional<QList<DatasetInfo>> datasetList(const QByteArray &json, QString *error)
{
    return parseList<DatasetInfo>(json, u"a JSON array of datasets"_s, error, datasetFromJson);
}

std::optional<QList<RepoTreeEntry>> tree(const QByteArray &json, QString *error)
{
    return parseList<RepoTreeEntry>(json, u"a JSON array of tree entries"_s, error, [](const QJsonObject &object) {
        RepoTreeEntry entry;
        entry.isDirectory = str(object, "type"_L1) == "directory"_L1;
        entry.path = str(object, "path"_L1);
        entry.oid = str(object, "oid"_L1);
        entry.size = int64(object, "size"_L1);
        const QJsonObject lfs = obj(object, "lfs"_L1);
        if (!lfs.isEmpty()) {
            entry.lfsSha256 = str(lfs, "oid"_L1); // in the tree, lfs.oid is the sha256
            entry.lfsPointerSize = int64(lfs, "pointerSize"_L1);
            const qint64 lfsSize = int64(lfs, "size"_L1);
            if (lfsSize >= 0)
                entry.size = lfsSize;
        }
        entry.xetHash = str(object, "xetHash"_L1);
        const QJsonObject lastCommit = obj(object, "lastCommit"_L1);
        entry.lastCommitId = str(lastCommit, "id"_L1);
        entry.lastCommitTitle = str(lastCommit, "title"_L1);
        entry.lastCommitDate = date(lastCommit, "date"_L1);
        return entry;
    });
}

std::optional<WhoAmI> whoAmI(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object for whoami"_s, error);
    if (!document)
        return std::nullopt;
    const QJsonObject object = document->object();
    WhoAmI who;
    who.type = str(object, "type"_L1);
    who.name = str(object, "name"_L1);
    who.fullname = str(object, "fullname"_L1);
    who.email = str(object, "email"_L1);
    who.isPro = boolean(object, "isPro"_L1);
    const QJsonArray orgs = object.value("orgs"_L1).toArray();
    for (const QJsonValueConstRef org : orgs) {
        const QString name = org.isObject() ? str(org.toObject(), "name"_L1) : QString();
        if (!name.isEmpty())
            who.orgs.append(name);
    }
    const QJsonObject accessToken = obj(obj(object, "auth"_L1), "accessToken"_L1);
    who.tokenName = str(accessToken, "displayName"_L1);
    who.tokenRole = str(accessToken, "role"_L1);
    return who;
}

std::optional<DvValidity> dvValidity(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object for /is-valid"_s, error);
    if (!document)
        return std::nullopt;
    const QJsonObject object = document->object();
    DvValidity validity;
    validity.preview = boolean(object, "preview"_L1);
    validity.viewer = boolean(object, "viewer"_L1);
    validity.search = boolean(object, "search"_L1);
    validity.filter = boolean(object, "filter"_L1);
    validity.statistics = boolean(object, "statistics"_L1);
    return validity;
}

std::optional<DvSplits> dvSplits(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object for /splits"_s, error);
    if (!document)
        return std::nullopt;
    const QJsonObject object = document->object();
    DvSplits splits;
    const QJsonArray array = object.value("splits"_L1).toArray();
    for (const QJsonValueConstRef item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject entry = item.toObject();
        splits.splits.append({str(entry, "dataset"_L1), str(entry, "config"_L1), str(entry, "split"_L1)});
    }
    const QJsonArray failed = object.value("failed"_L1).toArray();
    for (const QJsonValueConstRef item : failed) {
        if (!item.isObject())
            continue;
        const QJsonObject entry = item.toObject();
        const QJsonValue errorValue = entry.value("error"_L1);
        QString message = errorValue.isObject() ? messageFromJson(errorValue.toObject()) : messageOf(errorValue);
        if (message.isEmpty())
            message = str(entry, "kind"_L1);
        splits.failed.append({str(entry, "config"_L1), message});
    }
    const QJsonValue pending = object.value("pending"_L1);
    splits.pending = pending.isArray() ? !pending.toArray().isEmpty() : pending.toBool(false);
    return splits;
}

std::optional<DvRows> dvRows(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object of rows"_s, error);
    if (!document)
        return std::nullopt;
    const QJsonObject object = document->object();
    DvRows rows;
    rows.dataset = str(object, "dataset"_L1);
    rows.config = str(object, "config"_L1);
    rows.split = str(object, "split"_L1);
    rows.features = featuresOf(object.value("features"_L1));
    const QJsonArray array = object.value("rows"_L1).toArray();
    rows.rows.reserve(array.size());
    for (const QJsonValueConstRef item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject entry = item.toObject();
        DvRow row;
        row.rowIndex = int64(entry, "row_idx"_L1);
        row.cells = obj(entry, "row"_L1);
        row.truncatedCells = stringList(entry, "truncated_cells"_L1);
        rows.rows.append(std::move(row));
    }
    rows.numRowsTotal = int64(object, "num_rows_total"_L1);
    rows.numRowsPerPage = intOf(object.value("num_rows_per_page"_L1));
    rows.partial = boolean(object, "partial"_L1);
    rows.truncated = boolean(object, "truncated"_L1);
    return rows;
}

std::optional<DvSize> dvSize(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object for /size"_s, error);
    if (!document)
        return std::nullopt;
    const QJsonObject object = document->object();
    const QJsonObject size = obj(object, "size"_L1);
    DvSize out;
    const QJsonValue dataset = size.value("dataset"_L1);
    if (dataset.isObject())
        out.dataset = sizeEntryOf(dataset.toObject());
    const QJsonValue config = size.value("config"_L1); // with ?config=: one config and its splits
    if (config.isObject())
        out.configs.append(sizeEntryOf(config.toObject()));
    out.configs += sizeEntriesOf(size.value("configs"_L1));
    out.splits = sizeEntriesOf(size.value("splits"_L1));
    out.partial = boolean(object, "partial"_L1);
    return out;
}

std::optional<DvInfo> dvInfo(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = parseDocument(json, false, u"a JSON object for /info"_s, error);
    if (!document)
        return std::nullopt;
    const QJsonObject object = document->object();
    DvInfo info;
    // ?config= gives one DatasetInfo dump; without it, a map config → dump.
    const QJsonObject datasetInfo = obj(object, "dataset_info"_L1);
    if (looksLikeDatasetInfoDump(datasetInfo)) {
        info.configs.append(configInfoOf(QString(), datasetInfo));
    } else {
        for (auto it = datasetInfo.constBegin(); it != datasetInfo.constEnd(); ++it) {
            if (it.value().isObject())
                info.configs.append(configInfoOf(it.key(), it.value().toObject()));
        }
    }
    info.partial = boolean(object, "partial"_L1);
    return info;
}

QString featureTypeName(const QJsonValue &type)
{
    return featureTypeNameImpl(type, 0);
}

QString errorMessage(const QByteArray &body)
{
    qsizetype start = 0;
    while (start < body.size() && QChar::isSpace(static_cast<uchar>(body.at(start))))
        ++start;
    if (start == body.size())
        return {};
    const char first = body.at(start);
    if (first == '{' || first == '[') {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            if (document.isObject())
                return oneLine(messageFromJson(document.object()));
            return oneLine(joinMessages(document.array()));
        }
        // Not JSON after all: fall through to the text rules.
    }
    // A short text/plain body. Only the head matters: the result is capped anyway.
    const QByteArray head = body.mid(start, 4 * MaxErrorLength);
    if (looksLikeHtml(head) || head.contains('\0'))
        return {}; // an HTML error page or binary garbage says nothing useful in one line
    return oneLine(QString::fromUtf8(head));
}

} // namespace HubParse
