// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/promptset.h"

#include <memory>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

#include "app/hub/hubclient.h"
#include "app/hub/hubtypes.h"

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]+?)\\s*\\}\\}"_s);
    return pattern;
}

constexpr int DatasetPageRows = 100; // the dataset viewer's /rows limit

} // namespace

std::optional<PromptSet> PromptSet::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    error->clear();
    PromptSet set;
    if (suffix == u"csv"_s)
        set = fromCsv(data, absolute, u',', error);
    else if (suffix == u"tsv"_s)
        set = fromCsv(data, absolute, u'\t', error);
    else
        set = fromJsonLines(data, absolute, error);
    if (!error->isEmpty())
        return std::nullopt;
    return set;
}

PromptSet PromptSet::fromCsv(const QByteArray &data, const QString &path, QChar separator, QString *error)
{
    PromptSet set;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList header;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    qint64 recordIndex = 0;
    const auto endRecord = [&]() -> bool {
        fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        const bool blank = fields.size() == 1 && fields.first().isEmpty();
        if (!blank) {
            if (header.isEmpty()) {
                header = fields;
            } else {
                if (fields.size() != header.size()) {
                    *error = u"%1 line %2: %3 fields where the header has %4"_s.arg(path)
                                 .arg(recordLine)
                                 .arg(fields.size())
                                 .arg(header.size());
                    return false;
                }
                QJsonObject object;
                for (int i = 0; i < header.size(); ++i)
                    object.insert(header.at(i), fields.at(i));
                ++recordIndex;
                set.m_records.append({object,
                    QJsonObject{{u"kind"_s, u"file"_s}, {u"path"_s, path}, {u"line"_s, recordLine},
                        {u"record"_s, recordIndex}}});
            }
        }
        fields.clear();
        recordLine = line;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == separator) {
            fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            if (!endRecord())
                return {};
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        *error = u"%1 line %2: a quoted field is not closed"_s.arg(path).arg(recordLine);
        return {};
    }
    if ((!field.isEmpty() || !fields.isEmpty()) && !endRecord())
        return {};
    if (header.isEmpty())
        *error = u"%1 is empty"_s.arg(path);
    return set;
}

PromptSet PromptSet::fromJsonLines(const QByteArray &data, const QString &path, QString *error)
{
    PromptSet set;
    int line = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++line;
        QByteArray content = data.mid(start, end - start).trimmed();
        start = end + 1;
        if (line == 1 && content.startsWith("\xEF\xBB\xBF"))
            content.remove(0, 3);
        if (content.isEmpty())
            continue;
        QJsonParseError parseError;
        // A bare JSON string is wrapped so QJsonDocument accepts it.
        const QJsonDocument document = QJsonDocument::fromJson("[" + content + "]", &parseError);
        const QJsonValue value = document.array().at(0);
        if (parseError.error != QJsonParseError::NoError || document.array().size() != 1
            || !(value.isObject() || value.isString())) {
            *error = u"%1 line %2: not a JSON object or string"_s.arg(path).arg(line);
            return {};
        }
        const QJsonObject fields = value.isObject() ? value.toObject() : QJsonObject{{u"text"_s, value.toString()}};
        set.m_records.append({fields, QJsonObject{{u"kind"_s, u"file"_s}, {u"path"_s, path}, {u"line"_s, line}}});
    }
    if (set.m_records.isEmpty())
        *error = u"%1 has no prompts"_s.arg(path);
    return set;
}

PromptSet PromptSet::fromTyped(const QStringList &prompts)
{
    PromptSet set;
    int index = 0;
    for (const QString &prompt : prompts) {
        ++index;
        if (prompt.trimmed().isEmpty())
            continue;
        set.m_records.append(
            {QJsonObject{{u"text"_s, prompt}}, QJsonObject{{u"kind"_s, u"typed"_s}, {u"index"_s, index}}});
    }
    return set;
}

PromptSet PromptSet::fromDatasetRows(
    const QString &dataset, const QString &config, const QString &split, const QList<DvRow> &rows)
{
    PromptSet set;
    set.m_records.reserve(rows.size());
    for (const DvRow &row : rows) {
        set.m_records.append({row.cells,
            QJsonObject{{u"kind"_s, u"dataset"_s}, {u"dataset"_s, dataset}, {u"config"_s, config}, {u"split"_s, split},
                {u"row"_s, row.rowIndex}}});
    }
    return set;
}

QStringList PromptSet::columns() const
{
    QStringList result;
    for (const Record &record : m_records) {
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
            if (!result.contains(it.key()))
                result.append(it.key());
        }
        if (result.size() > 200)
            break;
    }
    return result;
}

QString PromptSet::defaultColumn() const
{
    const QStringList all = columns();
    for (const QString &name : {u"prompt"_s, u"text"_s, u"input"_s, u"question"_s, u"instruction"_s}) {
        if (all.contains(name))
            return name;
    }
    return all.size() == 1 ? all.first() : QString();
}

QStringList PromptSet::templateVariables(const QString &templateText)
{
    QStringList names;
    QRegularExpressionMatchIterator it = variablePattern().globalMatch(templateText);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString PromptSet::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString PromptSet::renderOne(const QString &templateText, const QJsonObject &fields, QString *error)
{
    QString result;
    result.reserve(templateText.size() + 64);
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = variablePattern().globalMatch(templateText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!fields.contains(name)) {
            *error = u"the template uses {{%1}}, which is not a column"_s.arg(name);
            return {};
        }
        result += QStringView(templateText).mid(last, match.capturedStart() - last);
        result += cellText(fields.value(name));
        last = match.capturedEnd();
    }
    result += QStringView(templateText).mid(last);
    return result;
}

QList<RenderedPrompt> PromptSet::render(
    const QString &templateText, const QString &column, QString *error, int *skipped) const
{
    error->clear();
    if (skipped)
        *skipped = 0;
    QList<RenderedPrompt> prompts;
    if (m_records.isEmpty())
        return prompts;
    const QStringList known = columns();
    if (!templateText.isEmpty()) {
        for (const QString &name : templateVariables(templateText)) {
            if (!known.contains(name)) {
                *error =
                    u"the template uses {{%1}}, which is not a column (columns: %2)"_s.arg(name, known.join(u", "_s));
                return {};
            }
        }
    }
    const QString chosen = column.isEmpty() ? defaultColumn() : column;
    if (templateText.isEmpty()) {
        if (chosen.isEmpty()) {
            *error = u"choose the column with the prompts (columns: %1)"_s.arg(known.join(u", "_s));
            return {};
        }
        if (!known.contains(chosen)) {
            *error = u"there is no column %1 (columns: %2)"_s.arg(chosen, known.join(u", "_s));
            return {};
        }
    }
    prompts.reserve(m_records.size());
    for (const Record &record : m_records) {
        QString text;
        if (templateText.isEmpty()) {
            text = cellText(record.fields.value(chosen));
        } else {
            QString rowError;
            text = renderOne(templateText, record.fields, &rowError);
            if (!rowError.isEmpty()) {
                // A column missing from this one record: the record is skipped, not the set.
                text.clear();
            }
        }
        if (text.trimmed().isEmpty()) {
            if (skipped)
                ++*skipped;
            continue;
        }
        QJsonObject source = record.source;
        if (!templateText.isEmpty())
            source.insert(u"template"_s, templateText);
        else
            source.insert(u"column"_s, chosen);
        prompts.append({text, source});
    }
    return prompts;
}

namespace {

struct DatasetLoad
{
    HubClient *client = nullptr;
    DatasetSlice slice;
    QList<DvRow> rows;
    QPointer<QObject> context;
    std::function<void(const std::optional<PromptSet> &, const DatasetSlice &, const QString &)> done;

    void fail(const QString &error)
    {
        done(std::nullopt, slice, error);
    }

    static void nextPage(const std::shared_ptr<DatasetLoad> &load)
    {
        const qint64 offset = load->slice.first + load->rows.size();
        qint64 wanted = DatasetPageRows;
        if (load->slice.last >= 0)
            wanted = std::min<qint64>(wanted, load->slice.last - offset);
        if (wanted <= 0) {
            load->finish();
            return;
        }
        if (!load->context)
            return;
        load->client->datasetRows(load->slice.dataset, load->slice.config, load->slice.split, offset, int(wanted),
            load->context, [load, wanted](const HubResult<DvRows> &result) {
                if (!result.ok())
                    return load->fail(result.error.message);
                load->rows.append(result.value->rows);
                const qint64 total = result.value->numRowsTotal;
                if (result.value->rows.size() < wanted
                    || (total >= 0 && load->slice.first + load->rows.size() >= total)) {
                    load->finish();
                    return;
                }
                nextPage(load);
            });
    }

    void finish()
    {
        if (rows.isEmpty())
            return fail(u"rows %1 to %2 of %3 (%4/%5) are empty"_s.arg(slice.first)
                            .arg(slice.last < 0 ? u"the end"_s : QString::number(slice.last))
                            .arg(slice.dataset, slice.config, slice.split));
        done(PromptSet::fromDatasetRows(slice.dataset, slice.config, slice.split, rows), slice, {});
    }
};

} // namespace

void loadDatasetPrompts(HubClient *client, const DatasetSlice &slice, QObject *context,
    std::function<void(const std::optional<PromptSet> &set, const DatasetSlice &resolved, const QString &error)> done)
{
    auto load = std::make_shared<DatasetLoad>();
    load->client = client;
    load->slice = slice;
    load->context = context;
    load->done = std::move(done);
    if (!slice.config.isEmpty() && !slice.split.isEmpty()) {
        DatasetLoad::nextPage(load);
        return;
    }
    client->datasetSplits(slice.dataset, context, [load](const HubResult<DvSplits> &result) {
        if (!result.ok())
            return load->fail(result.error.message);
        QList<DvSplit> candidates;
        for (const DvSplit &entry : result.value->splits) {
            if ((load->slice.config.isEmpty() || entry.config == load->slice.config)
                && (load->slice.split.isEmpty() || entry.split == load->slice.split))
                candidates.append(entry);
        }
        if (candidates.isEmpty())
            return load->fail(u"%1 has no such config or split"_s.arg(load->slice.dataset));
        DvSplit chosen = candidates.first();
        if (load->slice.split.isEmpty()) {
            for (const DvSplit &entry : std::as_const(candidates)) {
                if (entry.config == chosen.config && entry.split == u"train"_s) {
                    chosen = entry;
                    break;
                }
            }
        }
        load->slice.config = chosen.config;
        load->slice.split = chosen.split;
        DatasetLoad::nextPage(load);
    });
}
