// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up benchmark: time from process start to the first painted main window, for HubLens and for a bare Qt
// Widgets window (bench_bare_window), on the same machine in the same run. The two are started alternately, each
// pair in alternating order, after one unmeasured warm-up run of each; the medians are compared. Target: HubLens
// <= 1.5x the bare window. Prints a report and one JSON line; exits 0 when the target is met, 1 when it is missed,
// 2 when the benchmark could not run.
//
// "Process start" is a CLOCK_MONOTONIC timestamp taken here just before QProcess::start(), so fork, exec and dynamic
// loading count; "first painted" is the CLOCK_MONOTONIC time the child prints once the first frame of its main window
// is painted (HUBLENS_REPORT_FIRST_PAINT=1 for HubLens). HubLens runs against the loopback Hub (FakeHub) with its own
// data, cache and config folders in a temporary directory, under QT_QPA_PLATFORM=offscreen unless already set.
//
//   bench_startup [--runs N] [--hublens PATH] [--bare PATH]
#include <algorithm>
#include <cstdio>
#include <ctime>

#include <curl/curl.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "tests/support/fakehub.h"
#include "tests/support/testserver.h"

using namespace Qt::StringLiterals;

namespace {

constexpr double kTargetRatio = 1.5;
constexpr int kRunTimeoutMs = 30000;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

struct Run
{
    double ms = -1; // process start → first painted frame
    QString error;
};

// Starts `program`, waits for its first-paint line and its exit.
Run runOnce(const QString &program, const QProcessEnvironment &environment)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setProgram(program);
    const qint64 startNs = monotonicNs();
    process.start();
    if (!process.waitForStarted(kRunTimeoutMs)) {
        run.error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return run;
    }
    if (!process.waitForFinished(kRunTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.error = u"%1 did not finish within %2 s"_s.arg(program).arg(kRunTimeoutMs / 1000);
        return run;
    }
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    const QRegularExpressionMatch match = QRegularExpression(u"first paint.*CLOCK_MONOTONIC (\\d+) ns"_s).match(err);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !match.hasMatch()) {
        run.error = u"%1 exited with %2 and no first-paint line; stderr: %3"_s.arg(program)
                        .arg(process.exitCode())
                        .arg(err.trimmed().right(600));
        return run;
    }
    run.ms = double(match.captured(1).toLongLong() - startNs) / 1e6;
    return run;
}

QString list(const QList<double> &values)
{
    QStringList parts;
    for (double value : values)
        parts.append(QString::number(value, 'f', 0));
    return parts.join(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"HubLens start-up benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Measured runs of each program (default 7)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption hublensOption(
        u"hublens"_s, u"The hublens executable."_s, u"path"_s, QStringLiteral(HUBLENS_BINARY));
    const QCommandLineOption bareOption(
        u"bare"_s, u"The bare-window executable."_s, u"path"_s, QStringLiteral(BARE_WINDOW_BINARY));
    parser.addOptions({runsOption, hublensOption, bareOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString hublens = parser.value(hublensOption);
    const QString bare = parser.value(bareOption);

    TestServer server;
    FakeHub::install(server);
    if (!server.start()) {
        print(u"setup failed: the loopback server did not start"_s);
        return 2;
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        print(u"setup failed: no temporary directory"_s);
        return 2;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.value(u"QT_QPA_PLATFORM"_s).isEmpty())
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString url = server.url().toString();
    environment.insert(u"HF_ENDPOINT"_s, url);
    environment.insert(u"HUBLENS_DATASETS_SERVER"_s, url);
    environment.insert(u"HUBLENS_DATA_DIR"_s, home.filePath(u"data"_s));
    environment.insert(u"HF_HOME"_s, home.filePath(u"hf-home"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"HUBLENS_REPORT_FIRST_PAINT"_s, u"1"_s);
    for (const QString &name : {u"HF_HUB_OFFLINE"_s, u"HF_TOKEN"_s, u"HF_TOKEN_PATH"_s, u"QT_SCALE_FACTOR"_s})
        environment.remove(name);

    // Warm-up: fills the page cache for both programs and their libraries, and lets HubLens create its databases, so
    // every measured run is a normal (not a first-ever) start.
    for (const QString &program : {bare, hublens}) {
        const Run warm = runOnce(program, environment);
        if (!warm.error.isEmpty()) {
            print(u"setup failed: "_s + warm.error);
            return 2;
        }
    }

    QList<double> bareMs;
    QList<double> hublensMs;
    for (int i = 0; i < runs; ++i) {
        const bool bareFirst = i % 2 == 0;
        for (int k = 0; k < 2; ++k) {
            const bool isBare = (k == 0) == bareFirst;
            const Run run = runOnce(isBare ? bare : hublens, environment);
            if (!run.error.isEmpty()) {
                print(u"setup failed: "_s + run.error);
                return 2;
            }
            (isBare ? bareMs : hublensMs).append(run.ms);
        }
    }
    server.stop();

    const double bareMedian = median(bareMs);
    const double hublensMedian = median(hublensMs);
    const double ratio = hublensMedian / bareMedian;
    const bool met = ratio <= kTargetRatio;
    const auto minMax = [](const QList<double> &values) {
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        return u"%1–%2"_s.arg(*low, 0, 'f', 0).arg(*high, 0, 'f', 0);
    };

    print(u"start-up benchmark: process start → first painted main window, %1 runs each, alternating, platform %2"_s
              .arg(runs)
              .arg(environment.value(u"QT_QPA_PLATFORM"_s)));
    print(u"  %1 %2 %3  %4"_s.arg(u"program"_s, -14).arg(u"median"_s, 10).arg(u"min–max"_s, 12).arg(u"runs (ms)"_s));
    print(u"  %1 %2 %3  %4"_s.arg(u"bare window"_s, -14)
              .arg(u"%1 ms"_s.arg(bareMedian, 0, 'f', 1), 10)
              .arg(minMax(bareMs), 12)
              .arg(list(bareMs)));
    print(u"  %1 %2 %3  %4"_s.arg(u"HubLens"_s, -14)
              .arg(u"%1 ms"_s.arg(hublensMedian, 0, 'f', 1), 10)
              .arg(minMax(hublensMs), 12)
              .arg(list(hublensMs)));
    print(u"  ratio HubLens / bare: %1 (target <= %2) %3"_s.arg(ratio, 0, 'f', 2)
              .arg(kTargetRatio, 0, 'f', 1)
              .arg(met ? u"ok"_s : u"MISSED"_s));
    print(u"{\"bench\":\"startup\",\"runs\":%1,\"bare_median_ms\":%2,\"hublens_median_ms\":%3,\"ratio\":%4,"
          "\"targets_met\":%5}"_s.arg(runs)
              .arg(bareMedian, 0, 'f', 1)
              .arg(hublensMedian, 0, 'f', 1)
              .arg(ratio, 0, 'f', 3)
              .arg(met ? u"true"_s : u"false"_s));
    return met ? 0 : 1;
}
