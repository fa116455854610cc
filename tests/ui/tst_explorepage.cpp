// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/hub/dvrowsmodel.h"
#include "app/hub/hubcache.h"
#include "app/hub/repolistmodel.h"
#include "app/net/curlmulti.h"
#include "tests/support/fakehub.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"
#include "ui/common/banner.h"
#include "ui/common/cardbrowser.h"
#include "ui/explore/datasetpreview.h"
#include "ui/explore/explorepage.h"
#include "ui/explore/repodetailview.h"

using namespace Qt::StringLiterals;

class TestExplorePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
    }

    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
        m_server.clearRoutes();
        FakeHub::install(m_server, 450, 60);
        m_server.clearRequests();
        m_config = HubConfig();
        m_config.endpoint = m_server.url();
        m_config.datasetsServer = m_server.url();
        m_network = std::make_unique<CurlMulti>();
        m_client = std::make_unique<HubClient>(m_network.get(), m_config);
        m_client->setRetryPolicy({0, 10, 100, 1000, true});
        m_page = std::make_unique<ExplorePage>(m_client.get());
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_client.reset();
        m_network.reset();
    }

    void opensOnTrendingModels()
    {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->start();
        QTRY_VERIFY(m_page->model()->rowCount() >= 100);
        const TestRequest first = m_server.requests().first();
        QCOMPARE(first.path, u"/api/models"_s);
        QCOMPARE(first.query.queryItemValue(u"sort"_s), u"trendingScore"_s);
        auto *count = m_page->findChild<QLabel *>(u"resultCount"_s);
        QTRY_VERIFY(count->text().contains(u"more available"_s));
    }

    void typingSendsOneDebouncedRequest()
    {
        m_page->start();
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        QTRY_VERIFY(!m_page->model()->isLoading());
        m_server.clearRequests();
        QTest::keyClicks(m_page->searchField(), u"chat-llama"_s, Qt::NoModifier, 20);
        QTest::qWait(ExplorePage::kDebounceMs / 2);
        QCOMPARE(m_server.requestCount(u"/api/models"_s), 0); // still typing
        QTRY_COMPARE(m_server.requestCount(u"/api/models"_s), 1);
        QTest::qWait(ExplorePage::kDebounceMs * 2);
        QCOMPARE(m_server.requestCount(u"/api/models"_s), 1);
        TestRequest request;
        for (const TestRequest &one : m_server.requests()) {
            if (one.path == u"/api/models"_s)
                request = one;
        }
        QCOMPARE(request.query.queryItemValue(u"search"_s, QUrl::FullyDecoded), u"chat-llama"_s);
        QCOMPARE(request.query.queryItemValue(u"limit"_s), u"100"_s);
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(m_page->model()->repoAt(row)->id.contains(u"chat-llama"_s));
    }

    void scrollingToTheEndFetchesTheNextPage()
    {
        m_page->start();
        QTRY_COMPARE(m_page->model()->rowCount(), 100);
        QTRY_VERIFY(!m_page->model()->isLoading());
        m_server.clearRequests();
        QTableView *view = m_page->resultsView();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_COMPARE(m_page->model()->rowCount(), 200);
        TestRequest request;
        for (const TestRequest &one : m_server.requests()) {
            if (one.path == u"/api/models"_s)
                request = one;
        }
        QVERIFY(request.query.hasQueryItem(u"cursor"_s)); // the Link URL, verbatim
        QCOMPARE(request.query.queryItemValue(u"sort"_s), u"trendingScore"_s);
    }

    void selectingARowShowsCardMetadataAndFiles()
    {
        m_page->start();
        QTRY_VERIFY(m_page->model()->rowCount() > 5);
        m_page->resultsView()->selectRow(3);
        const QString id = m_page->model()->repoAt(3)->id;
        RepoDetailView *detail = m_page->detailView();
        QTRY_COMPARE(detail->repoId(), id);
        QTRY_VERIFY(!detail->isLoading());
        auto *card = detail->findChild<CardBrowser *>(u"card"_s);
        QVERIFY(card->toPlainText().contains(id.section(u'/', 1)));
        QVERIFY(!card->toPlainText().contains(u"license: apache-2.0"_s)); // front matter is not shown
        auto *files = detail->findChild<QTableWidget *>(u"files"_s);
        QTRY_VERIFY(files->rowCount() > 3);
        auto *providers = detail->findChild<QTableWidget *>(u"providers"_s);
        QCOMPARE(providers->rowCount(), m_page->model()->modelAt(3)->providers.size());
        // Metadata from the full info call (the fake adds the architecture and context length).
        const QList<QLabel *> labels = detail->findChildren<QLabel *>();
        bool sawArchitecture = false;
        bool sawContext = false;
        for (const QLabel *label : labels) {
            sawArchitecture = sawArchitecture || label->text().contains(u"LlamaForCausalLM"_s);
            sawContext = sawContext || label->text() == QLocale().toString(131072);
        }
        QVERIFY(sawArchitecture);
        QVERIFY(sawContext);
    }

    void facetChangeResetsAndRequeries()
    {
        m_page->start();
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        QTRY_VERIFY(!m_page->model()->isLoading());
        m_server.clearRequests();
        QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
        auto combos = m_page->findChildren<QComboBox *>();
        QComboBox *task = nullptr;
        for (QComboBox *combo : combos) {
            if (combo->accessibleName() == u"Task"_s)
                task = combo;
        }
        QVERIFY(task);
        const int index = task->findData(u"text-generation"_s);
        QVERIFY(index > 0);
        task->setCurrentIndex(index);
        Q_EMIT task->activated(index);
        QCOMPARE(reset.count(), 1);
        QTRY_COMPARE(m_server.requestCount(u"/api/models"_s), 1);
        for (const TestRequest &one : m_server.requests()) {
            if (one.path == u"/api/models"_s)
                QCOMPARE(one.query.queryItemValue(u"pipeline_tag"_s), u"text-generation"_s);
        }
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(m_page->model()->modelAt(row)->pipelineTag, u"text-generation"_s);
    }

    void rateLimitShowsMessageAndRetryWorks()
    {
        auto limited = std::make_shared<std::atomic<bool>>(true);
        m_server.route("GET", u"/api/models"_s, [limited](const TestRequest &) {
            if (*limited) {
                return TestResponse::json(R"({"error":"We had to rate limit you"})", 429)
                    .withHeader("ratelimit", "\"api\";r=0;t=189");
            }
            return TestResponse::json("[" + TestData::modelListItems(5).join(',') + "]");
        });
        m_page->start();
        auto *banner = m_page->findChild<Banner *>(u"banner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"rate limit"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"190 second"_s));
        QVERIFY(banner->isRetryVisible());
        *limited = false;
        QPushButton *retry = nullptr;
        for (QPushButton *button : banner->findChildren<QPushButton *>()) {
            if (button->text() == u"Retry"_s)
                retry = button;
        }
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(m_page->model()->rowCount(), 5);
        QVERIFY(!banner->isVisible());
    }

    void offlineShowsBannerWithCachedResults()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<HubCache> cache = HubCache::open(dir.filePath(u"cache.sqlite3"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        m_page.reset();
        m_client = std::make_unique<HubClient>(m_network.get(), m_config, cache.get());
        m_page = std::make_unique<ExplorePage>(m_client.get());
        m_page->show();
        m_page->start();
        QTRY_COMPARE(m_page->model()->rowCount(), 100);
        cache->waitForDone();

        HubConfig offline = m_config;
        offline.offline = true;
        m_client->setConfig(offline);
        m_server.clearRequests();
        m_page->model()->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 100);
        auto *banner = m_page->findChild<Banner *>(u"banner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Offline"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"cached"_s));
        QCOMPARE(m_server.requestCount(u"/api/models"_s), 0);
        auto *count = m_page->findChild<QLabel *>(u"resultCount"_s);
        QVERIFY(count->text().contains(u"cached"_s));
        m_page.reset();
        m_client.reset();
        cache->waitForDone();
    }

    void keyboardNavigation()
    {
        QSignalSpy candidates(m_page.get(), &ExplorePage::addCandidateRequested);
        m_page->start();
        QTRY_VERIFY(m_page->model()->rowCount() > 2);
        m_page->searchField()->setFocus();
        QTest::keyClick(m_page->searchField(), Qt::Key_Down);
        QVERIFY(m_page->resultsView()->hasFocus());
        QTest::keyClick(m_page->resultsView(), Qt::Key_Down);
        QCOMPARE(m_page->resultsView()->currentIndex().row(), 1);
        QTest::keyClick(m_page->resultsView(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(candidates.count(), 1);
        QCOMPARE(candidates.first().at(1).toString(), m_page->model()->repoAt(1)->id);
        QTest::keyClick(m_page->resultsView(), Qt::Key_Escape);
        QVERIFY(m_page->searchField()->hasFocus());
        m_page->resultsView()->setFocus();
        QTest::keyClick(m_page->resultsView(), Qt::Key_Slash);
        QVERIFY(m_page->searchField()->hasFocus());
    }

    void datasetsTabPreviewsRows()
    {
        // The recorded imdb rows; a split list that points at them.
        m_server.route("GET", u"/splits"_s, [](const TestRequest &) {
            return TestResponse::json(
                R"({"splits":[{"dataset":"stanfordnlp/imdb","config":"plain_text","split":"train"},)"
                R"({"dataset":"stanfordnlp/imdb","config":"plain_text","split":"test"}],"pending":[],"failed":[]})");
        });
        auto *tabs = m_page->findChild<QTabBar *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        QCOMPARE(m_page->model()->query().type, RepoType::Dataset);
        DatasetInfo imdb;
        imdb.id = u"stanfordnlp/imdb"_s;
        m_page->detailView()->showDataset(imdb);
        auto *preview = m_page->detailView()->findChild<DatasetPreview *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->rowsModel()->rowCount() > 0);
        QCOMPARE(preview->rowsModel()->rows().rows.first().rowIndex, 234);
        QVERIFY(preview->rowsModel()->headerData(0, Qt::Horizontal).toString().startsWith(u"text"_s));
        QAbstractItemModelTester tester(preview->rowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

private:
    TestServer m_server;
    HubConfig m_config;
    std::unique_ptr<CurlMulti> m_network;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<ExplorePage> m_page;
};

QTEST_MAIN(TestExplorePage)
#include "tst_explorepage.moc"
