// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "app/hub/hubparse.h"
#include "tests/support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

enum class Kind
{
    Model,
    Tree,
    Json,
    DvRows,
    DvValidity,
    DvSplits,
    DvSize,
    DvInfo,
    Error
};

// The HTTP status of a recording, from its .meta.json (200 when there is none).
int statusOf(const QString &relative)
{
    QString base = relative;
    base.remove(u".body.json"_s).remove(u".body.txt"_s);
    const QByteArray meta = [&] {
        QFile file(Fixtures::path(base + u".meta.json"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    if (meta.isEmpty())
        return 200;
    return QJsonDocument::fromJson(meta).object().value("response"_L1).toObject().value("status"_L1).toInt(200);
}

// The parser is chosen from the file name: "<endpoint>__<status>__…" for the dataset viewer, "<kind>-…" for the Hub.
Kind kindOf(const QString &relative)
{
    if (statusOf(relative) >= 300)
        return Kind::Error;
    const QString name = relative.section(u'/', -1);
    if (!relative.startsWith("datasets-server/"_L1)) {
        if (name.startsWith("model-info"_L1) || name.startsWith("space-info"_L1))
            return Kind::Model; // a Space info is model-like enough: _id, id, and unknowns
        if (name.startsWith("tree-"_L1))
            return Kind::Tree;
        return Kind::Json;
    }
    const QString endpoint = name.section(u"__"_s, 0, 0);
    if (endpoint == "first-rows"_L1 || endpoint == "rows"_L1 || endpoint == "search"_L1 || endpoint == "filter"_L1)
        return Kind::DvRows;
    if (endpoint == "is-valid"_L1)
        return Kind::DvValidity;
    if (endpoint == "splits"_L1)
        return Kind::DvSplits;
    if (endpoint == "size"_L1)
        return Kind::DvSize;
    if (endpoint == "info"_L1)
        return Kind::DvInfo;
    return Kind::Json; // parquet, opt-in-out-urls, presidio-entities, statistics, …
}

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

QString cellSummary(const QJsonValue &cell)
{
    if (cell.isString())
        return cell.toString().left(30);
    if (cell.isBool())
        return u"bool"_s;
    if (cell.isDouble()) {
        const double d = cell.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d)) : u"num"_s;
    }
    if (cell.isArray())
        return u"array"_s;
    if (cell.isObject())
        return u"object"_s;
    return u"null"_s;
}

QString jsonValueSummary(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return cellSummary(value);
    if (value.isArray())
        return u"[%1]"_s.arg(value.toArray().size());
    if (value.isObject())
        return u"{%1}"_s.arg(value.toObject().size());
    if (value.isNull())
        return u"null"_s;
    return value.toString();
}

// A one-line summary of concrete values parsed from a recording; the table below holds the expected ones.
QString fingerprint(Kind kind, const QByteArray &body, QString *error)
{
    switch (kind) {
    case Kind::Model: {
        const std::optional<ModelInfo> m = HubParse::model(body, error);
        return m ? u"%1|%2|%3"_s.arg(m->id, m->sha).arg(m->downloads) : QString();
    }
    case Kind::Tree: {
        const std::optional<QList<RepoTreeEntry>> entries = HubParse::tree(body, error);
        if (!entries)
            return {};
        QString lfs;
        for (const RepoTreeEntry &entry : *entries) {
            if (!entry.lfsSha256.isEmpty()) {
                lfs = u"%1 %2 %3"_s.arg(entry.path).arg(entry.size).arg(entry.lfsSha256);
                break;
            }
        }
        return u"%1|%2|%3"_s.arg(entries->size())
            .arg(lfs, entries->isEmpty() ? QString() : entries->first().lastCommitTitle);
    }
    case Kind::Json: {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = parseError.errorString();
            return {};
        }
        if (document.isArray())
            return u"[%1]"_s.arg(document.array().size());
        const QJsonObject object = document.object();
        const QStringList keys = object.keys();
        QString probe = keys.value(0);
        for (const QString &key : keys) {
            if (object.value(key).isDouble()) {
                probe = key;
                break;
            }
        }
        return u"{%1}|%2=%3"_s.arg(keys.size()).arg(probe, jsonValueSummary(object.value(probe)));
    }
    case Kind::DvRows: {
        const std::optional<DvRows> rows = HubParse::dvRows(body, error);
        if (!rows)
            return {};
        QStringList features;
        for (const DvFeature &feature : rows->features)
            features.append(feature.name + u':' + feature.typeName);
        qsizetype truncatedCells = 0;
        for (const DvRow &row : rows->rows)
            truncatedCells += row.truncatedCells.size();
        const QString firstCell = rows->rows.isEmpty() || rows->features.isEmpty()
            ? QString()
            : cellSummary(rows->rows.first().cells.value(rows->features.first().name));
        return u"%1 rows|first %2|%3|%4|truncated cells %5|total %6"_s.arg(rows->rows.size())
            .arg(rows->rows.isEmpty() ? -1 : rows->rows.first().rowIndex)
            .arg(features.join(u','), firstCell)
            .arg(truncatedCells)
            .arg(rows->numRowsTotal);
    }
    case Kind::DvValidity: {
        const std::optional<DvValidity> v = HubParse::dvValidity(body, error);
        return v ? flag(v->preview) + flag(v->viewer) + flag(v->search) + flag(v->filter) + flag(v->statistics)
                 : QString();
    }
    case Kind::DvSplits: {
        const std::optional<DvSplits> s = HubParse::dvSplits(body, error);
        if (!s)
            return {};
        const DvSplit first = s->splits.value(0);
        return u"%1|%2/%3/%4|failed %5|pending %6"_s.arg(s->splits.size())
            .arg(first.dataset, first.config, first.split)
            .arg(s->failed.size())
            .arg(flag(s->pending));
    }
    case Kind::DvSize: {
        const std::optional<DvSize> s = HubParse::dvSize(body, error);
        if (!s)
            return {};
        const QString config = s->configs.isEmpty()
            ? QString()
            : s->configs.first().config + u' ' + QString::number(s->configs.first().numRows);
        const QString split = s->splits.isEmpty()
            ? QString()
            : s->splits.first().split + u' ' + QString::number(s->splits.first().numRows);
        return u"rows %1 mem %2|configs %3 %4|splits %5 %6|partial %7"_s.arg(s->dataset.numRows)
            .arg(s->dataset.numBytesMemory)
            .arg(s->configs.size())
            .arg(config)
            .arg(s->splits.size())
            .arg(split, flag(s->partial));
    }
    case Kind::DvInfo: {
        const std::optional<DvInfo> info = HubParse::dvInfo(body, error);
        if (!info)
            return {};
        QStringList parts;
        for (const DvConfigInfo &config : info->configs) {
            QStringList features;
            for (const DvFeature &feature : config.features)
                features.append(feature.name + u':' + feature.typeName);
            QStringList splits;
            for (const DvSizeEntry &split : config.splits)
                splits.append(split.split + u'=' + QString::number(split.numRows));
            parts.append(u"%1: %2 features (%3) splits %4 download %5"_s.arg(config.config)
                             .arg(config.features.size())
                             .arg(features.join(u", "_s), splits.join(u','))
                             .arg(config.downloadSize));
        }
        return parts.join(u';') + u"|partial "_s + flag(info->partial);
    }
    case Kind::Error:
        return HubParse::errorMessage(body);
    }
    return {};
}

// A model object with _id and id plus the given members ("\"key\":value,…").
QByteArray modelWith(const QByteArray &members)
{
    QByteArray out = R"({"_id":"0123456789abcdef01234567","id":"o/m")";
    if (!members.isEmpty())
        out += ',' + members;
    out += '}';
    return out;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestHubParse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordingHasARow();
    void recordings_data();
    void recordings();

    void bertModelInfo();
    void zephyrModelIndex();
    void gatedLlama();
    void providerMappingObjectForm();
    void robertaModelIndexAndBaseModelList();
    void diffusersModelHasNoTransformersFields();
    void treeEntries();
    void dvTruncatedCellsAndListFeatures();
    void dvRowsPagingAndClassLabel();
    void dvInfoAndSize();

    void gated_data();
    void gated();
    void providers_data();
    void providers();
    void featureTypeName_data();
    void featureTypeName();
    void cardDataShapes_data();
    void cardDataShapes();
    void datasetInfo();
    void modelIndexMalformed_data();
    void modelIndexMalformed();
    void contextLengthAndChatTemplate_data();
    void contextLengthAndChatTemplate();
    void wrongFieldTypes();
    void whoAmI();

    void badInput_data();
    void badInput();
    void listShapes();
    void errorMessage_data();
    void errorMessage();
};

// ---------------------------------------------------------------------------------------------------------------------
// Real recordings

namespace {

// Every recording with a fingerprint of concrete values from it (or the start of its error message). Written from
// the files themselves; the parser is chosen from the file name by kindOf().
const QList<std::pair<QString, QString>> &recordingTable()
{
    static const QList<std::pair<QString, QString>> table = {
        {u"datasets-server/filter__200__filter-on-float-equality-julien-c-titanic-survival.body.json"_s,
            u"2 rows|first 44|Survived:int64,Pclass:int64,Name:string,Sex:string,Age:float64,Siblings/Spouses"
            " Aboard:int64,Parents/Children Aboard:int64,Fare:float64|0|truncated cells 0|total 33"_s},
        {u"datasets-server/filter__200__filter-on-float-inequality-julien-c-titanic-survival.body.json"_s,
            u"2 rows|first 1|Survived:int64,Pclass:int64,Name:string,Sex:string,Age:float64,Siblings/Spouses "
            "Aboard:int64,Parents/Children Aboard:int64,Fare:float64|1|truncated cells 0|total 160"_s},
        {u"datasets-server/filter__200__filter-on-logical-and-julien-c-titanic-survival.body.json"_s,
            u"2 rows|first 9|Survived:int64,Pclass:int64,Name:string,Sex:string,Age:float64,Siblings/Spouses "
            "Aboard:int64,Parents/Children Aboard:int64,Fare:float64|1|truncated cells 0|total 64"_s},
        {u"datasets-server/filter__200__filter-on-string-equality-julien-c-titanic-survival.body.json"_s,
            u"2 rows|first 1|Survived:int64,Pclass:int64,Name:string,Sex:string,Age:float64,Siblings/Spouses "
            "Aboard:int64,Parents/Children Aboard:int64,Fare:float64|1|truncated cells 0|total 314"_s},
        {u"datasets-server/first-rows__200__a-simple-dataset-stanfordnlp-stanfordnlp-imdb-with-text-and-.body.json"_s,
            u"3 rows|first 0|text:string,label:ClassLabel(2)|I rented I AM CURIOUS-YELLOW f|truncated cells 0"
            "|total -1"_s},
        {u"datasets-server/first-rows__200__audio-column.body.json"_s,
            u"3 rows|first 0|audio_id:string,language:ClassLabel(17),audio:Audio,raw_text:string,normalized_t"
            "ext:string,gender:string,speaker_id:string,is_gold_transcript:bool,accent:string|20140204-0900-"
            "PLENARY-23-cs_20|truncated cells 0|total -1"_s},
        {u"datasets-server/first-rows__200__image-column.body.json"_s,
            u"3 rows|first 0|imageA:Image,imageB:Image|object|truncated cells 0|total -1"_s},
        {u"datasets-server/first-rows__200__truncated-cells.body.json"_s,
            u"10 rows|first 0|start:timestamp[s],target:List<float32>,feat_static_cat:List<uint64>,feat_dynam"
            "ic_real:List<List<float32>>,item_id:string|2016-07-01T00:00:00|truncated cells 20|total -1"_s},
        {u"datasets-server/first-rows__404__gated-dataset-and-not-authenticated-or-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/first-rows__404__inexistent-config.body.json"_s, u"Not found."_s},
        {u"datasets-server/first-rows__404__inexistent-dataset-while-authenticated.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/first-rows__404__inexistent-split.body.json"_s, u"Not found."_s},
        {u"datasets-server/first-rows__404__private-dataset-while-authenticated-and-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/first-rows__500__error-in-the-dataset-itself.body.json"_s,
            u"Cannot load the dataset split (in streaming mode) to extract the first rows."_s},
        {u"datasets-server/first-rows__500__internal-server-error.body.txt"_s, u"Internal Server Error."_s},
        {u"datasets-server/first-rows__500__response-not-ready.body.json"_s,
            u"The server is busier than usual and the response is not ready yet. Please retry later."_s},
        {u"datasets-server/first-rows__500__unexpected-error.body.json"_s, u"Unexpected error."_s},
        {u"datasets-server/info__200__config-metadata.body.json"_s,
            u"ax: 4 features (hypothesis:string, idx:int32, label:ClassLabel(3), premise:string) splits test="
            "1104 download 80767|partial 0"_s},
        {u"datasets-server/info__200__dataset-metadata-with-failed-subsets.body.json"_s, u"|partial 0"_s},
        {u"datasets-server/info__200__dataset-metadata.body.json"_s,
            u"mnist: 2 features (image:Image, label:ClassLabel(10)) splits test=10000,train=60000 download 11"
            "594722|partial 0"_s},
        {u"datasets-server/is-valid__200__all-the-capabilities-for-a-config.body.json"_s, u"11111"_s},
        {u"datasets-server/is-valid__200__all-the-capabilities-for-a-split.body.json"_s, u"11111"_s},
        {u"datasets-server/is-valid__200__all-the-capabilities.body.json"_s, u"11111"_s},
        {u"datasets-server/is-valid__200__no-capabilities.body.json"_s, u"00000"_s},
        {u"datasets-server/is-valid__200__only-preview.body.json"_s, u"10000"_s},
        {u"datasets-server/is-valid__401__inexistent-dataset-and-not-authenticated.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/is-valid__401__private-dataset-and-not-authenticated-or-authorized.body.json"_s,
            u"Not found."_s},
        {u"datasets-server/is-valid__404__gated-dataset-and-not-authenticated-or-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/is-valid__404__inexistent-dataset-while-authenticated.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/is-valid__404__private-dataset-while-authenticated-and-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/opt-in-out-urls__200__dataset-that-has-no-image-urls-columns.body.json"_s,
            u"{7}|num_opt_in_urls=0"_s},
        {u"datasets-server/opt-in-out-urls__200__number-of-urls-for-a-dataset.body.json"_s, u"{7}|num_opt_in_urls=0"_s},
        {u"datasets-server/opt-in-out-urls__200__number-of-urls-for-a-split.body.json"_s, u"{7}|num_opt_in_urls=0"_s},
        {u"datasets-server/opt-in-out-urls__200__number-of-urls-for-a-subset.body.json"_s, u"{7}|num_opt_in_urls=0"_s},
        {u"datasets-server/parquet__200__dataset-where-no-parquet-file-could-be-created.body.json"_s,
            u"{4}|failed=[1]"_s},
        {u"datasets-server/parquet__200__duorc-with-paraphraserc-config.body.json"_s, u"{3}|features={7}"_s},
        {u"datasets-server/parquet__200__ibm-duorc.body.json"_s, u"{4}|failed=[0]"_s},
        {u"datasets-server/parquet__200__partial-parquet-export.body.json"_s, u"{3}|features={3}"_s},
        {u"datasets-server/parquet__200__sharded-parquet-files.body.json"_s, u"{4}|failed=[0]"_s},
        {u"datasets-server/presidio-entities__200__dataset-that-has-no-image-urls-columns.body.json"_s,
            u"{8}|num_rows_with_email_address_entities=0"_s},
        {u"datasets-server/presidio-entities__200__number-of-urls-for-a-dataset.body.json"_s,
            u"{8}|num_rows_with_email_address_entities=0"_s},
        {u"datasets-server/rows__200__a-slice-of-a-simple-dataset-stanfordnlp-imdb.body.json"_s,
            u"3 rows|first 234|text:string,label:ClassLabel(2)|Well, you know the rest! This |truncated cells"
            " 0|total 25000"_s},
        {u"datasets-server/rows__200__a-slice-of-an-image-dataset-huggan-horse2zebra.body.json"_s,
            u"3 rows|first 234|imageA:Image,imageB:Image|object|truncated cells 0|total 1334"_s},
        {u"datasets-server/rows__401__inexistent-dataset-and-not-authenticated.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/rows__401__private-dataset-and-not-authenticated-or-authorized.body.json"_s,
            u"Not found."_s},
        {u"datasets-server/rows__404__error-in-the-dataset-itself.body.json"_s, u"Not found."_s},
        {u"datasets-server/rows__404__gated-dataset-and-not-authenticated-or-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/rows__404__inexistent-config.body.json"_s, u"Not found."_s},
        {u"datasets-server/rows__404__inexistent-dataset-while-authenticated.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/rows__404__inexistent-split.body.json"_s, u"Not found."_s},
        {u"datasets-server/rows__404__private-dataset-while-authenticated-and-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/rows__422__empty-config.body.json"_s, u"Parameter 'config' is required"_s},
        {u"datasets-server/rows__422__empty-dataset.body.json"_s, u"Parameter 'dataset' is required"_s},
        {u"datasets-server/rows__422__empty-split.body.json"_s, u"Parameter 'split' is required"_s},
        {u"datasets-server/rows__422__missing-config.body.json"_s, u"Parameter 'config' is required"_s},
        {u"datasets-server/rows__422__missing-dataset.body.json"_s, u"Parameter 'dataset' is required"_s},
        {u"datasets-server/rows__422__missing-split.body.json"_s, u"Parameter 'split' is required"_s},
        {u"datasets-server/rows__422__negative-length.body.json"_s, u"Parameter 'length' must be positive"_s},
        {u"datasets-server/rows__422__negative-offset.body.json"_s, u"Parameter 'offset' must be positive"_s},
        {u"datasets-server/rows__422__non-integer-length.body.json"_s, u"Parameter 'length' must be integer"_s},
        {u"datasets-server/rows__422__non-integer-offset.body.json"_s, u"Parameter 'offset' must be integer"_s},
        {u"datasets-server/rows__422__too-large-length.body.json"_s,
            u"Parameter 'length' must not be greater than 100"_s},
        {u"datasets-server/rows__500__internal-server-error.body.txt"_s, u"Internal Server Error."_s},
        {u"datasets-server/rows__500__unexpected-error.body.json"_s, u"Unexpected error."_s},
        {u"datasets-server/search__200__search-on-a-text-dataset-stanfordnlp-imdb.body.json"_s,
            u"3 rows|first 27|text:string,label:int64|Pedantic, overlong fabrication|truncated cells 0|total "
            "624"_s},
        {u"datasets-server/search__200__search-on-an-image-dataset.body.json"_s,
            u"3 rows|first 661|image:Image,text:string|object|truncated cells 0|total 93"_s},
        {u"datasets-server/search__501__blocked-dataset.body.json"_s,
            u"The parquet conversion has been disabled for this dataset for now. Please open an issue in http"
            "s://github.com/huggingface/dataset-viewer if you want this dataset to be supported."_s},
        {u"datasets-server/size__200__config-size.body.json"_s,
            u"rows -1 mem -1|configs 1 ax 1104|splits 1 test 1104|partial 0"_s},
        {u"datasets-server/size__200__dataset-size-with-failed-subsets.body.json"_s,
            u"rows 0 mem 0|configs 0 |splits 0 |partial 0"_s},
        {u"datasets-server/size__200__dataset-size.body.json"_s,
            u"rows 70000 mem 20387582|configs 1 mnist 70000|splits 2 train 60000|partial 0"_s},
        {u"datasets-server/splits__200__all-splits-in-a-dataset.body.json"_s,
            u"6|ibm/duorc/ParaphraseRC/train|failed 0|pending 0"_s},
        {u"datasets-server/splits__200__splits-for-a-single-subset.body.json"_s,
            u"1|dair-ai/emotion/unsplit/train|failed 0|pending 0"_s},
        {u"datasets-server/splits__401__inexistent-dataset-and-not-authenticated.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/splits__401__private-dataset-and-not-authenticated-or-authorized.body.json"_s,
            u"Not found."_s},
        {u"datasets-server/splits__404__gated-dataset-and-not-authenticated-or-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/splits__404__inexistent-config.body.json"_s, u"Not found."_s},
        {u"datasets-server/splits__404__inexistent-dataset-while-authenticated.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/splits__404__private-dataset-while-authenticated-and-authorized.body.json"_s,
            u"The dataset does not exist, or is not accessible without authentication (private or gated). Ple"
            "ase check the spelling of the dataset name or retry with authentication."_s},
        {u"datasets-server/splits__422__empty-dataset-parameter.body.json"_s, u"Parameter 'dataset' is required"_s},
        {u"datasets-server/splits__422__missing-dataset-parameter.body.json"_s, u"Parameter 'dataset' is required"_s},
        {u"datasets-server/splits__500__error-in-the-dataset-itself.body.json"_s, u"The dataset is empty."_s},
        {u"datasets-server/splits__500__internal-server-error.body.txt"_s, u"Internal Server Error."_s},
        {u"datasets-server/splits__500__response-not-ready.body.json"_s,
            u"The server is busier than usual and the response is not ready yet. Please retry later."_s},
        {u"datasets-server/splits__500__unexpected-error.body.json"_s, u"Unexpected error."_s},
        {u"datasets-server/splits__501__too-many-subsets-in-the-dataset.body.json"_s,
            u"The maximum number of configs allowed is 3000, dataset has 41617 configs."_s},
        {u"datasets-server/statistics__200__a-split-cl-etm-datetimeevents-with-a-datetime-column.body.json"_s,
            u"{3}|num_examples=6653174"_s},
        {u"datasets-server/statistics__200__a-split-google-boolq-with-a-boolean-column.body.json"_s,
            u"{2}|num_examples=9427"_s},
        {u"datasets-server/statistics__200__a-split-matthijs-snacks-with-image-column.body.json"_s,
            u"{3}|num_examples=4838"_s},
        {u"datasets-server/statistics__200__a-split-mlcommons-peoples-speech-with-audio-column.body.json"_s,
            u"{3}|num_examples=18622"_s},
        {u"datasets-server/statistics__200__a-split-mstz-wine-with-numeric-columns.body.json"_s,
            u"{3}|num_examples=6497"_s},
        {u"datasets-server/statistics__200__a-split-nyu-mll-glue-with-a-string-text-column.body.json"_s,
            u"{3}|num_examples=1104"_s},
        {u"datasets-server/statistics__200__a-split-rowan-hellaswag-with-a-string-label-column.body.json"_s,
            u"{3}|num_examples=39905"_s},
        {u"datasets-server/statistics__200__a-split-ylecun-mnist-with-a-label-column.body.json"_s,
            u"{3}|num_examples=60000"_s},
        {u"hub-js-tests/resolve-file-download-info-expectations.json"_s, u"{2}|cases=[4]"_s},
        {u"hub-js-tests/tree-bert-base-uncased-rev-dd4bc8b-expand.body.json"_s,
            u"5|pytorch_model.bin 440473133 097417381d6c7230bd9e3557456d726de6e83245ec8b24f529f60198a67b203a|"
            "initial commit"_s},
        {u"hub-js-tests/tree-bert-base-uncased-rev-dd4bc8b.body.json"_s,
            u"5|pytorch_model.bin 440473133 097417381d6c7230bd9e3557456d726de6e83245ec8b24f529f60198a67b203a|"_s},
        {u"hub/api-tasks.body.json"_s, u"{41}|any-to-any={11}"_s},
        {u"hub/model-info-307-renamed-Meta-Llama-3.1-8B-Instruct.body.txt"_s,
            u"Temporary Redirect. Redirecting to /api/models/meta-llama/Llama-3.1-8B-Instruct"_s},
        {u"hub/model-info-307-renamed-bert-base-uncased.body.txt"_s,
            u"Temporary Redirect. Redirecting to /api/models/google-bert/bert-base-uncased"_s},
        {u"hub/model-info-307-renamed-with-query-expand.body.txt"_s,
            u"Temporary Redirect. Redirecting to /api/models/meta-llama/Llama-3.1-8B-Instruct?expand=inferenc"
            "eProviderMapping"_s},
        {u"hub/model-info-deepset-roberta-base-squad2.body.json"_s,
            u"deepset/roberta-base-squad2|adc3b06f79f797d1c575d5479d6f5efe54a9e3b4|1801802"_s},
        {u"hub/model-info-expand-inferenceProviderMapping.body.json"_s, u"meta-llama/Llama-3.1-8B-Instruct||-1"_s},
        {u"hub/model-info-gated-manual-meta-llama-Llama-3.1-8B-Instruct.body.json"_s,
            u"meta-llama/Llama-3.1-8B-Instruct|0e9e39f249a16976918f6564b8830bc894c89659|5795728"_s},
        {u"hub/model-info-google-bert-bert-base-uncased.body.json"_s,
            u"google-bert/bert-base-uncased|86b5e0934494bd15c9632b12f734a8a67f723594|72376843"_s},
        {u"hub/model-info-stabilityai-stable-diffusion-2-1.body.json"_s,
            u"stabilityai/stable-diffusion-2-1|5cae40e6a2745ae2b01ad92ae5043f95f23644d6|1015720"_s},
        {u"hub/model-info-zephyr-7b-beta-model-index.body.json"_s,
            u"HuggingFaceH4/zephyr-7b-beta|b70e0c9a2d9e14bd1e812d3c398e5f313e93b473|712431"_s},
        {u"hub/repos-create-409-conflict.body.json"_s, u"You already created this space repo"_s},
        {u"hub/space-info-expand-xetEnabled-private.body.json"_s, u"user/tmp_test_space||-1"_s},
    };
    return table;
}

} // namespace

void TestHubParse::everyRecordingHasARow()
{
    QStringList files;
    for (const QString &pattern : {u"*.body.json"_s, u"*.body.txt"_s}) {
        files += Fixtures::list(u"hub"_s, pattern);
        files += Fixtures::list(u"hub-js-tests"_s, pattern);
        files += Fixtures::list(u"datasets-server"_s, pattern);
    }
    QCOMPARE_GE(files.size(), 100);
    QStringList covered;
    for (const auto &[file, expected] : recordingTable())
        covered.append(file);
    for (const QString &file : std::as_const(files))
        QVERIFY2(covered.contains(file), qPrintable(u"no row for new recording "_s + file));
}

void TestHubParse::recordings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    for (const auto &[file, expected] : recordingTable()) {
        QString name = file;
        name.remove(u".body.json"_s).remove(u".body.txt"_s);
        QTest::newRow(qPrintable(name)) << file << expected;
    }
}

void TestHubParse::recordings()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray body = Fixtures::read(file);
    QVERIFY(!body.isEmpty());
    const Kind kind = kindOf(file);
    QString error;
    const QString actual = fingerprint(kind, body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (kind == Kind::Error) {
        QVERIFY(!actual.isEmpty());
        QVERIFY2(actual.startsWith(expected), qPrintable(actual));
        QCOMPARE_LE(actual.size(), 300);
    } else {
        QCOMPARE(actual, expected);
    }
}

void TestHubParse::bertModelInfo()
{
    QString error;
    const std::optional<ModelInfo> m =
        HubParse::model(Fixtures::read(u"hub/model-info-google-bert-bert-base-uncased.body.json"_s), &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->objectId, u"621ffdc036468d709f174338"_s);
    QCOMPARE(m->id, u"google-bert/bert-base-uncased"_s);
    QCOMPARE(m->author, u"google-bert"_s);
    QCOMPARE(m->sha, u"86b5e0934494bd15c9632b12f734a8a67f723594"_s);
    QCOMPARE(m->downloads, 72376843);
    QCOMPARE(m->downloadsAllTime, -1); // not sent
    QCOMPARE(m->likes, 2065);
    QCOMPARE(m->trendingScore, -1);
    QCOMPARE(m->usedStorage, 12904182200LL);
    QCOMPARE(m->lastModified, utc(2024, 2, 19, 11, 6, 12));
    QCOMPARE(m->lastModified.timeSpec(), Qt::UTC);
    QCOMPARE(m->createdAt, utc(2022, 3, 2, 23, 29, 4));
    QCOMPARE(m->gated, GatedMode::Off);
    QVERIFY(!m->isPrivate);
    QVERIFY(!m->disabled);
    QCOMPARE(m->pipelineTag, u"fill-mask"_s);
    QCOMPARE(m->libraryName, u"transformers"_s);
    QCOMPARE(m->inference, u"warm"_s);
    QCOMPARE(m->tags.size(), 19);
    QVERIFY(m->tags.contains(u"license:apache-2.0"_s));
    QCOMPARE(m->license, u"apache-2.0"_s);
    QCOMPARE(m->languages, QStringList{u"en"_s});
    QCOMPARE(m->datasets, (QStringList{u"bookcorpus"_s, u"wikipedia"_s}));
    QVERIFY(m->baseModels.isEmpty());
    QCOMPARE(m->parameters, 110106428);
    QCOMPARE(m->parametersByDtype.value(u"F32"_s), 110106428);
    QCOMPARE(m->architectures, QStringList{u"BertForMaskedLM"_s});
    QCOMPARE(m->modelType, u"bert"_s);
    QCOMPARE(m->contextLength, -1); // the Hub's config subset carries no max_position_embeddings
    QVERIFY(!m->hasChatTemplate);
    QCOMPARE(m->siblings.size(), 16);
    QCOMPARE(m->siblings.first().path, u".gitattributes"_s);
    QCOMPARE(m->siblings.first().size, -1); // no blobs=true
    QCOMPARE(m->spaces.size(), 100);
    QVERIFY(m->evalResults.isEmpty()); // model-index: null
    QCOMPARE(m->cardData.value("license"_L1).toString(), u"apache-2.0"_s);
}

void TestHubParse::zephyrModelIndex()
{
    QString error;
    const std::optional<ModelInfo> m =
        HubParse::model(Fixtures::read(u"hub/model-info-zephyr-7b-beta-model-index.body.json"_s), &error);
    QVERIFY2(m, qPrintable(error));
    // 9 results with one metric each: 7 from the Open LLM Leaderboard, plus AlpacaEval and MT-Bench without a source.
    QCOMPARE(m->evalResults.size(), 9);
    const EvalResult &arc = m->evalResults.first();
    QCOMPARE(arc.modelName, u"zephyr-7b-beta"_s);
    QCOMPARE(arc.taskType, u"text-generation"_s);
    QCOMPARE(arc.taskName, u"Text Generation"_s);
    QCOMPARE(arc.datasetName, u"AI2 Reasoning Challenge (25-Shot)"_s);
    QCOMPARE(arc.datasetType, u"ai2_arc"_s);
    QCOMPARE(arc.datasetConfig, u"ARC-Challenge"_s);
    QCOMPARE(arc.datasetSplit, u"test"_s);
    QCOMPARE(arc.metricType, u"acc_norm"_s);
    QCOMPARE(arc.metricName, u"normalized accuracy"_s);
    QCOMPARE(arc.value.toDouble(), 62.03071672354948);
    QVERIFY(!arc.verified);
    QCOMPARE(arc.sourceName, u"Open LLM Leaderboard"_s);
    QVERIFY(arc.sourceUrl.startsWith("https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard"_L1));
    const EvalResult &mtBench = m->evalResults.last();
    QCOMPARE(mtBench.datasetName, u"MT-Bench"_s);
    QCOMPARE(mtBench.value.toDouble(), 7.34);
    QVERIFY(mtBench.sourceName.isEmpty());
    QVERIFY(m->hasChatTemplate);
    QCOMPARE(m->license, u"mit"_s);
    QCOMPARE(m->baseModels, QStringList{u"mistralai/Mistral-7B-v0.1"_s});
    QCOMPARE(m->languages, QStringList{u"en"_s});
    QCOMPARE(m->parameters, 7241732096LL);
    QCOMPARE(m->parametersByDtype.value(u"BF16"_s), 7241732096LL);
    QCOMPARE(m->spaces.size(), 340);
    QCOMPARE(m->modelType, u"mistral"_s);
}

void TestHubParse::gatedLlama()
{
    QString error;
    const std::optional<ModelInfo> m = HubParse::model(
        Fixtures::read(u"hub/model-info-gated-manual-meta-llama-Llama-3.1-8B-Instruct.body.json"_s), &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->gated, GatedMode::Manual);
    QCOMPARE(m->license, u"llama3.1"_s);
    QCOMPARE(m->languages, (QStringList{u"en"_s, u"de"_s, u"fr"_s, u"it"_s, u"pt"_s, u"hi"_s, u"es"_s, u"th"_s}));
    QCOMPARE(m->baseModels, QStringList{u"meta-llama/Meta-Llama-3.1-8B"_s});
    QCOMPARE(m->parameters, 8030261248LL);
    QVERIFY(m->hasChatTemplate);
    QCOMPARE(m->lastModified, utc(2024, 9, 25, 17, 0, 57));
    QCOMPARE(m->siblings.size(), 17);
    QVERIFY(m->cardData.value("extra_gated_fields"_L1).isObject());
}

void TestHubParse::providerMappingObjectForm()
{
    QString error;
    const std::optional<ModelInfo> m =
        HubParse::model(Fixtures::read(u"hub/model-info-expand-inferenceProviderMapping.body.json"_s), &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->objectId, u"6698d8a0653e4babe21e1e7d"_s);
    QCOMPARE(m->providers.size(), 6);
    QMap<QString, InferenceProviderEntry> byName;
    for (const InferenceProviderEntry &entry : m->providers)
        byName.insert(entry.provider, entry);
    QCOMPARE(byName.keys(),
        (QStringList{u"fireworks-ai"_s, u"hf-inference"_s, u"hyperbolic"_s, u"nebius"_s, u"novita"_s, u"sambanova"_s}));
    QCOMPARE(byName.value(u"hyperbolic"_s).status, u"staging"_s);
    QCOMPARE(byName.value(u"novita"_s).status, u"live"_s);
    QCOMPARE(byName.value(u"fireworks-ai"_s).providerId, u"accounts/fireworks/models/llama-v3p1-8b-instruct"_s);
    QCOMPARE(byName.value(u"sambanova"_s).task, u"conversational"_s);
    // expand= gives only _id, id and the expanded key: everything else stays unknown.
    QCOMPARE(m->downloads, -1);
    QCOMPARE(m->likes, -1);
    QVERIFY(!m->lastModified.isValid());
    QVERIFY(m->sha.isEmpty());
}

void TestHubParse::robertaModelIndexAndBaseModelList()
{
    const std::optional<ModelInfo> m =
        HubParse::model(Fixtures::read(u"hub/model-info-deepset-roberta-base-squad2.body.json"_s));
    QVERIFY(m);
    QCOMPARE(m->baseModels, QStringList{u"FacebookAI/roberta-base"_s}); // base_model as a list
    QCOMPARE(m->license, u"cc-by-4.0"_s);
    QCOMPARE(m->evalResults.size(), 17);
    QCOMPARE(m->evalResults.first().metricType, u"exact_match"_s);
    QCOMPARE(m->evalResults.first().value.toDouble(), 79.9309);
    QVERIFY(m->evalResults.first().verified);
    QCOMPARE(m->evalResults.at(2).metricType, u"total"_s);
    QCOMPARE(m->evalResults.at(2).value.toInteger(), 11869);
    QCOMPARE(m->evalResults.at(3).datasetName, u"squad"_s);
    QVERIFY(!m->evalResults.at(3).verified);
}

void TestHubParse::diffusersModelHasNoTransformersFields()
{
    const std::optional<ModelInfo> m =
        HubParse::model(Fixtures::read(u"hub/model-info-stabilityai-stable-diffusion-2-1.body.json"_s));
    QVERIFY(m);
    QCOMPARE(m->id, u"stabilityai/stable-diffusion-2-1"_s);
    QCOMPARE(m->license, u"openrail++"_s);
    QVERIFY(m->architectures.isEmpty());
    QVERIFY(m->modelType.isEmpty());
    QCOMPARE(m->parameters, -1);
    QVERIFY(m->parametersByDtype.isEmpty());
    QVERIFY(m->evalResults.isEmpty());
    QCOMPARE(m->downloads, 1015720);
}

void TestHubParse::treeEntries()
{
    QString error;
    const std::optional<QList<RepoTreeEntry>> plain =
        HubParse::tree(Fixtures::read(u"hub-js-tests/tree-bert-base-uncased-rev-dd4bc8b.body.json"_s), &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->size(), 5);
    const RepoTreeEntry &config = plain->at(1);
    QCOMPARE(config.path, u"config.json"_s);
    QVERIFY(!config.isDirectory);
    QCOMPARE(config.size, 313);
    QCOMPARE(config.oid, u"fca794a5f07ff8f963fe8b61e3694b0fb7f955df"_s);
    QVERIFY(config.lfsSha256.isEmpty());
    QCOMPARE(config.lfsPointerSize, -1);
    const RepoTreeEntry &tf = plain->at(3);
    QCOMPARE(tf.path, u"tf_model.h5"_s);
    QCOMPARE(tf.size, 536063208);
    QCOMPARE(tf.lfsSha256, u"a7a17d6d844b5de815ccab5f42cad6d24496db3850a2a43d8258221018ce87d2"_s);
    QCOMPARE(tf.lfsPointerSize, 134);
    QCOMPARE(tf.oid, u"9eb98c817f04b051b3bcca591bcd4e03cec88018"_s);
    QCOMPARE(tf.xetHash, u"879c5715c18a0b7f051dd33f70f0a5c8dd1522e0a43f6f75520f16167f29279b"_s);
    QVERIFY(!tf.lastCommitDate.isValid());

    const std::optional<QList<RepoTreeEntry>> expanded =
        HubParse::tree(Fixtures::read(u"hub-js-tests/tree-bert-base-uncased-rev-dd4bc8b-expand.body.json"_s), &error);
    QVERIFY2(expanded, qPrintable(error));
    QCOMPARE(expanded->size(), 5);
    QCOMPARE(expanded->at(3).lastCommitId, u"dd4bc8b21efa05ec961e3efc4ee5e3832a3679c7"_s);
    QCOMPARE(expanded->at(3).lastCommitTitle, u"Update tf_model.h5"_s);
    QCOMPARE(expanded->at(3).lastCommitDate, utc(2019, 9, 23, 19, 48, 44));
}

void TestHubParse::dvTruncatedCellsAndListFeatures()
{
    QString error;
    const std::optional<DvRows> rows =
        HubParse::dvRows(Fixtures::read(u"datasets-server/first-rows__200__truncated-cells.body.json"_s), &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->dataset, u"ETDataset/ett"_s);
    QCOMPARE(rows->config, u"m2"_s);
    QCOMPARE(rows->split, u"test"_s);
    QVERIFY(rows->truncated);
    QCOMPARE(rows->features.size(), 5);
    QCOMPARE(rows->features.at(1).name, u"target"_s);
    QCOMPARE(rows->features.at(1).typeName, u"List<float32>"_s);
    QCOMPARE(rows->features.at(3).typeName, u"List<List<float32>>"_s);
    QCOMPARE(rows->features.at(3).type.toObject().value("_type"_L1).toString(), u"List"_s); // raw type kept
    QCOMPARE(rows->rows.size(), 10);
    const DvRow &first = rows->rows.first();
    QCOMPARE(first.rowIndex, 0);
    QCOMPARE(first.truncatedCells, (QStringList{u"target"_s, u"feat_dynamic_real"_s}));
    QCOMPARE(first.cells.value("item_id"_L1).toString(), u"OT"_s);
    QVERIFY(first.cells.value("target"_L1).toString().startsWith("[38.6619987487793,"_L1)); // truncated to a string
    QCOMPARE(rows->numRowsTotal, -1); // /first-rows has no paging fields
    QCOMPARE(rows->numRowsPerPage, -1);
}

void TestHubParse::dvRowsPagingAndClassLabel()
{
    const std::optional<DvRows> rows = HubParse::dvRows(
        Fixtures::read(u"datasets-server/rows__200__a-slice-of-a-simple-dataset-stanfordnlp-imdb.body.json"_s));
    QVERIFY(rows);
    QCOMPARE(rows->numRowsTotal, 25000);
    QCOMPARE(rows->numRowsPerPage, 100);
    QVERIFY(!rows->partial);
    QCOMPARE(rows->rows.first().rowIndex, 234);
    QCOMPARE(rows->features.at(1).typeName, u"ClassLabel(2)"_s);
    QCOMPARE(rows->features.at(1).classNames, (QStringList{u"neg"_s, u"pos"_s}));
    QCOMPARE(rows->rows.first().cells.value("label"_L1).toInt(-1), 0);

    const std::optional<DvRows> audio =
        HubParse::dvRows(Fixtures::read(u"datasets-server/first-rows__200__audio-column.body.json"_s));
    QVERIFY(audio);
    QCOMPARE(audio->features.at(2).typeName, u"Audio"_s);
    QCOMPARE(audio->features.at(1).classNames.size(), 17);
    const QJsonArray audioCell = audio->rows.first().cells.value("audio"_L1).toArray();
    QCOMPARE(audioCell.size(), 1);
    QCOMPARE(audioCell.first().toObject().value("type"_L1).toString(), u"audio/wav"_s);

    const std::optional<DvRows> titanic = HubParse::dvRows(
        Fixtures::read(u"datasets-server/filter__200__filter-on-float-equality-julien-c-titanic-survival.body.json"_s));
    QVERIFY(titanic);
    QCOMPARE(titanic->rows.first().cells.value("Name"_L1).toString(), u"Mr. William John Rogers"_s);
}

void TestHubParse::dvInfoAndSize()
{
    const std::optional<DvInfo> glue =
        HubParse::dvInfo(Fixtures::read(u"datasets-server/info__200__config-metadata.body.json"_s));
    QVERIFY(glue);
    QCOMPARE(glue->configs.size(), 1);
    const DvConfigInfo &ax = glue->configs.first();
    QCOMPARE(ax.config, u"ax"_s);
    QCOMPARE(ax.features.size(), 4);
    QCOMPARE(ax.splits.size(), 1);
    QCOMPARE(ax.splits.first().split, u"test"_s);
    QCOMPARE(ax.splits.first().numRows, 1104);
    QCOMPARE(ax.splits.first().numBytesMemory, 243791);
    QCOMPARE(ax.datasetSize, 243791);

    const std::optional<DvInfo> mnist =
        HubParse::dvInfo(Fixtures::read(u"datasets-server/info__200__dataset-metadata.body.json"_s));
    QVERIFY(mnist);
    QCOMPARE(mnist->configs.size(), 1);
    QCOMPARE(mnist->configs.first().config, u"mnist"_s);
    QCOMPARE(mnist->configs.first().homepage, u"http://yann.lecun.com/exdb/mnist/"_s);
    QVERIFY(mnist->configs.first().description.startsWith("The MNIST dataset"_L1));

    const std::optional<DvSize> size =
        HubParse::dvSize(Fixtures::read(u"datasets-server/size__200__dataset-size.body.json"_s));
    QVERIFY(size);
    QCOMPARE(size->dataset.numBytesOriginalFiles, 11594722);
    QCOMPARE(size->dataset.numBytesParquetFiles, 18157506);
    QCOMPARE(size->splits.at(1).split, u"test"_s);
    QCOMPARE(size->splits.at(1).config, u"mnist"_s);
    QCOMPARE(size->splits.at(1).numRows, 10000);
    QCOMPARE(size->splits.at(1).numBytesOriginalFiles, -1); // not sent for splits
}

// ---------------------------------------------------------------------------------------------------------------------
// Quirks, built inline

void TestHubParse::gated_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<GatedMode>("expected");
    QTest::newRow("false") << QByteArray("\"gated\":false") << GatedMode::Off;
    QTest::newRow("auto") << QByteArray("\"gated\":\"auto\"") << GatedMode::Auto;
    QTest::newRow("manual") << QByteArray("\"gated\":\"manual\"") << GatedMode::Manual;
    QTest::newRow("missing") << QByteArray() << GatedMode::Off;
    QTest::newRow("null") << QByteArray("\"gated\":null") << GatedMode::Off;
    QTest::newRow("garbage string") << QByteArray("\"gated\":\"sometimes\"") << GatedMode::Off;
    QTest::newRow("number") << QByteArray("\"gated\":1") << GatedMode::Off;
    QTest::newRow("object") << QByteArray("\"gated\":{\"mode\":\"manual\"}") << GatedMode::Off;
    QTest::newRow("true (undocumented)") << QByteArray("\"gated\":true") << GatedMode::Auto;
}

void TestHubParse::gated()
{
    QFETCH(QByteArray, member);
    QFETCH(GatedMode, expected);
    const std::optional<ModelInfo> m = HubParse::model(modelWith(member));
    QVERIFY(m);
    QCOMPARE(m->gated, expected);
    const std::optional<QList<DatasetInfo>> d = HubParse::datasetList('[' + modelWith(member) + ']');
    QVERIFY(d);
    QCOMPARE(d->size(), 1);
    QCOMPARE(d->first().gated, expected);
}

void TestHubParse::providers_data()
{
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QString>("expected"); // provider:status:providerId, sorted by provider for the object form
    QTest::newRow("object (repo info)") << QByteArray(
        R"({"together":{"status":"live","providerId":"t/m","task":"conversational"},)"
        R"("novita":{"status":"error","providerId":"n/m","task":"conversational","adapter":"lora"}})")
                                        << u"novita:error:n/m:lora,together:live:t/m:"_s;
    QTest::newRow("list (listings)") << QByteArray(
        R"([{"provider":"together","status":"live","providerId":"t/m","task":"conversational"},)"
        R"({"provider":"novita","status":"staging","providerId":"n/m"}])")
                                     << u"together:live:t/m:,novita:staging:n/m:"_s;
    QTest::newRow("list with junk entries")
        << QByteArray(R"([1,"x",null,{"status":"live"},{"provider":"groq","status":"live"}])") << u"groq:live::"_s;
    QTest::newRow("object with junk values")
        << QByteArray(R"({"a":1,"b":"live","c":{"status":"live"}})") << u"c:live::"_s;
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("string") << QByteArray("\"together\"") << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
}

void TestHubParse::providers()
{
    QFETCH(QByteArray, mapping);
    QFETCH(QString, expected);
    const std::optional<ModelInfo> m = HubParse::model(modelWith("\"inferenceProviderMapping\":" + mapping));
    QVERIFY(m);
    QStringList actual;
    for (const InferenceProviderEntry &p : m->providers)
        actual.append(p.provider + u':' + p.status + u':' + p.providerId + u':' + p.adapter);
    QCOMPARE(actual.join(u','), expected);
}

void TestHubParse::featureTypeName_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Value") << QByteArray(R"({"dtype":"int64","_type":"Value"})") << u"int64"_s;
    QTest::newRow("ClassLabel names") << QByteArray(R"({"names":["a","b","c"],"_type":"ClassLabel"})")
                                      << u"ClassLabel(3)"_s;
    QTest::newRow("ClassLabel num_classes")
        << QByteArray(R"({"num_classes":7,"_type":"ClassLabel"})") << u"ClassLabel(7)"_s;
    QTest::newRow("Sequence (older datasets)")
        << QByteArray(R"({"feature":{"dtype":"string","_type":"Value"},"_type":"Sequence"})") << u"List<string>"_s;
    QTest::newRow("List (newer datasets)")
        << QByteArray(R"({"feature":{"dtype":"string","_type":"Value"},"_type":"List"})") << u"List<string>"_s;
    QTest::newRow("Sequence with length")
        << QByteArray(R"({"feature":{"dtype":"float32","_type":"Value"},"length":3,"_type":"Sequence"})")
        << u"List<float32>[3]"_s;
    QTest::newRow("Sequence length -1") << QByteArray(
        R"({"feature":{"dtype":"float32","_type":"Value"},"length":-1,"_type":"Sequence"})")
                                        << u"List<float32>"_s;
    QTest::newRow("LargeList") << QByteArray(R"({"feature":{"dtype":"int8","_type":"Value"},"_type":"LargeList"})")
                               << u"LargeList<int8>"_s;
    QTest::newRow("Sequence of dict") << QByteArray(
        R"({"feature":{"text":{"dtype":"string","_type":"Value"},"answer_start":{"dtype":"int32",)"
        R"("_type":"Value"}},"_type":"Sequence"})")
                                      << u"List<{answer_start, text}>"_s;
    QTest::newRow("dict") << QByteArray(R"({"b":{"dtype":"string","_type":"Value"},"a":{"_type":"Image"}})")
                          << u"{a, b}"_s;
    QTest::newRow("legacy list [Feature]")
        << QByteArray(R"([{"dtype":"string","_type":"Value"}])") << u"List<string>"_s;
    QTest::newRow("legacy empty list") << QByteArray("[]") << u"List<?>"_s;
    QTest::newRow("List without feature") << QByteArray(R"({"_type":"List"})") << u"List<?>"_s;
    QTest::newRow("Array2D") << QByteArray(R"({"shape":[2,3],"dtype":"float32","_type":"Array2D"})")
                             << u"Array2D<float32>[2x3]"_s;
    QTest::newRow("Translation") << QByteArray(R"({"languages":["en","fr"],"_type":"Translation"})")
                                 << u"Translation(en, fr)"_s;
    QTest::newRow("Image") << QByteArray(R"({"_type":"Image"})") << u"Image"_s;
    QTest::newRow("Audio") << QByteArray(R"({"sampling_rate":16000,"_type":"Audio"})") << u"Audio"_s;
    QTest::newRow("future type") << QByteArray(R"({"_type":"Hologram"})") << u"Hologram"_s;
    QTest::newRow("_type not a string") << QByteArray(R"({"_type":5})") << u"{_type}"_s;
    QTest::newRow("number") << QByteArray("[5]") << u"List<?>"_s;
}

void TestHubParse::featureTypeName()
{
    QFETCH(QByteArray, type);
    QFETCH(QString, expected);
    // Wrapped in a FeatureItem list so the real /rows path is exercised too.
    const QByteArray body = R"({"features":[{"feature_idx":0,"name":"col","type":)" + type + R"(}],"rows":[]})";
    const std::optional<DvRows> rows = HubParse::dvRows(body);
    QVERIFY(rows);
    QCOMPARE(rows->features.size(), 1);
    QCOMPARE(rows->features.first().typeName, expected);
    QCOMPARE(HubParse::featureTypeName(rows->features.first().type), expected);
}

void TestHubParse::cardDataShapes_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("license");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QStringList>("baseModels");
    QTest::addColumn<QStringList>("datasets");
    QTest::newRow("strings") << QByteArray(R"("cardData":{"license":"mit","language":"en","base_model":"a/b",)"
                                           R"("datasets":"squad"})")
                             << u"mit"_s << QStringList{u"en"_s} << QStringList{u"a/b"_s} << QStringList{u"squad"_s};
    QTest::newRow("lists") << QByteArray(R"("cardData":{"license":["apache-2.0","mit"],"language":["en","fr"],)"
                                         R"("base_model":["a/b","c/d"],"datasets":["x","y"]})")
                           << u"apache-2.0"_s << QStringList{u"en"_s, u"fr"_s} << QStringList{u"a/b"_s, u"c/d"_s}
                           << QStringList{u"x"_s, u"y"_s};
    QTest::newRow("license from tag") << QByteArray(R"("tags":["a","license:bsd-3-clause"],"cardData":{})")
                                      << u"bsd-3-clause"_s << QStringList() << QStringList() << QStringList();
    QTest::newRow("card license wins over tag")
        << QByteArray(R"("tags":["license:other"],"cardData":{"license":"llama2"})") << u"llama2"_s << QStringList()
        << QStringList() << QStringList();
    QTest::newRow("mistyped") << QByteArray(R"("cardData":{"license":7,"language":{"en":1},"base_model":null,)"
                                            R"("datasets":[1,"ok",null]})")
                              << QString() << QStringList() << QStringList() << QStringList{u"ok"_s};
    QTest::newRow("cardData not an object")
        << QByteArray(R"("cardData":"license: mit")") << QString() << QStringList() << QStringList() << QStringList();
}

void TestHubParse::cardDataShapes()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, license);
    QFETCH(QStringList, languages);
    QFETCH(QStringList, baseModels);
    QFETCH(QStringList, datasets);
    const std::optional<ModelInfo> m = HubParse::model(modelWith(members));
    QVERIFY(m);
    QCOMPARE(m->license, license);
    QCOMPARE(m->languages, languages);
    QCOMPARE(m->baseModels, baseModels);
    QCOMPARE(m->datasets, datasets);
}

void TestHubParse::datasetInfo()
{
    const QByteArray body = R"({"_id":"abc","id":"o/d","author":"o","downloads":12,"downloadsAllTime":345,"likes":3,)"
                            R"("gated":"auto","tags":["language:en","language:de","task_categories:translation",)"
                            R"("size_categories:1K<n<10K","license:cc0-1.0"],"cardData":{"language":["en"],)"
                            R"("pretty_name":"Pretty","task_categories":"translation"},"description":"desc",)"
                            R"("citation":"@misc{x}","paperswithcode_id":"pwc","mainSize":4096,)"
                            R"("lastModified":"2025-01-02T03:04:05.678Z"})";
    QString error;
    const std::optional<DatasetInfo> d = HubParse::dataset(body, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->id, u"o/d"_s);
    QCOMPARE(d->downloadsAllTime, 345);
    QCOMPARE(d->gated, GatedMode::Auto);
    QCOMPARE(d->languages, (QStringList{u"en"_s, u"de"_s})); // card first, then language: tags, no duplicates
    QCOMPARE(d->license, u"cc0-1.0"_s);
    QCOMPARE(d->prettyName, u"Pretty"_s);
    QCOMPARE(d->taskCategories, QStringList{u"translation"_s});
    QCOMPARE(d->sizeCategories, QStringList{u"1K<n<10K"_s});
    QCOMPARE(d->description, u"desc"_s);
    QCOMPARE(d->citation, u"@misc{x}"_s);
    QCOMPARE(d->paperswithcodeId, u"pwc"_s);
    QCOMPARE(d->mainSize, 4096);
    QCOMPARE(d->lastModified, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
}

void TestHubParse::modelIndexMalformed_data()
{
    QTest::addColumn<QByteArray>("modelIndex");
    QTest::addColumn<int>("results");
    QTest::newRow("string instead of array") << QByteArray(R"("model-index")") << 0;
    QTest::newRow("object instead of array") << QByteArray(R"({"name":"x","results":[]})") << 0;
    QTest::newRow("null") << QByteArray("null") << 0;
    QTest::newRow("results a string") << QByteArray(R"([{"name":"x","results":"many"}])") << 0;
    QTest::newRow("results missing") << QByteArray(R"([{"name":"x"}])") << 0;
    QTest::newRow("metrics missing") << QByteArray(R"([{"name":"x","results":[{"task":{"type":"t"}}]}])") << 0;
    QTest::newRow("metrics an object") << QByteArray(R"([{"results":[{"metrics":{"type":"acc","value":1}}]}])") << 0;
    QTest::newRow("metric entries not objects") << QByteArray(R"([{"results":[{"metrics":[1,"acc",null,[]]}]}])") << 0;
    QTest::newRow("metric without value") << QByteArray(R"([{"results":[{"metrics":[{"type":"acc"}]}]}])") << 0;
    QTest::newRow("task and dataset strings, one good metric")
        << QByteArray(R"([{"results":[{"task":"t","dataset":"d","metrics":[{"type":"acc","value":0.5}]}]}])") << 1;
    QTest::newRow("mixed good and bad") << QByteArray(
        R"([7,{"results":[null,{"metrics":[{"type":"f1","value":"12.5%"},{"type":"x"}]}]}])")
                                        << 1;
}

void TestHubParse::modelIndexMalformed()
{
    QFETCH(QByteArray, modelIndex);
    QFETCH(int, results);
    const std::optional<ModelInfo> m = HubParse::model(modelWith("\"model-index\":" + modelIndex));
    QVERIFY(m);
    QCOMPARE(m->evalResults.size(), results);
    QCOMPARE(m->id, u"o/m"_s); // the rest of the model still parses
}

void TestHubParse::contextLengthAndChatTemplate_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<int>("contextLength");
    QTest::addColumn<bool>("chatTemplate");
    QTest::addColumn<qint64>("parameters");
    QTest::newRow("gguf") << QByteArray(R"("gguf":{"total":1000,"context_length":131072,"chat_template":"{{x}}"},)"
                                        R"("config":{"max_position_embeddings":4096})")
                          << 131072 << true << qint64(1000);
    QTest::newRow("config max_position_embeddings")
        << QByteArray(R"("config":{"max_position_embeddings":4096,"tokenizer_config":{"chat_template":"t"}})") << 4096
        << true << qint64(-1);
    QTest::newRow("config n_positions") << QByteArray(R"("config":{"n_positions":1024})") << 1024 << false
                                        << qint64(-1);
    QTest::newRow("text_config n_ctx") << QByteArray(R"("config":{"text_config":{"n_ctx":2048}})") << 2048 << false
                                       << qint64(-1);
    QTest::newRow("seq_length as string")
        << QByteArray(R"("config":{"seq_length":"2048"})") << -1 << false << qint64(-1);
    QTest::newRow("chat_template list") << QByteArray(R"("config":{"tokenizer_config":{"chat_template":)"
                                                      R"([{"name":"default","template":"t"}]}})")
                                        << -1 << true << qint64(-1);
    QTest::newRow("chat_template empty") << QByteArray(R"("config":{"tokenizer_config":{"chat_template":""}})") << -1
                                         << false << qint64(-1);
    QTest::newRow("safetensors wins over gguf")
        << QByteArray(R"("safetensors":{"total":7,"parameters":{"BF16":7}},"gguf":{"total":9})") << -1 << false
        << qint64(7);
    QTest::newRow("huge context") << QByteArray(R"("gguf":{"context_length":1e300})") << -1 << false << qint64(-1);
}

void TestHubParse::contextLengthAndChatTemplate()
{
    QFETCH(QByteArray, members);
    QFETCH(int, contextLength);
    QFETCH(bool, chatTemplate);
    QFETCH(qint64, parameters);
    const std::optional<ModelInfo> m = HubParse::model(modelWith(members));
    QVERIFY(m);
    QCOMPARE(m->contextLength, contextLength);
    QCOMPARE(m->hasChatTemplate, chatTemplate);
    QCOMPARE(m->parameters, parameters);
}

void TestHubParse::wrongFieldTypes()
{
    // Every field with the wrong JSON type: the values stay unknown, nothing else breaks.
    const QByteArray body = R"({"_id":1,"id":["x"],"author":{},"sha":2,"lastModified":"yesterday","createdAt":5,)"
                            R"("private":"no","disabled":1,"gated":[],"downloads":"72376843","downloadsAllTime":null,)"
                            R"("likes":true,"trendingScore":{},"usedStorage":"1GB","tags":"nlp","siblings":{"a":1},)"
                            R"("cardData":[],"pipeline_tag":3,"library_name":null,"inference":false,)"
                            R"("safetensors":"big","config":[1],"spaces":7,"inferenceProviderMapping":4,)"
                            R"("model-index":"broken","gguf":"x"})";
    QString error;
    const std::optional<ModelInfo> m = HubParse::model(body, &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(m->objectId.isEmpty());
    QVERIFY(m->id.isEmpty());
    QVERIFY(m->author.isEmpty());
    QVERIFY(m->sha.isEmpty());
    QVERIFY(!m->lastModified.isValid());
    QVERIFY(!m->createdAt.isValid());
    QVERIFY(!m->isPrivate);
    QVERIFY(!m->disabled);
    QCOMPARE(m->gated, GatedMode::Off);
    QCOMPARE(m->downloads, -1);
    QCOMPARE(m->downloadsAllTime, -1);
    QCOMPARE(m->likes, -1);
    QCOMPARE(m->trendingScore, -1);
    QCOMPARE(m->usedStorage, -1);
    QCOMPARE(m->tags, QStringList{u"nlp"_s}); // a lone string is accepted as a one-element list
    QVERIFY(m->siblings.isEmpty());
    QVERIFY(m->cardData.isEmpty());
    QVERIFY(m->pipelineTag.isEmpty());
    QCOMPARE(m->parameters, -1);
    QVERIFY(m->architectures.isEmpty());
    QCOMPARE(m->contextLength, -1);
    QVERIFY(m->spaces.isEmpty());
    QVERIFY(m->providers.isEmpty());
    QVERIFY(m->evalResults.isEmpty());
    QVERIFY(m->gguf.isEmpty());

    // Numbers sent as doubles are accepted; fractional counts are truncated.
    const std::optional<ModelInfo> doubles = HubParse::model(modelWith(R"("downloads":1.5e6,"likes":2.7)"));
    QVERIFY(doubles);
    QCOMPARE(doubles->downloads, 1500000);
    QCOMPARE(doubles->likes, 2);

    // Dataset-viewer objects with every field mistyped.
    const std::optional<DvRows> rows = HubParse::dvRows(
        R"({"features":"x","rows":[1,{"row_idx":"3","row":[],"truncated_cells":"a"}],"num_rows_total":"9",)"
        R"("num_rows_per_page":1e12,"partial":"yes","truncated":1})");
    QVERIFY(rows);
    QVERIFY(rows->features.isEmpty());
    QCOMPARE(rows->rows.size(), 1);
    QCOMPARE(rows->rows.first().rowIndex, -1);
    QVERIFY(rows->rows.first().cells.isEmpty());
    QCOMPARE(rows->rows.first().truncatedCells, QStringList{u"a"_s});
    QCOMPARE(rows->numRowsTotal, -1);
    QCOMPARE(rows->numRowsPerPage, -1);
    QVERIFY(!rows->partial);
    QVERIFY(!rows->truncated);

    const std::optional<DvSize> size = HubParse::dvSize(R"({"size":{"dataset":[],"configs":{},"splits":"x"}})");
    QVERIFY(size);
    QCOMPARE(size->dataset.numRows, -1);
    QVERIFY(size->configs.isEmpty());
    QVERIFY(size->splits.isEmpty());

    const std::optional<DvSplits> splits = HubParse::dvSplits(
        R"({"splits":[{"dataset":1}],"failed":[{"config":"c","error":{"error":"boom"}},{"config":"d","kind":"k"}],)"
        R"("pending":[{"config":"e"}]})");
    QVERIFY(splits);
    QCOMPARE(splits->splits.size(), 1);
    QVERIFY(splits->splits.first().dataset.isEmpty());
    QCOMPARE(splits->failed.size(), 2);
    QCOMPARE(splits->failed.first().first, u"c"_s);
    QCOMPARE(splits->failed.first().second, u"boom"_s);
    QCOMPARE(splits->failed.last().second, u"k"_s);
    QVERIFY(splits->pending);

    const std::optional<DvInfo> info = HubParse::dvInfo(R"({"dataset_info":{"a":1,"b":{"features":[]}}})");
    QVERIFY(info);
    QCOMPARE(info->configs.size(), 1);
    QCOMPARE(info->configs.first().config, u"b"_s);

    const std::optional<QList<RepoTreeEntry>> entries = HubParse::tree(
        R"([{"type":"directory","path":"sub","oid":"o","size":0},{"type":7,"lfs":"x","lastCommit":[]},3])");
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QVERIFY(entries->first().isDirectory);
    QCOMPARE(entries->first().size, 0);
    QVERIFY(!entries->last().isDirectory);
    QCOMPARE(entries->last().size, -1);
}

void TestHubParse::whoAmI()
{
    const QByteArray body =
        R"({"type":"user","id":"1","name":"ada","fullname":"Ada L","email":null,"isPro":true,)"
        R"("orgs":[{"type":"org","name":"huggingface"},{"name":7},"junk"],)"
        R"("auth":{"type":"access_token","accessToken":{"displayName":"laptop","role":"fineGrained"}}})";
    QString error;
    const std::optional<WhoAmI> who = HubParse::whoAmI(body, &error);
    QVERIFY2(who, qPrintable(error));
    QCOMPARE(who->type, u"user"_s);
    QCOMPARE(who->name, u"ada"_s);
    QCOMPARE(who->fullname, u"Ada L"_s);
    QVERIFY(who->email.isEmpty());
    QVERIFY(who->isPro);
    QCOMPARE(who->orgs, QStringList{u"huggingface"_s});
    QCOMPARE(who->tokenName, u"laptop"_s);
    QCOMPARE(who->tokenRole, u"fineGrained"_s);
    QVERIFY(!HubParse::whoAmI("[]", &error));
    QCOMPARE(error, u"expected a JSON object for whoami, got an array"_s);
}

// ---------------------------------------------------------------------------------------------------------------------
// Bad input: a clear one-line reason, never a crash

void TestHubParse::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed object") << QByteArray(R"({"id": })");
    QTest::newRow("malformed array") << QByteArray(R"([{"id":"a"},])");
    QTest::newRow("truncated real body")
        << Fixtures::read(u"hub/model-info-google-bert-bert-base-uncased.body.json"_s).left(1000);
    QTest::newRow("truncated list") << QByteArray(R"([{"id":"a"},{"id":"b")");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t ");
    QTest::newRow("plain text") << QByteArray("Internal Server Error");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>");
    QTest::newRow("top-level null") << QByteArray("null");
    QTest::newRow("top-level number") << QByteArray("42");
    QTest::newRow("top-level string") << QByteArray(R"("hello")");
    QTest::newRow("invalid UTF-8 in object") << QByteArray("{\"id\":\"a\xff\xfe b\"}");
    QTest::newRow("invalid UTF-8 in array") << QByteArray("[{\"id\":\"a\xff\xfe b\"}]");
    QTest::newRow("overlong UTF-8") << QByteArray("[{\"id\":\"\xc0\xaf\"}]");
    QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("[{\"id\":\"\xed\xa0\x80\"}]");
    QTest::newRow("invalid UTF-8 outside strings") << QByteArray("[\xff]");
    QTest::newRow("NUL inside") << QByteArray("[{\"id\":\"a\"}\0]", 13);
    QTest::newRow("trailing garbage") << QByteArray(R"([{"id":"a"}] trailing)");
    QTest::newRow("two documents") << QByteArray(R"({"a":1}{"b":2})");
    QTest::newRow("100000 [") << QByteArray(100000, '[');
    QTest::newRow("100000 [ closed") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QByteArray deepObject;
    for (int i = 0; i < 50000; ++i)
        deepObject += "{\"a\":";
    QTest::newRow("50000 nested objects") << deepObject;
    QByteArray garbage(10 * 1024 * 1024, Qt::Uninitialized);
    quint32 state = 2463534242u; // xorshift: deterministic bytes
    for (char &c : garbage) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        c = static_cast<char>(state & 0xff);
    }
    QTest::newRow("10 MB of random bytes") << garbage;
    garbage[0] = '[';
    QTest::newRow("10 MB of random bytes after [") << garbage;
    QTest::newRow("10 MB of text") << QByteArray(10 * 1024 * 1024, 'x');
}

void TestHubParse::badInput()
{
    QFETCH(QByteArray, body);
    // Returns a description of what went wrong, empty when the parser refused the body with a one-line reason.
    const auto refuses = [&body](auto parse) -> QString {
        QString error;
        if (parse(body, &error).has_value())
            return u"parsed"_s;
        if (error.isEmpty())
            return u"no reason given"_s;
        return error.contains(u'\n') ? u"multi-line reason: "_s + error : QString();
    };
    QCOMPARE(refuses(HubParse::model), QString());
    QCOMPARE(refuses(HubParse::dataset), QString());
    QCOMPARE(refuses(HubParse::modelList), QString());
    QCOMPARE(refuses(HubParse::datasetList), QString());
    QCOMPARE(refuses(HubParse::tree), QString());
    QCOMPARE(refuses(HubParse::whoAmI), QString());
    QCOMPARE(refuses(HubParse::dvValidity), QString());
    QCOMPARE(refuses(HubParse::dvSplits), QString());
    QCOMPARE(refuses(HubParse::dvRows), QString());
    QCOMPARE(refuses(HubParse::dvSize), QString());
    QCOMPARE(refuses(HubParse::dvInfo), QString());
    // Without an error pointer too.
    QVERIFY(!HubParse::modelList(body));
    QVERIFY(!HubParse::model(body));
    // errorMessage() survives the same input and stays one short line.
    const QString message = HubParse::errorMessage(body);
    QCOMPARE_LE(message.size(), 300);
    QVERIFY(!message.contains(u'\n'));
}

void TestHubParse::listShapes()
{
    QString error;
    const std::optional<QList<ModelInfo>> empty = HubParse::modelList("[]", &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(empty->isEmpty());
    QVERIFY(HubParse::tree(" [ ] \n"));

    QVERIFY(!HubParse::modelList("{}", &error));
    QCOMPARE(error, u"expected a JSON array of models, got an object"_s);
    QVERIFY(!HubParse::datasetList(R"({"error":"x"})", &error));
    QCOMPARE(error, u"expected a JSON array of datasets, got an object"_s);
    QVERIFY(!HubParse::tree("{}", &error));
    QCOMPARE(error, u"expected a JSON array of tree entries, got an object"_s);
    QVERIFY(!HubParse::model("[]", &error));
    QCOMPARE(error, u"expected a JSON object for a model, got an array"_s);
    QVERIFY(!HubParse::dvRows("[]", &error));
    QCOMPARE(error, u"expected a JSON object of rows, got an array"_s);
    QVERIFY(!HubParse::model("", &error));
    QCOMPARE(error, u"empty body, expected a JSON object for a model"_s);
    QVERIFY(!HubParse::modelList("[{\"id\":\"a\xff\"}]", &error));
    QVERIFY2(error.contains("invalid UTF-8"_L1), qPrintable(error));
    QVERIFY(!HubParse::modelList("[{\"id\":", &error));
    QVERIFY2(error.startsWith("not valid JSON ("_L1) && error.endsWith("expected a JSON array of models"_L1),
        qPrintable(error));

    // Non-object items in a listing are skipped, the rest parse.
    const std::optional<QList<ModelInfo>> mixed = HubParse::modelList(R"([1,null,"x",[],{"id":"a/b","likes":4}])");
    QVERIFY(mixed);
    QCOMPARE(mixed->size(), 1);
    QCOMPARE(mixed->first().id, u"a/b"_s);
    QCOMPARE(mixed->first().likes, 4);

    // A listing item as JS requests it (expand=pipeline_tag,private,gated,downloads,likes,lastModified) + providers.
    const std::optional<QList<ModelInfo>> listing = HubParse::modelList(
        R"([{"_id":"66","id":"meta-llama/Llama-3.1-8B-Instruct","pipeline_tag":"text-generation","private":false,)"
        R"("gated":"manual","downloads":5795728,"likes":4000,"lastModified":"2024-09-25T17:00:57.000Z",)"
        R"("inferenceProviderMapping":[{"provider":"novita","providerId":"x","status":"live","task":"conversational"}]},)"
        R"({"_id":"67","id":"o/m","gated":false,"private":true}])");
    QVERIFY(listing);
    QCOMPARE(listing->size(), 2);
    QCOMPARE(listing->first().gated, GatedMode::Manual);
    QCOMPARE(listing->first().providers.size(), 1);
    QCOMPARE(listing->first().providers.first().provider, u"novita"_s);
    QCOMPARE(listing->first().lastModified, utc(2024, 9, 25, 17, 0, 57));
    QCOMPARE(listing->last().downloads, -1);
    QVERIFY(listing->last().isPrivate);
}

void TestHubParse::errorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hub {error}") << QByteArray(R"({"error":"Repository not found"})") << u"Repository not found"_s;
    QTest::newRow("hub {error, url} 409")
        << Fixtures::read(u"hub/repos-create-409-conflict.body.json"_s) << u"You already created this space repo"_s;
    QTest::newRow("error as a list") << QByteArray(R"({"error":["Invalid revision","Try main"]})")
                                     << u"Invalid revision; Try main"_s;
    QTest::newRow("OAuth error + error_description")
        << QByteArray(R"({"error":"invalid_grant","error_description":"The refresh token expired"})")
        << u"invalid_grant: The refresh token expired"_s;
    QTest::newRow("message") << QByteArray(R"({"message":"Bad request: invalid cursor"})")
                             << u"Bad request: invalid cursor"_s;
    QTest::newRow("errors [{message}]") << QByteArray(R"({"errors":[{"message":"first"},{"message":"second"}]})")
                                        << u"first; second"_s;
    QTest::newRow("errors [string]") << QByteArray(R"({"errors":["only"]})") << u"only"_s;
    QTest::newRow("detail") << QByteArray(R"({"detail":"Not Found"})") << u"Not Found"_s;
    QTest::newRow("top-level array") << QByteArray(R"([{"message":"m"}])") << u"m"_s;
    QTest::newRow("dv 422") << Fixtures::read(u"datasets-server/rows__422__too-large-length.body.json"_s)
                            << u"Parameter 'length' must not be greater than 100"_s;
    QTest::newRow("dv 500 with cause")
        << Fixtures::read(u"datasets-server/splits__500__error-in-the-dataset-itself.body.json"_s)
        << u"The dataset is empty. (EmptyDatasetError: The directory at hf://datasets/severo/empty@"
           "5db043c2aee5fe0f2118c134de45f7b2e3230fbc doesn't contain any data files)"_s;
    QTest::newRow("dv 500 text/plain") << Fixtures::read(u"datasets-server/rows__500__internal-server-error.body.txt"_s)
                                       << u"Internal Server Error."_s;
    QTest::newRow("307 text/plain")
        << Fixtures::read(u"hub/model-info-307-renamed-bert-base-uncased.body.txt"_s)
        << u"Temporary Redirect. Redirecting to /api/models/google-bert/bert-base-uncased"_s;
    QTest::newRow("multi-line text") << QByteArray("  Rate limited.\n  Retry later. \n")
                                     << u"Rate limited. Retry later."_s;
    QTest::newRow("message with newlines")
        << QByteArray(R"({"error":"  line one\n line two "})") << u"line one line two"_s;
    QTest::newRow("long text capped") << QByteArray(1000, 'x') << QString(299, u'x') + u'…';
    QTest::newRow("long JSON message capped")
        << QByteArray("{\"error\":\"" + QByteArray(500, 'y') + "\"}") << QString(299, u'y') + u'…';
    QTest::newRow("invalid UTF-8 text") << QByteArray("bad \xff byte") << u"bad \uFFFD byte"_s;
    QTest::newRow("broken JSON read as text") << QByteArray(R"({"error": "cut)") << u"{\"error\": \"cut"_s;
    QTest::newRow("html page") << QByteArray("<!DOCTYPE html>\n<html><head><title>502</title></head></html>")
                               << QString();
    QTest::newRow("html after whitespace") << QByteArray("\r\n  <html><body>Oops</body></html>") << QString();
    QTest::newRow("html without leading tag") << QByteArray("Error page <HTML><BODY>x</BODY></HTML>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << QString();
    QTest::newRow("JSON without a message") << QByteArray(R"({"status":404})") << QString();
    QTest::newRow("error not a string") << QByteArray(R"({"error":5})") << QString();
    QTest::newRow("empty error") << QByteArray(R"({"error":""})") << QString();
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString();
}

void TestHubParse::errorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(HubParse::errorMessage(body), expected);
}

QTEST_GUILESS_MAIN(TestHubParse)
#include "tst_hubparse.moc"
