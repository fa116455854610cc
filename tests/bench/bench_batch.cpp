// SPDX-License-Identifier: GPL-3.0-or-later
// The batch benchmark (issue 7): 1,000 prompts x 2 endpoints at concurrency 8 against a loopback server that answers
// every request in a fixed 50 ms (a streamed chat completion, as the app asks for). The real `hublens batch` runs as a
// child process, so its CPU time (getrusage of the reaped child) and resident memory (/proc/PID/status, sampled every
// 100 ms) are the client's alone; the server runs on a thread of this process.
// Targets: wall time <= 1.1x the ideal 2000 x 50 ms / 8 = 12.5 s; client CPU <= 25% of one core over the wall time;
// memory flat: the peak RSS after the first fifth of the run at most 8 MiB above the RSS at that point.
// Prints a report and one JSON line; exits 0 when every target is met, 1 when one is missed, 2 when it could not run.
//
//   bench_batch [--prompts N] [--concurrency N] [--delay MS] [--hublens PATH]
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include "app/storage/endpointstore.h"
#include "tests/support/testserver.h"

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double kWallRatio = 1.1;
constexpr double kCpuShare = 0.25;
constexpr double kFlatMiB = 8.0;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

TestResponse answer(const TestRequest &request, int delayMs)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString text =
        u"Answer to "_s + body.value("messages"_L1).toArray().last().toObject().value("content"_L1).toString();
    const auto event = [](const QJsonObject &object) -> QByteArray {
        return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
    };
    TestResponse response;
    response.delayMs = delayMs;
    response.withHeader("content-type", "text/event-stream");
    response.body = event(QJsonObject{{u"choices"_s,
                        QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, QJsonObject{{u"content"_s, text}}}}}}})
        + event(QJsonObject{
            {u"choices"_s,
                QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, QJsonObject()}, {u"finish_reason"_s, u"stop"_s}}}},
            {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 12}, {u"completion_tokens"_s, 8}, {u"total_tokens"_s, 20}}}})
        + "data: [DONE]\n\n";
    return response;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"prompts"_s, u"Prompts in the set."_s, u"N"_s, u"1000"_s},
        {u"concurrency"_s, u"Requests in flight."_s, u"N"_s, u"8"_s},
        {u"delay"_s, u"Server time per request."_s, u"MS"_s, u"50"_s},
        {u"hublens"_s, u"The hublens executable."_s, u"PATH"_s, QStringLiteral(HUBLENS_BINARY)}});
    parser.process(app);
    const int prompts = parser.value(u"prompts"_s).toInt();
    const int concurrency = parser.value(u"concurrency"_s).toInt();
    const int delayMs = parser.value(u"delay"_s).toInt();
    if (prompts < 1 || concurrency < 1 || delayMs < 0) {
        print(u"bench_batch: bad options"_s);
        return 2;
    }

    TestServer server;
    if (!server.start()) {
        print(u"bench_batch: cannot start the loopback server"_s);
        return 2;
    }
    for (const QString &name : {u"alpha"_s, u"beta"_s})
        server.route("POST", u"/%1/v1/chat/completions"_s.arg(name),
            [delayMs](const TestRequest &request) { return answer(request, delayMs); });

    QTemporaryDir dir;
    const QString file = dir.filePath(u"prompts.jsonl"_s);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 2;
        for (int i = 0; i < prompts; ++i)
            out.write(QJsonDocument(QJsonObject{{u"text"_s, u"Summarise item %1 of the benchmark set."_s.arg(i)}})
                          .toJson(QJsonDocument::Compact)
                + '\n');
        QString error;
        std::unique_ptr<EndpointStore> endpoints = EndpointStore::open(dir.filePath(u"hublens.sqlite3"_s), &error);
        if (!endpoints) {
            print(u"bench_batch: "_s + error);
            return 2;
        }
        for (const QString &name : {u"alpha"_s, u"beta"_s}) {
            Endpoint endpoint;
            endpoint.name = name;
            endpoint.kind = EndpointKind::OpenAi;
            endpoint.url = server.url(u"/%1/v1"_s.arg(name));
            endpoint.defaultModel = u"model-"_s + name;
            if (endpoints->add(endpoint) <= 0) {
                print(u"bench_batch: "_s + endpoints->lastError());
                return 2;
            }
        }
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HUBLENS_DATA_DIR"_s, dir.path());
    environment.insert(u"HF_HOME"_s, dir.filePath(u"hf"_s));
    environment.insert(u"HUBLENS_SECRETS_FILE_ONLY"_s, u"1"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"QT_LOGGING_RULES"_s);
    QProcess child;
    child.setProcessEnvironment(environment);
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    child.start(parser.value(u"hublens"_s),
        {u"batch"_s, u"--session"_s, u"Bench"_s, u"--endpoint"_s, u"alpha"_s, u"--endpoint"_s, u"beta"_s,
            u"--prompts"_s, file, u"--concurrency"_s, QString::number(concurrency), u"--max-tokens"_s, u"32"_s,
            u"--json"_s});
    if (!child.waitForStarted(10000)) {
        print(u"bench_batch: cannot start hublens: "_s + child.errorString());
        return 2;
    }
    QList<QPair<double, double>> samples; // (seconds, MiB)
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const double mib = rssMiB(child.processId());
        if (mib > 0)
            samples.append({double(wall.elapsed()) / 1000.0, mib});
    });
    sampler.start(100);
    QObject::connect(&child, &QProcess::finished, &app, [&app] { app.quit(); });
    QTimer::singleShot(300000, &app, [&child] { child.kill(); });
    app.exec();
    sampler.stop();
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    const double cpuSeconds = childCpuSeconds() - cpuBefore;
    const QByteArray out = child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        print(u"bench_batch: hublens batch exited with %1: %2"_s.arg(child.exitCode())
                  .arg(QString::fromUtf8(child.readAllStandardError().right(2000))));
        return 2;
    }
    const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    const int requests = prompts * 2;
    const double ideal = double(requests) * delayMs / 1000.0 / concurrency;

    // Memory: the RSS once the run is under way (after the first fifth) against the peak after it.
    double settled = -1;
    double peakAfter = -1;
    double peak = 0;
    for (const auto &[seconds, mib] : std::as_const(samples)) {
        peak = std::max(peak, mib);
        if (seconds < wallSeconds / 5)
            continue;
        if (settled < 0)
            settled = mib;
        peakAfter = std::max(peakAfter, mib);
    }
    const double growth = settled < 0 ? 0 : peakAfter - settled;
    const double cpuShare = cpuSeconds / wallSeconds;
    const bool wallOk = wallSeconds <= kWallRatio * ideal;
    const bool cpuOk = cpuShare <= kCpuShare;
    const bool memoryOk = growth <= kFlatMiB;
    const bool allOk = summary.value("ok"_L1).toInt() == requests;

    print(u"batch: %1 prompts x 2 endpoints = %2 requests at concurrency %3, server %4 ms each"_s.arg(prompts)
              .arg(requests)
              .arg(concurrency)
              .arg(delayMs));
    print(u"  results   %1 ok, %2 failed %3"_s.arg(summary.value("ok"_L1).toInt())
              .arg(summary.value("failed"_L1).toInt())
              .arg(allOk ? u"ok"_s : u"MISSED"_s));
    print(u"  wall      %1 s (ideal %2 s, x%3; target <= x%4) %5"_s.arg(wallSeconds, 0, 'f', 2)
              .arg(ideal, 0, 'f', 2)
              .arg(wallSeconds / ideal, 0, 'f', 3)
              .arg(kWallRatio)
              .arg(wallOk ? u"ok"_s : u"MISSED"_s));
    print(u"  cpu       %1 s = %2% of one core (target <= %3%) %4"_s.arg(cpuSeconds, 0, 'f', 2)
              .arg(cpuShare * 100, 0, 'f', 1)
              .arg(kCpuShare * 100, 0, 'f', 0)
              .arg(cpuOk ? u"ok"_s : u"MISSED"_s));
    print(
        u"  memory    RSS %1 MiB at 20%, peak after %2 MiB (+%3 MiB; target <= +%4) overall peak %5 MiB, %6 samples %7"_s
            .arg(settled, 0, 'f', 1)
            .arg(peakAfter, 0, 'f', 1)
            .arg(growth, 0, 'f', 1)
            .arg(kFlatMiB, 0, 'f', 0)
            .arg(peak, 0, 'f', 1)
            .arg(samples.size())
            .arg(memoryOk ? u"ok"_s : u"MISSED"_s));
    QJsonArray rss;
    for (qsizetype i = 0; i < samples.size(); i += std::max<qsizetype>(1, samples.size() / 20))
        rss.append(QJsonArray{std::round(samples.at(i).first * 10) / 10, std::round(samples.at(i).second * 10) / 10});
    print(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"bench"_s, u"batch"_s}, {u"requests"_s, requests}, {u"wall_s"_s, wallSeconds},
                          {u"ideal_s"_s, ideal}, {u"cpu_s"_s, cpuSeconds}, {u"cpu_share"_s, cpuShare},
                          {u"rss_growth_mib"_s, growth}, {u"rss_samples"_s, rss}, {u"summary"_s, summary}})
            .toJson(QJsonDocument::Compact)));
    return wallOk && cpuOk && memoryOk && allOk ? 0 : 1;
}
