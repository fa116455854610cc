// SPDX-License-Identifier: GPL-3.0-or-later
// The listing benchmark: 10,000 models through the loopback server, 100 pages of 100 with the full default expand
// set, parsed and materialised. Reports wall time, pure parse throughput and peak RSS, prints one JSON line, and
// exits 0 when every target is met (1 otherwise). A plain executable: benchmarks are never timed in the test suite.
//
//   bench_listing [--models N] [--page-size N] [--parse-runs N]
#include <algorithm>
#include <cstdio>
#include <limits>

#include <curl/curl.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include "app/hub/hubclient.h"
#include "app/hub/hubparse.h"
#include "app/net/curlmulti.h"
#include "tests/support/testserver.h"

using namespace Qt::StringLiterals;

namespace {

constexpr double kTargetParseModelsPerSecond = 50000.0;
constexpr double kTargetWallMs = 1500.0;
constexpr double kTargetPeakRssMb = 100.0;
constexpr int kListingTimeoutMs = 60000;

// A field of /proc/self/status in MiB (VmRSS: resident now, VmHWM: peak resident), or -1 when /proc is not there.
double statusMb(const QString &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch match =
        QRegularExpression(u"^%1:\\s+(\\d+)\\s+kB"_s.arg(field), QRegularExpression::MultilineOption).match(text);
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

double peakRssMb()
{
    return statusMb(u"VmHWM"_s);
}

// Resident memory after each stage, to tell the harness (generated items, the server's copies) from the client.
struct Stage
{
    QString name;
    double rssMb;
    double peakMb;
};

void noteStage(QList<Stage> &stages, const QString &name)
{
    stages.append({name, statusMb(u"VmRSS"_s), statusMb(u"VmHWM"_s)});
}

struct ListingRun
{
    QList<ModelInfo> models;
    int pages = 0;
    QString error;
    qint64 wallNs = 0;
    QList<qint64> pageNs; // request sent → page parsed, per page
};

// Lists page after page from the first request until nextPage is invalid, keeping every ModelInfo.
ListingRun listAll(HubClient &client, QObject *context, int pageSize)
{
    ListingRun run;
    QEventLoop loop;
    QElapsedTimer wall;
    QElapsedTimer page;
    std::function<void(const HubResult<QList<ModelInfo>> &)> onPage;
    onPage = [&](const HubResult<QList<ModelInfo>> &result) {
        run.pageNs.append(page.nsecsElapsed());
        if (!result.ok()) {
            run.error = u"page %1: %2"_s.arg(run.pages + 1).arg(result.error.message);
            run.wallNs = wall.nsecsElapsed();
            loop.quit();
            return;
        }
        run.models += *result.value;
        ++run.pages;
        if (!result.nextPage.isValid()) {
            run.wallNs = wall.nsecsElapsed();
            loop.quit();
            return;
        }
        page.start();
        client.listModelsPage(result.nextPage, context, onPage);
    };
    HubListQuery query;
    query.pageSize = pageSize;
    // Start from inside the event loop so the measurement includes no loop start-up.
    QTimer::singleShot(0, context, [&] {
        wall.start();
        page.start();
        client.listModels(query, context, onPage);
    });
    // A hung listing fails the benchmark instead of blocking it.
    QTimer::singleShot(kListingTimeoutMs, context, [&] {
        run.error = u"no answer after %1 s (page %2)"_s.arg(kListingTimeoutMs / 1000).arg(run.pages + 1);
        loop.quit();
    });
    loop.exec();
    return run;
}

// Pure parsing: HubParse::modelList over the page bodies, `runs` times; the best run's models/s.
double parseModelsPerSecond(const QList<QByteArray> &bodies, int expectedModels, int runs, double *bestMs)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < runs; ++r) {
        QList<ModelInfo> all;
        all.reserve(expectedModels);
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &body : bodies) {
            std::optional<QList<ModelInfo>> page = HubParse::modelList(body);
            if (!page)
                return 0;
            all += *page;
        }
        const qint64 ns = timer.nsecsElapsed();
        if (all.size() != expectedModels)
            return 0;
        best = std::min(best, ns);
    }
    *bestMs = double(best) / 1e6;
    return double(expectedModels) / (double(best) / 1e9);
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"HubLens listing benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption modelsOption(u"models"_s, u"Models to list (default 10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption pageOption(u"page-size"_s, u"Models per page (default 100)."_s, u"n"_s, u"100"_s);
    const QCommandLineOption runsOption(
        u"parse-runs"_s, u"Parse repetitions, best kept (default 5)."_s, u"n"_s, u"5"_s);
    parser.addOptions({modelsOption, pageOption, runsOption});
    parser.process(app);
    const int modelCount = std::max(1, parser.value(modelsOption).toInt());
    const int pageSize = std::max(1, parser.value(pageOption).toInt());
    const int parseRuns = std::max(1, parser.value(runsOption).toInt());

    QList<Stage> stages;
    noteStage(stages, u"start (Qt, curl)"_s);

    // The items carry every key of the default expand set (checked, so the benchmark cannot silently shrink).
    const QList<QByteArray> items = TestData::modelListItems(modelCount);
    const QStringList expand = HubClient::defaultExpand(RepoType::Model);
    {
        const QJsonObject first = QJsonDocument::fromJson(items.constFirst()).object();
        for (const QString &key : expand) {
            if (!first.contains(key)) {
                print(u"generated items lack the expand key \"%1\""_s.arg(key));
                return 1;
            }
        }
    }
    qint64 itemBytes = 0;
    for (const QByteArray &item : items)
        itemBytes += item.size();
    noteStage(stages, u"items generated"_s);

    TestServer server;
    if (!server.start()) {
        print(u"the loopback server did not start"_s);
        return 1;
    }
    server.servePaginated(u"/api/models"_s, items, pageSize);
    noteStage(stages, u"server ready"_s);

    CurlMulti network;
    HubConfig config;
    config.endpoint = server.url();
    config.datasetsServer = server.url();
    HubClient client(&network, config); // no cache
    QObject context;

    ListingRun run = listAll(client, &context, pageSize);
    noteStage(stages, u"listed, models kept"_s);
    server.stop();
    if (!run.error.isEmpty()) {
        print(u"listing failed: %1"_s.arg(run.error));
        return 1;
    }
    QSet<QString> ids;
    ids.reserve(run.models.size());
    for (const ModelInfo &model : run.models)
        ids.insert(model.id);
    if (run.models.size() != modelCount || ids.size() != modelCount) {
        print(u"listing returned %1 models, %2 unique ids; expected %3"_s.arg(run.models.size())
                  .arg(ids.size())
                  .arg(modelCount));
        return 1;
    }
    const int expectedPages = (modelCount + pageSize - 1) / pageSize;
    if (run.pages != expectedPages) {
        print(u"listing took %1 pages; expected %2"_s.arg(run.pages).arg(expectedPages));
        return 1;
    }

    // The listing's peak is recorded (VmHWM); its models are released before the parse runs so that the peak is not
    // two full listings held at once, which the app never does.
    run.models = {};
    ids = {};

    // The same page bodies the server sent, parsed without any network.
    QList<QByteArray> bodies;
    for (qsizetype offset = 0; offset < items.size(); offset += pageSize)
        bodies.append('[' + items.mid(offset, pageSize).join(',') + ']');
    double parseBestMs = 0;
    const double parseRate = parseModelsPerSecond(bodies, modelCount, parseRuns, &parseBestMs);
    if (parseRate <= 0) {
        print(u"parsing the page bodies failed"_s);
        return 1;
    }
    noteStage(stages, u"parse runs done"_s);

    const double wallMs = double(run.wallNs) / 1e6;
    const double rss = peakRssMb();
    const bool parseOk = parseRate >= kTargetParseModelsPerSecond;
    const bool wallOk = wallMs <= kTargetWallMs;
    const bool rssOk = rss >= 0 && rss <= kTargetPeakRssMb;
    const auto mark = [](bool ok) {
        return ok ? u"ok"_s : u"MISSED"_s;
    };

    print(u"listing benchmark: %1 models, %2 pages of %3, %4 expand keys, %5 KiB of items (%6 B/item)"_s.arg(modelCount)
              .arg(run.pages)
              .arg(pageSize)
              .arg(expand.size())
              .arg(itemBytes / 1024)
              .arg(itemBytes / modelCount));
    print(u"  %1 %2 %3 %4"_s.arg(u"metric"_s, -34).arg(u"value"_s, 14).arg(u"target"_s, 14).arg(u""_s));
    print(u"  %1 %2 %3 %4"_s.arg(u"wall, first request → last page"_s, -34)
              .arg(u"%1 ms"_s.arg(wallMs, 0, 'f', 1), 14)
              .arg(u"<= %1 ms"_s.arg(kTargetWallMs, 0, 'f', 0), 14)
              .arg(mark(wallOk)));
    print(u"  %1 %2 %3"_s.arg(u"  listing throughput"_s, -34)
              .arg(u"%1 /s"_s.arg(double(modelCount) / (wallMs / 1000.0), 0, 'f', 0), 14)
              .arg(u""_s, 14));
    print(u"  %1 %2 %3"_s.arg(u"  per page p50 / p90 / max"_s, -34)
              .arg(u"%1/%2/%3 ms"_s.arg(double(percentile(run.pageNs, 0.5)) / 1e6, 0, 'f', 1)
                       .arg(double(percentile(run.pageNs, 0.9)) / 1e6, 0, 'f', 1)
                       .arg(double(percentile(run.pageNs, 1.0)) / 1e6, 0, 'f', 1),
                  14)
              .arg(u""_s, 14));
    print(u"  %1 %2 %3 %4"_s.arg(u"parse (best of %1)"_s.arg(parseRuns), -34)
              .arg(u"%1 /s"_s.arg(parseRate, 0, 'f', 0), 14)
              .arg(u">= %1 /s"_s.arg(kTargetParseModelsPerSecond, 0, 'f', 0), 14)
              .arg(mark(parseOk)));
    print(u"  %1 %2 %3"_s.arg(u"  parse time, all pages"_s, -34)
              .arg(u"%1 ms"_s.arg(parseBestMs, 0, 'f', 1), 14)
              .arg(u""_s, 14));
    print(u"  %1 %2 %3 %4"_s.arg(u"peak RSS (VmHWM)"_s, -34)
              .arg(u"%1 MB"_s.arg(rss, 0, 'f', 1), 14)
              .arg(u"<= %1 MB"_s.arg(kTargetPeakRssMb, 0, 'f', 0), 14)
              .arg(mark(rssOk)));
    QString memory;
    for (const Stage &stage : std::as_const(stages))
        memory += u"%1%2: %3/%4"_s.arg(memory.isEmpty() ? u""_s : u", "_s, stage.name)
                      .arg(stage.rssMb, 0, 'f', 0)
                      .arg(stage.peakMb, 0, 'f', 0);
    print(u"  RSS/peak MB by stage: "_s + memory);
    if (!wallOk)
        print(u"target missed: wall %1 ms > %2 ms"_s.arg(wallMs, 0, 'f', 1).arg(kTargetWallMs, 0, 'f', 0));
    if (!parseOk)
        print(u"target missed: parse %1 models/s < %2"_s.arg(parseRate, 0, 'f', 0)
                  .arg(kTargetParseModelsPerSecond, 0, 'f', 0));
    if (!rssOk)
        print(u"target missed: peak RSS %1 MB > %2 MB"_s.arg(rss, 0, 'f', 1).arg(kTargetPeakRssMb, 0, 'f', 0));

    const bool met = parseOk && wallOk && rssOk;
    print(u"{\"bench\":\"listing\",\"models\":%1,\"wall_ms\":%2,\"parse_models_per_s\":%3,\"peak_rss_mb\":%4,"
          "\"targets_met\":%5}"_s.arg(modelCount)
              .arg(wallMs, 0, 'f', 1)
              .arg(parseRate, 0, 'f', 0)
              .arg(rss, 0, 'f', 1)
              .arg(met ? u"true"_s : u"false"_s));
    return met ? 0 : 1;
}
