// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application.h"

#include <cstdio>
#include <ctime>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QTimer>

#include "app/core/appsettings.h"
#include "app/core/buildinfo.h"
#include "app/core/logging.h"
#include "app/core/paths.h"
#include "app/core/secretstore.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubclient.h"
#include "app/inference/batchrunner.h"
#include "app/inference/comparerunner.h"
#include "app/inference/endpointservice.h"
#include "app/net/curlmulti.h"
#include "app/storage/batchstore.h"
#include "app/storage/candidatestore.h"
#include "app/storage/endpointstore.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "ui/common/icons.h"
#include "ui/common/languages.h"
#include "ui/compare/comparepage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/explore/explorepage.h"
#include "ui/mainwindow.h"
#include "ui/review/reviewpage.h"
#include "ui/sessions/sessionspage.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Application {

namespace {

// Milliseconds since this process started, from /proc/self/stat (field 22, in clock ticks, so about 10 ms
// resolution), or -1 where /proc is not there.
double msSinceProcessStart()
{
    QFile file(u"/proc/self/stat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeIndex = 22 - 3;
    timespec now{};
    if (fields.size() <= kStartTimeIndex || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double startMs = fields.at(kStartTimeIndex).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
}

// HUBLENS_REPORT_FIRST_PAINT=1, a start-up diagnostic (tests/bench/bench_startup uses it): once the main window's
// first frame has been painted, prints one line on stderr and quits. The line gives the time since process start
// and the CLOCK_MONOTONIC time, so a parent process can measure from its own timestamp.
class FirstPaintReporter final : public QObject
{
public:
    explicit FirstPaintReporter(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once this whole paint pass, children and the flush included, is over.
            QTimer::singleShot(0, this, [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::fprintf(stderr, "hublens: first paint %.1f ms after process start, CLOCK_MONOTONIC %lld ns\n",
                    msSinceProcessStart(), static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stderr);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"HubLens"_s);
    QApplication::setApplicationDisplayName(u"HubLens"_s);
    QApplication::setApplicationVersion(QStringLiteral(HUBLENS_VERSION));
    QApplication::setOrganizationName(u"HubLens"_s);
    QApplication::setDesktopFileName(BuildInfo::applicationId());
    QApplication::setWindowIcon(QIcon(u":/app/%1.svg"_s.arg(BuildInfo::applicationId())));
    QApplication::setStyle(u"Fusion"_s);
    AppSettings settings;
    // Before any window: the interface language, Settings' choice or else the system's (applies after a restart).
    Languages::install(settings.language());
    const bool smokeTest = QApplication::arguments().contains(u"--smoke-test"_s);

    CurlMulti network;
    QString cacheError;
    std::unique_ptr<HubCache> cache = HubCache::open(Paths::cacheDatabasePath(), &cacheError);
    if (!cache)
        qCWarning(lcUi).noquote() << "response cache unavailable:" << cacheError;
    SecretStore secrets;
    QString candidatesError;
    std::unique_ptr<CandidateStore> candidates = CandidateStore::open(Paths::databasePath(), &candidatesError);
    if (!candidates)
        qCWarning(lcUi).noquote() << "candidate list unavailable:" << candidatesError;

    // The environment first (HF_TOKEN, HF_ENDPOINT, … win), then what was saved in Settings.
    QByteArray savedToken;
    const auto currentConfig = [&settings, &savedToken] {
        HubConfig config = HubConfig::fromEnvironment();
        HubConfig::applySavedEndpoints(config, settings.hubEndpoint(), settings.datasetsServer());
        HubConfig::applySavedToken(config, savedToken);
        return config;
    };
    HubClient hub(&network, currentConfig(), cache.get());
    EndpointService endpointService(&network, currentConfig(), &secrets);
    QObject::connect(&settings, &AppSettings::changed, &hub, [&hub, &endpointService, &currentConfig] {
        hub.setConfig(currentConfig());
        endpointService.setHubConfig(currentConfig());
    });
    secrets.read(SecretStore::hubTokenKey(), &hub,
        [&hub, &endpointService, &savedToken, &currentConfig](std::optional<QByteArray> token, const QString &error) {
            if (!error.isEmpty())
                qCWarning(lcUi).noquote() << "saved Hub token unavailable:" << error;
            if (!token || token->isEmpty())
                return;
            savedToken = *token;
            hub.setConfig(currentConfig());
            endpointService.setHubConfig(currentConfig());
        });

    // Compare's endpoints and runs live in the main database, beside the candidate list; the candidate grid asks the
    // configured hf-router endpoint for prices.
    QString storeError;
    std::unique_ptr<EndpointStore> endpoints = EndpointStore::open(Paths::databasePath(), &storeError);

    MainWindow::Services services;
    services.secrets = &secrets;
    services.settings = &settings;
    services.cache = cache.get();
    services.candidates = candidates.get();
    services.hub = &hub;
    services.endpoints = endpoints.get();
    MainWindow window(services);
    QObject::connect(&window, &MainWindow::hubTokenSaved, &hub,
        [&hub, &endpointService, &savedToken, &currentConfig](const QByteArray &token) {
            savedToken = token;
            hub.setConfig(currentConfig());
            endpointService.setHubConfig(currentConfig());
        });
    auto *explore = new ExplorePage(&hub);
    window.addPage(QApplication::translate("Application", "Explore"), Icons::get(u"explore"_s), explore);
    QObject::connect(explore, &ExplorePage::statusMessage, &window, &MainWindow::showStatus);
    QObject::connect(
        &hub, &HubClient::retrying, &window, [&window](const QUrl &, int retry, int delayMs, const QString &reason) {
            window.showStatus(QApplication::translate("Application", "%1 — retrying in %2 s (attempt %3)")
                                  .arg(reason)
                                  .arg(delayMs / 1000.0, 0, 'f', 1)
                                  .arg(retry + 1));
        });

    std::unique_ptr<RunStore> runs = endpoints ? RunStore::open(Paths::databasePath(), &storeError) : nullptr;
    std::unique_ptr<JudgmentStore> judgments = runs ? JudgmentStore::open(Paths::databasePath(), &storeError) : nullptr;
    std::unique_ptr<CompareRunner> runner;
    ComparePage *compare = nullptr;
    std::unique_ptr<BatchStore> batchStore;
    std::unique_ptr<BatchRunner> batchRunner;
    if (endpoints && runs) {
        runner = std::make_unique<CompareRunner>(&network, runs.get(),
            [&endpointService](const Endpoint &endpoint, QObject *context,
                std::function<void(const QByteArray &, const QString &)> done) {
                endpointService.resolveSecret(endpoint, context, std::move(done));
            });
        runner->setRevisionResolver([&endpointService](const Endpoint &endpoint, const QString &model, QObject *context,
                                        std::function<void(const QString &)> done) {
            endpointService.resolveRevision(endpoint, model, context, std::move(done));
        });
        // Batch evaluation: its items and runs commit together on the runs' connection.
        batchStore = std::make_unique<BatchStore>(runs.get());
        batchRunner = std::make_unique<BatchRunner>(&network, runs.get(), batchStore.get(),
            [&endpointService](const Endpoint &endpoint, QObject *context,
                std::function<void(const QByteArray &, const QString &)> done) {
                endpointService.resolveSecret(endpoint, context, std::move(done));
            });
        ComparePage::Services compareServices;
        compareServices.runner = runner.get();
        compareServices.endpoints = endpoints.get();
        compareServices.endpointService = &endpointService;
        compareServices.runs = runs.get();
        compareServices.secrets = &secrets;
        compareServices.candidates = candidates.get();
        compareServices.batchRunner = batchRunner.get();
        compareServices.batches = batchStore.get();
        compareServices.hub = &hub;
        compare = new ComparePage(compareServices);
        window.addFileMenuAction(compare->batchAction());
        QObject::connect(
            compare->batchAction(), &QAction::triggered, &window, [&window, compare] { window.showPage(compare); });
        window.addPage(QApplication::translate("Application", "Compare"), Icons::get(u"compare"_s), compare);
        QObject::connect(compare, &ComparePage::statusMessage, &window, &MainWindow::showStatus);
        window.setComparePage(compare);
    } else {
        qCWarning(lcUi).noquote() << "Compare unavailable:" << storeError;
    }
    // Review and Sessions: judgments live beside the runs.
    if (runs && judgments) {
        runs->purgeTrash();
        ReviewPage::Services reviewServices;
        reviewServices.runs = runs.get();
        reviewServices.judgments = judgments.get();
        reviewServices.settings = &settings;
        auto *review = new ReviewPage(reviewServices);
        window.addPage(QApplication::translate("Application", "Review"), Icons::get(u"review"_s), review);
        QObject::connect(review, &ReviewPage::statusMessage, &window, &MainWindow::showStatus);
        DashboardPage::Services dashboardServices;
        dashboardServices.runs = runs.get();
        dashboardServices.judgments = judgments.get();
        dashboardServices.settings = &settings;
        auto *dashboard = new DashboardPage(dashboardServices);
        window.addPage(QApplication::translate("Application", "Dashboard"), Icons::get(u"dashboard"_s), dashboard);
        QObject::connect(dashboard, &DashboardPage::statusMessage, &window, &MainWindow::showStatus);
        SessionsPage::Services sessionServices;
        sessionServices.runs = runs.get();
        sessionServices.judgments = judgments.get();
        sessionServices.settings = &settings;
        auto *sessions = new SessionsPage(sessionServices);
        window.addPage(QApplication::translate("Application", "Sessions"), Icons::get(u"sessions"_s), sessions);
        QObject::connect(sessions, &SessionsPage::statusMessage, &window, &MainWindow::showStatus);
        QObject::connect(sessions, &SessionsPage::reviewRequested, review, [&window, review](qint64 session) {
            review->openSession(session);
            window.showPage(review);
        });
        QObject::connect(sessions, &SessionsPage::dashboardRequested, dashboard, [&window, dashboard](qint64 session) {
            dashboard->openSession(session);
            window.showPage(dashboard);
        });
        QObject::connect(sessions, &SessionsPage::compareRequested, &window, [&window, compare](qint64 session) {
            if (!compare)
                return;
            compare->openSession(session);
            window.showPage(compare);
        });
    } else if (runs) {
        qCWarning(lcUi).noquote() << "Review unavailable:" << storeError;
    }
    if (candidates) {
        QObject::connect(explore, &ExplorePage::addCandidateRequested, candidates.get(),
            [&candidates](RepoType type, const QString &repoId) { candidates->add(type, repoId); });
    }
    if (qEnvironmentVariableIntValue("HUBLENS_REPORT_FIRST_PAINT") == 1)
        new FirstPaintReporter(&window);
    window.show();
    explore->start();
    if (smokeTest) {
        // Paint once, then leave: proves the whole window comes up on this platform.
        QTimer::singleShot(200, &app, [&window] {
            window.repaint();
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace Application
