// SPDX-License-Identifier: GPL-3.0-or-later
// The Explore benchmark: the real main window with the Explore page (Hub client with its response cache, candidates
// dock), composed as ui/application.cpp does, against the loopback Hub running as a separate process
// (hublens-testserver), so that this process's memory is the GUI's alone. It measures, under
// QT_QPA_PLATFORM=offscreen unless already set:
//   1. reply → rows painted: from the moment the HTTP reply of a 100-row page is complete (the dispatch of the
//      HttpReply's completion event on the GUI thread, after curl received the last byte) to the end of the paint
//      pass in which the results viewport painted the rows: the first page of each query (start-up, searches typed
//      into the search field and confirmed with Return); and pages appended while scrolling, to the end of the next
//      paint pass of the window (the new rows are below the viewport). Target: <= 50 ms.
//   2. scrolling 10,000 loaded rows (100 pages of 100, loaded by scrolling to the end) from top to bottom, by pages
//      and by wheel steps (3 rows), each step a QScrollBar::setValue() and a forced viewport repaint run from a 0 ms
//      timer; the stall is the time between consecutive steps, i.e. everything the event loop did in between.
//      Target: max <= 16 ms.
//   3. memory of the whole process with 10,000 rows loaded and scrolled: VmRSS and the peak VmHWM. Target: peak
//      <= 150 MB.
// Times 1 and 2 are judged without the time the GUI thread spent runnable but waiting for a CPU that another process
// had (from /proc/thread-self/schedstat), so that a busy machine does not fail the benchmark; the wall-clock values
// are reported beside them. Time spent blocked (I/O, locks) is not subtracted.
// Prints a report and one JSON line; exits 0 when every target is met, 1 when one is missed, 2 when it could not run.
//
//   bench_explore [--rows N] [--searches N] [--testserver PATH]
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

#include <curl/curl.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPaintEvent>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/core/paths.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubclient.h"
#include "app/hub/repolistmodel.h"
#include "app/net/curlmulti.h"
#include "app/net/httpreply.h"
#include "app/storage/candidatestore.h"
#include "ui/common/icons.h"
#include "ui/explore/explorepage.h"
#include "ui/explore/repodetailview.h"
#include "ui/mainwindow.h"

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double kTargetReplyToPaintMs = 50.0;
constexpr double kTargetStallMs = 16.0;
constexpr double kTargetPeakRssMb = 150.0;
constexpr int kPageTimeoutMs = 15000;
constexpr int kServerStartTimeoutMs = 60000;
constexpr int kScrollPassTimeoutMs = 300000;

qint64 nowNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

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

double percentileMs(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return double(values.at(index)) / 1e6;
}

double maxMs(const QList<qint64> &values)
{
    return values.isEmpty() ? 0 : double(*std::max_element(values.begin(), values.end())) / 1e6;
}

// This thread's scheduler statistics (/proc/thread-self/schedstat): time on a CPU, and time spent runnable but
// waiting for a CPU (another process had it). Zeros where the file is missing.
struct SchedStat
{
    qint64 cpuNs = 0;
    qint64 waitNs = 0;
};

SchedStat schedStat()
{
    // Opened once, by the first caller (main(), on the GUI thread); kept open for the whole run.
    static const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    SchedStat stat;
    char buffer[128] = {};
    if (fd < 0 || ::pread(fd, buffer, sizeof buffer - 1, 0) <= 0)
        return stat;
    const QList<QByteArray> fields = QByteArray(buffer).trimmed().split(' ');
    if (fields.size() >= 2) {
        stat.cpuNs = fields.at(0).toLongLong();
        stat.waitNs = fields.at(1).toLongLong();
    }
    return stat;
}

// One measured page: reply complete → rows inserted → paint pass over.
struct PageSample
{
    qint64 replyNs = 0;
    qint64 insertedNs = 0;
    qint64 paintedNs = 0;
    qint64 waitedNs = 0; // of that, the GUI thread was waiting for a CPU (another process had it)
    qint64 total() const
    {
        return paintedNs - replyNs;
    }
    qint64 own() const
    {
        return total() - waitedNs;
    }
    qint64 toInsert() const
    {
        return insertedNs - replyNs;
    }
};

// Sees every event the GUI thread delivers, to time what no signal tells: when an HTTP reply completed (a queued call
// delivered to an HttpReply; the last one before the rows are inserted is its completion, which inserts them
// synchronously) and when the paint pass that painted the new rows is over (the outermost delivery that contained the
// paint returns: the window's update request or expose, flush included).
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type == QEvent::MetaCall && qobject_cast<HttpReply *>(receiver)) {
            m_lastReplyEventNs = nowNs();
            m_lastReplyWaitNs = schedStat().waitNs;
        }
        bool paintCounts = false;
        if (type == QEvent::Paint && m_armed) {
            if (m_requireRows)
                paintCounts = receiver == m_viewport
                    && (QRegion(m_requiredRect()) - static_cast<QPaintEvent *>(event)->region()).isEmpty();
            else
                paintCounts = receiver->isWidgetType();
        }
        if (type == QEvent::Paint && receiver == m_viewport)
            ++m_viewportPaints;
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (paintCounts)
            m_paintedInPass = true;
        if (m_depth == 0 && m_paintedInPass) {
            m_paintedInPass = false;
            m_armed = false;
            m_current.paintedNs = nowNs();
            m_current.waitedNs = schedStat().waitNs - m_current.waitedNs;
            (m_requireRows ? m_rowsPainted : m_framesAfterAppend).append(m_current);
        }
        return result;
    }

    void watch(QWidget *viewport, std::function<QRect()> requiredRect)
    {
        m_viewport = viewport;
        m_requiredRect = std::move(requiredRect);
    }
    // Called when rows were inserted: the next paint pass covering `m_requiredRect` (rows at the top) or any paint
    // pass (rows appended below the visible ones) completes the sample.
    void rowsInserted(bool atTop)
    {
        m_current = PageSample();
        m_current.replyNs = m_lastReplyEventNs;
        m_current.waitedNs = m_lastReplyWaitNs; // the difference is taken when the sample completes
        m_current.insertedNs = nowNs();
        m_requireRows = atTop;
        m_armed = true;
        m_paintedInPass = false;
    }
    bool isArmed() const
    {
        return m_armed;
    }
    qint64 viewportPaints() const
    {
        return m_viewportPaints;
    }
    const QList<PageSample> &rowsPainted() const
    {
        return m_rowsPainted;
    }
    const QList<PageSample> &framesAfterAppend() const
    {
        return m_framesAfterAppend;
    }

private:
    QWidget *m_viewport = nullptr;
    std::function<QRect()> m_requiredRect;
    qint64 m_lastReplyEventNs = 0;
    qint64 m_lastReplyWaitNs = 0;
    int m_depth = 0;
    bool m_armed = false;
    bool m_requireRows = false;
    bool m_paintedInPass = false;
    qint64 m_viewportPaints = 0;
    PageSample m_current;
    QList<PageSample> m_rowsPainted;
    QList<PageSample> m_framesAfterAppend;
};

// Runs the event loop until `done` holds (checked every 2 ms) or `timeoutMs` passes; returns whether it held.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct ScrollPass
{
    QList<qint64> stepNs; // setValue() + repaint()
    QList<qint64> gapNs; // start of one step → start of the next: the longest the event loop was busy
    QList<qint64> gapCpuNs; // this thread's CPU time in that gap
    // The gaps minus the time this thread waited for a CPU while another process had it: on a busy machine a gap
    // can be long only because of that. The target is judged on these; the wall-clock gaps are reported too.
    QList<qint64> ownGapNs;
    int steps = 0;
    bool timedOut = false;
};

// Scrolls from the top to the bottom, `units` scroll-bar units per step, one step per 0 ms timer tick.
ScrollPass scrollThrough(QTableView *view, int units)
{
    ScrollPass pass;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    view->viewport()->repaint();
    settle(200);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(0);
    qint64 lastStart = -1;
    SchedStat last;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 start = nowNs();
        const SchedStat sched = schedStat();
        if (lastStart >= 0) {
            pass.gapNs.append(start - lastStart);
            pass.gapCpuNs.append(sched.cpuNs - last.cpuNs);
            pass.ownGapNs.append(start - lastStart - (sched.waitNs - last.waitNs));
        }
        lastStart = start;
        last = sched;
        if (bar->value() >= bar->maximum()) {
            tick.stop();
            loop.quit();
            return;
        }
        bar->setValue(std::min(bar->maximum(), bar->value() + units));
        view->viewport()->repaint();
        pass.stepNs.append(nowNs() - start);
        ++pass.steps;
    });
    QTimer::singleShot(kScrollPassTimeoutMs, &loop, [&] {
        pass.timedOut = true;
        loop.quit();
    });
    tick.start();
    loop.exec();
    return pass;
}

QString msText(double ms)
{
    return u"%1 ms"_s.arg(ms, 0, 'f', ms < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (const char *name : {"HF_HUB_OFFLINE", "HF_TOKEN", "HF_TOKEN_PATH", "QT_SCALE_FACTOR"})
        qunsetenv(name);
    QTemporaryDir home;
    if (!home.isValid()) {
        print(u"setup failed: no temporary directory"_s);
        return 2;
    }
    qputenv("HUBLENS_DATA_DIR", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("HF_HOME", home.filePath(u"hf-home"_s).toLocal8Bit());

    schedStat(); // opens /proc/thread-self/schedstat of this, the GUI, thread
    BenchApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s); // as the application does
    QCommandLineParser parser;
    parser.setApplicationDescription(u"HubLens Explore benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to load and scroll (default 10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption searchesOption(u"searches"_s, u"Fresh searches to time (default 15)."_s, u"n"_s, u"15"_s);
    const QCommandLineOption serverOption(
        u"testserver"_s, u"The hublens-testserver executable."_s, u"path"_s, QStringLiteral(TESTSERVER_BINARY));
    parser.addOptions({rowsOption, searchesOption, serverOption});
    parser.process(app);
    const int rowTarget = std::max(100, parser.value(rowsOption).toInt());
    const int searches = std::max(1, parser.value(searchesOption).toInt());

    // The loopback Hub in its own process, serving exactly rowTarget models.
    QProcess server;
    server.setProgram(parser.value(serverOption));
    server.setArguments({u"--port"_s, u"0"_s, u"--models"_s, QString::number(rowTarget), u"--datasets"_s, u"200"_s});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    const auto stopServer = [&server] {
        if (server.state() != QProcess::NotRunning) {
            server.terminate();
            if (!server.waitForFinished(5000)) {
                server.kill();
                server.waitForFinished(5000);
            }
        }
    };
    const auto fail = [&stopServer](const QString &why) {
        stopServer();
        print(u"setup failed: "_s + why);
        return 2;
    };
    QElapsedTimer serverClock;
    serverClock.start();
    while (!server.canReadLine() && serverClock.elapsed() < kServerStartTimeoutMs
        && server.state() != QProcess::NotRunning)
        server.waitForReadyRead(1000);
    const QString url = QString::fromUtf8(server.readLine()).trimmed();
    if (!url.startsWith(u"http://127.0.0.1:"_s))
        return fail(u"hublens-testserver did not start (%1)"_s.arg(server.errorString()));
    qputenv("HF_ENDPOINT", url.toUtf8());
    qputenv("HUBLENS_DATASETS_SERVER", url.toUtf8());
    const double rssBeforeWindow = statusMb(u"VmRSS"_s);

    // The composition of ui/application.cpp, without Settings (no keychain in a benchmark).
    CurlMulti network;
    QString error;
    std::unique_ptr<HubCache> cache = HubCache::open(Paths::cacheDatabasePath(), &error);
    if (!cache)
        return fail(u"response cache: "_s + error);
    std::unique_ptr<CandidateStore> candidates = CandidateStore::open(Paths::databasePath(), &error);
    if (!candidates)
        return fail(u"candidate store: "_s + error);
    HubClient hub(&network, HubConfig::fromEnvironment(), cache.get());
    MainWindow::Services services;
    services.cache = cache.get();
    services.candidates = candidates.get();
    MainWindow window(services);
    auto *explore = new ExplorePage(&hub);
    window.addPage(u"Explore"_s, Icons::get(u"explore"_s), explore);
    QObject::connect(explore, &ExplorePage::statusMessage, &window, &MainWindow::showStatus);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(u"the main window was not exposed"_s);

    RepoListModel *model = explore->model();
    QTableView *view = explore->resultsView();
    QWidget *viewport = view->viewport();
    app.watch(viewport, [view, viewport, model] {
        // The rows that fit the viewport, from the top: what "rows painted" has to cover.
        const int height =
            std::min(viewport->height(), model->rowCount() * view->verticalHeader()->defaultSectionSize());
        return QRect(0, 0, viewport->width(), height);
    });
    QObject::connect(model, &RepoListModel::rowsInserted, &app,
        [&app](const QModelIndex &, int first, int) { app.rowsInserted(first == 0); });
    const auto pageDone = [&] {
        return !model->isLoading() && !app.isArmed();
    };
    // Also the detail pane (it loads the selected repository's card, info and files after a short debounce).
    const auto quiet = [&] {
        return pageDone() && hub.pendingCalls() == 0 && !explore->detailView()->isLoading();
    };

    explore->start();
    if (!waitFor([&] { return model->rowCount() > 0 && quiet(); }, kPageTimeoutMs))
        return fail(u"the first page did not arrive and paint (%1 rows)"_s.arg(model->rowCount()));

    // 1a. Fresh searches, typed and confirmed with Return; each matches well over 100 of the generated models.
    const QStringList queries = {u"chat"_s, u"tiny"_s, u"llama"_s, u"org-1"_s, u"org-2"_s, u"org-3"_s, u"-v1"_s,
        u"-v2"_s, u"-v3"_s, u"-v4"_s, u"-v5"_s, u"-v6"_s, u"-v7"_s, u"-v8"_s, u"-v9"_s, u"b-v1"_s, u"b-v2"_s, u"b-v3"_s,
        u"b-v4"_s, u"b-v5"_s};
    QLineEdit *field = explore->searchField();
    for (int i = 0; i < searches; ++i) {
        const QString query = queries.at(i % queries.size()) + (i >= queries.size() ? u"%1"_s.arg(i) : QString());
        const qsizetype before = app.rowsPainted().size();
        field->setText(query);
        QTest::keyClick(field, Qt::Key_Return);
        if (!waitFor([&] { return app.rowsPainted().size() > before && quiet(); }, kPageTimeoutMs))
            return fail(u"search \"%1\": no rows painted (%2 rows)"_s.arg(query).arg(model->rowCount()));
        if (model->rowCount() != 100)
            return fail(u"search \"%1\" gave %2 rows, not a full page"_s.arg(query).arg(model->rowCount()));
        settle(50);
    }

    // 1b and 2. Back to all models; load rowTarget rows by scrolling to the end, page after page.
    field->clear();
    QTest::keyClick(field, Qt::Key_Return);
    if (!waitFor([&] { return model->rowCount() > 0 && quiet(); }, kPageTimeoutMs))
        return fail(u"the unfiltered listing did not come back"_s);
    const qsizetype appendedBefore = app.framesAfterAppend().size();
    QElapsedTimer loadClock;
    loadClock.start();
    while (model->rowCount() < rowTarget) {
        if (!model->canFetchMore())
            return fail(
                u"the listing ended at %1 rows (error: %2)"_s.arg(model->rowCount()).arg(model->lastError().message));
        const int rows = model->rowCount();
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->maximum()); // the view asks for the next page itself, as when a user scrolls
        if (!model->isLoading())
            model->fetchMore();
        if (!waitFor([&] { return model->rowCount() > rows && pageDone(); }, kPageTimeoutMs))
            return fail(u"page %1 did not arrive or paint"_s.arg(rows / 100 + 1));
    }
    const double loadMs = double(loadClock.nsecsElapsed()) / 1e6;
    if (model->rowCount() != rowTarget || model->hasMore())
        return fail(u"loaded %1 rows, expected %2 and the end of the listing"_s.arg(model->rowCount()).arg(rowTarget));
    waitFor(quiet, kPageTimeoutMs);
    settle(300);
    const double rssLoaded = statusMb(u"VmRSS"_s);

    // 2. Scrolling.
    const qint64 paintsBefore = app.viewportPaints();
    const int pageRows = view->verticalScrollBar()->pageStep();
    const ScrollPass byPage = scrollThrough(view, std::max(1, pageRows));
    const ScrollPass byWheel =
        scrollThrough(view, QApplication::wheelScrollLines() * view->verticalScrollBar()->singleStep());
    if (byPage.timedOut || byWheel.timedOut)
        return fail(u"scrolling did not finish within %1 s"_s.arg(kScrollPassTimeoutMs / 1000));
    if (app.viewportPaints() - paintsBefore < byPage.steps + byWheel.steps)
        return fail(u"the viewport painted %1 times for %2 scroll steps: nothing is measured"_s
                        .arg(app.viewportPaints() - paintsBefore)
                        .arg(byPage.steps + byWheel.steps));
    const double rssScrolled = statusMb(u"VmRSS"_s);
    const double peakRss = statusMb(u"VmHWM"_s);
    stopServer();

    QList<qint64> freshTotal;
    QList<qint64> freshWall;
    QList<qint64> freshInsert;
    for (const PageSample &sample : app.rowsPainted()) {
        freshTotal.append(sample.own());
        freshWall.append(sample.total());
        freshInsert.append(sample.toInsert());
    }
    QList<qint64> appendTotal;
    QList<qint64> appendWall;
    QList<qint64> appendInsert;
    const QList<PageSample> &appended = app.framesAfterAppend();
    for (qsizetype i = appendedBefore; i < appended.size(); ++i) {
        appendTotal.append(appended.at(i).own());
        appendWall.append(appended.at(i).total());
        appendInsert.append(appended.at(i).toInsert());
    }
    const QList<qint64> gaps = byPage.ownGapNs + byWheel.ownGapNs;
    const QList<qint64> wallGaps = byPage.gapNs + byWheel.gapNs;
    const double freshMax = maxMs(freshTotal);
    const double appendMax = maxMs(appendTotal);
    const double stallMax = maxMs(gaps);
    const bool replyOk = freshMax <= kTargetReplyToPaintMs && appendMax <= kTargetReplyToPaintMs;
    const bool stallOk = stallMax <= kTargetStallMs;
    const bool rssOk = peakRss >= 0 && peakRss <= kTargetPeakRssMb;
    const auto mark = [](bool ok) {
        return ok ? u"ok"_s : u"MISSED"_s;
    };

    print(u"explore benchmark: %1 rows (%2 pages), viewport %3x%4 px showing %5 rows, platform %6"_s.arg(rowTarget)
              .arg(model->pagesLoaded())
              .arg(viewport->width())
              .arg(viewport->height())
              .arg(pageRows)
              .arg(QApplication::platformName()));
    print(u"  %1 %2 %3 %4 %5"_s.arg(u"metric"_s, -44)
              .arg(u"median"_s, 10)
              .arg(u"p99"_s, 10)
              .arg(u"max"_s, 10)
              .arg(u"target"_s, 10));
    const auto row = [&](const QString &name, const QList<qint64> &values, const QString &target, const QString &ok) {
        print(u"  %1 %2 %3 %4 %5 %6"_s.arg(name, -44)
                  .arg(msText(percentileMs(values, 0.5)), 10)
                  .arg(msText(percentileMs(values, 0.99)), 10)
                  .arg(msText(maxMs(values)), 10)
                  .arg(target, 10)
                  .arg(ok));
    };
    row(u"reply → rows painted, first page, %1 queries"_s.arg(freshTotal.size()), freshTotal,
        u"<= %1 ms"_s.arg(kTargetReplyToPaintMs, 0, 'f', 0), mark(freshMax <= kTargetReplyToPaintMs));
    row(u"  wall clock, incl. waiting for a CPU"_s, freshWall, {}, {});
    row(u"  reply → rows inserted (wall clock)"_s, freshInsert, {}, {});
    row(u"reply → next frame, %1 appended pages"_s.arg(appendTotal.size()), appendTotal,
        u"<= %1 ms"_s.arg(kTargetReplyToPaintMs, 0, 'f', 0), mark(appendMax <= kTargetReplyToPaintMs));
    row(u"  wall clock, incl. waiting for a CPU"_s, appendWall, {}, {});
    row(u"  reply → rows inserted (wall clock)"_s, appendInsert, {}, {});
    const auto scrollRows = [&](const QString &name, const ScrollPass &pass) {
        row(u"%1, %2 steps: event-loop gap"_s.arg(name).arg(pass.steps), pass.ownGapNs,
            u"<= %1 ms"_s.arg(kTargetStallMs, 0, 'f', 0), mark(maxMs(pass.ownGapNs) <= kTargetStallMs));
        row(u"  wall clock, incl. waiting for a CPU"_s, pass.gapNs, {}, {});
        row(u"  CPU time"_s, pass.gapCpuNs, {}, {});
        row(u"  setValue + repaint"_s, pass.stepNs, {}, {});
    };
    scrollRows(u"scroll by page"_s, byPage);
    scrollRows(u"scroll by wheel (%1 rows)"_s.arg(QApplication::wheelScrollLines()), byWheel);
    print(u"  %1 %2"_s.arg(u"loading %1 rows by scrolling to the end"_s.arg(rowTarget), -44)
              .arg(u"%1 ms"_s.arg(loadMs, 0, 'f', 0), 10));
    print(u"  memory (MB): window not yet created %1, %2 rows loaded %3, after scrolling %4, peak (VmHWM) %5 "
          "(target <= %6) %7"_s.arg(rssBeforeWindow, 0, 'f', 1)
              .arg(rowTarget)
              .arg(rssLoaded, 0, 'f', 1)
              .arg(rssScrolled, 0, 'f', 1)
              .arg(peakRss, 0, 'f', 1)
              .arg(kTargetPeakRssMb, 0, 'f', 0)
              .arg(mark(rssOk)));
    const bool met = replyOk && stallOk && rssOk;
    // Values in ms; "wall" ones include the time the GUI thread waited for a CPU.
    const QList<QPair<QString, double>> json = {{u"first_page_reply_to_paint_median"_s, percentileMs(freshTotal, 0.5)},
        {u"first_page_reply_to_paint_max"_s, freshMax}, {u"first_page_reply_to_paint_wall_max"_s, maxMs(freshWall)},
        {u"appended_reply_to_frame_median"_s, percentileMs(appendTotal, 0.5)},
        {u"appended_reply_to_frame_max"_s, appendMax}, {u"appended_reply_to_frame_wall_max"_s, maxMs(appendWall)},
        {u"scroll_gap_p99"_s, percentileMs(gaps, 0.99)}, {u"scroll_gap_max"_s, stallMax},
        {u"scroll_gap_wall_max"_s, maxMs(wallGaps)}};
    QString line = u"{\"bench\":\"explore\",\"rows\":%1"_s.arg(rowTarget);
    for (const auto &[key, value] : json)
        line += u",\"%1_ms\":%2"_s.arg(key).arg(value, 0, 'f', 2);
    line += u",\"rss_loaded_mb\":%1,\"peak_rss_mb\":%2,\"targets_met\":%3}"_s.arg(rssLoaded, 0, 'f', 1)
                .arg(peakRss, 0, 'f', 1)
                .arg(met ? u"true"_s : u"false"_s);
    print(line);
    return met ? 0 : 1;
}
