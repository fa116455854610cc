// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class HubClient;
class QObject;
struct DvRow;

// One prompt ready to send, and where it came from (stored in prompts.source): {"kind":"file","path":…,"line":N},
// {"kind":"dataset","dataset":…,"config":…,"split":…,"row":N} or {"kind":"typed","index":N}.
struct RenderedPrompt
{
    QString text;
    QJsonObject source;
};

// The records of a prompt set, read from a JSONL or CSV file, a list typed by hand, or rows of a Hub dataset, and
// the template that turns each record into a prompt. A template names columns as {{column}} (spaces inside the
// braces allowed); without a template the prompt is the value of one column. Plain value type, no I/O after loading.
class PromptSet
{
public:
    struct Record
    {
        QJsonObject fields;
        QJsonObject source;
    };

    // A .csv/.tsv file (RFC 4180 quoting; the first record names the columns) or JSON Lines (one object, or one
    // string, per line; blank lines skipped). std::nullopt and *error on failure, naming the line.
    static std::optional<PromptSet> fromFile(const QString &path, QString *error);
    static PromptSet fromCsv(const QByteArray &data, const QString &path, QChar separator, QString *error);
    static PromptSet fromJsonLines(const QByteArray &data, const QString &path, QString *error);
    // One prompt per non-empty entry; the column is "text".
    static PromptSet fromTyped(const QStringList &prompts);
    static PromptSet fromDatasetRows(
        const QString &dataset, const QString &config, const QString &split, const QList<DvRow> &rows);

    qsizetype size() const
    {
        return m_records.size();
    }
    bool isEmpty() const
    {
        return m_records.isEmpty();
    }
    const QList<Record> &records() const
    {
        return m_records;
    }
    QStringList columns() const; // in the order they first appear
    // The column a prompt comes from when none was chosen: "prompt", "text", "input", "question", "instruction", else
    // the only column; empty when that is ambiguous.
    QString defaultColumn() const;

    // The variables of a template, in order, without duplicates.
    static QStringList templateVariables(const QString &templateText);
    // Fills `templateText` from one record; a variable without a column is an error (*error set, empty result).
    static QString renderOne(const QString &templateText, const QJsonObject &fields, QString *error);
    // Every record rendered: with the template when one is given, else the value of `column` (or defaultColumn()).
    // Records whose prompt comes out empty are skipped and counted in *skipped. An unknown column is an error.
    QList<RenderedPrompt> render(
        const QString &templateText, const QString &column, QString *error, int *skipped = nullptr) const;

    // A cell as prompt text: strings as they are, numbers and booleans as written, anything else as compact JSON.
    static QString cellText(const QJsonValue &value);

private:
    QList<Record> m_records;
};

// Reads rows [first, last) of a Hub dataset through the dataset viewer, 100 per request (its page limit). An empty
// config or split picks the first config and its "train" split (else its first), like `hublens rows`. `last` < 0
// reads to the end. Calls `done` once, on `context`'s thread, unless `context` is destroyed first.
struct DatasetSlice
{
    QString dataset;
    QString config;
    QString split;
    qint64 first = 0;
    qint64 last = -1;
};
void loadDatasetPrompts(HubClient *client, const DatasetSlice &slice, QObject *context,
    std::function<void(const std::optional<PromptSet> &set, const DatasetSlice &resolved, const QString &error)> done);
