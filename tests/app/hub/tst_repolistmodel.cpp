// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "app/hub/dvrowsmodel.h"
#include "app/hub/hubparse.h"
#include "app/hub/repofiles.h"
#include "app/hub/repolistmodel.h"
#include "app/net/curlmulti.h"
#include "tests/support/fakehub.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestRepoListModel final : public QObject
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
        FakeHub::install(m_server, 230, 40);
        m_server.clearRequests();
        HubConfig config;
        config.endpoint = m_server.url();
        config.datasetsServer = m_server.url();
        m_network = std::make_unique<CurlMulti>();
        m_client = std::make_unique<HubClient>(m_network.get(), config);
        m_client->setRetryPolicy({0, 10, 100, 1000, true});
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
    }

    void pagesLoadOnDemand()
    {
        RepoListModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &RepoListModel::loadingChanged);
        HubListQuery query;
        query.sort = u"downloads"_s;
        model.setQuery(query);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore());
        QTRY_COMPARE(model.rowCount(), 100);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QVERIFY(model.canFetchMore());
        QCOMPARE(model.columnCount(), int(RepoListModel::ColumnCount));
        model.fetchMore();
        QTRY_COMPARE(model.rowCount(), 200);
        model.fetchMore();
        QTRY_COMPARE(model.rowCount(), 230);
        QVERIFY(!model.canFetchMore());
        QVERIFY(!model.hasMore());
        QCOMPARE(model.pagesLoaded(), 3);
        // The second request followed the server's Link URL (a cursor), not a recomputed one.
        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests.at(1).query.hasQueryItem(u"cursor"_s));
        QCOMPARE(requests.at(1).query.queryItemValue(u"sort"_s), u"downloads"_s);

        const QModelIndex first = model.index(0, RepoListModel::DownloadsColumn);
        QCOMPARE(first.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        QVERIFY(!first.data(Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), QLocale().toString(model.repoAt(0)->downloads));
        QCOMPARE(
            model.index(0, RepoListModel::IdColumn).data(RepoListModel::RepoIdRole).toString(), model.repoAt(0)->id);
        QVERIFY(model.modelAt(0));
        QVERIFY(!model.datasetAt(0));
    }

    void newQueryResetsAndCancels()
    {
        RepoListModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), 100);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        HubListQuery query;
        query.type = RepoType::Dataset;
        model.setQuery(query);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 40);
        QVERIFY(model.datasetAt(0));
        QVERIFY(!model.modelAt(0));
        QCOMPARE(model.headerData(RepoListModel::TaskColumn, Qt::Horizontal).toString(), u"Task category"_s);
        QCOMPARE(model.index(0, RepoListModel::TaskColumn).data().toString(), u"text-classification"_s);
    }

    void errorStopsPagingUntilRetry()
    {
        auto fail = std::make_shared<std::atomic<bool>>(true);
        m_server.route("GET", u"/api/models"_s, [fail](const TestRequest &) {
            if (*fail)
                return TestResponse::json(R"({"error":"boom"})", 500);
            return TestResponse::json(TestData::modelListItems(3).join(',').prepend('[').append(']'));
        });
        RepoListModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &RepoListModel::errorOccurred);
        model.setQuery({});
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<HubError>().kind, HubError::Kind::Server);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.rowCount(), 0);
        *fail = false;
        model.retry();
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(!model.lastError().isError());
    }

    void ggufQuantisations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("quant");
        QTest::newRow("plain") << u"Llama-3.1-8B-Instruct-Q4_K_M.gguf"_s << u"Q4_K_M"_s;
        QTest::newRow("dot separated") << u"model.Q8_0.gguf"_s << u"Q8_0"_s;
        QTest::newRow("importance quant") << u"qwen2.5-7b-instruct-iq2_xs.gguf"_s << u"IQ2_XS"_s;
        QTest::newRow("split file") << u"big/model-Q5_K_S-00001-of-00003.gguf"_s << u"Q5_K_S"_s;
        QTest::newRow("float") << u"gemma-2b-f16.gguf"_s << u"F16"_s;
        QTest::newRow("bfloat") << u"x-BF16.gguf"_s << u"BF16"_s;
        QTest::newRow("no quant in name") << u"ggml-model.gguf"_s << u"unknown"_s;
        QTest::newRow("not gguf") << u"model.safetensors"_s << QString();
    }

    void ggufQuantisations()
    {
        QFETCH(QString, path);
        QFETCH(QString, quant);
        QCOMPARE(RepoFiles::ggufQuantOf(path), quant);
    }

    void summaryGroupsSplitGgufFiles()
    {
        QList<RepoTreeEntry> entries;
        const auto add = [&entries](const QString &path, qint64 size, bool directory = false) {
            RepoTreeEntry entry;
            entry.path = path;
            entry.size = size;
            entry.isDirectory = directory;
            entries.append(entry);
        };
        add(u"README.md"_s, 100);
        add(u"m-Q8_0-00001-of-00002.gguf"_s, 5000);
        add(u"m-Q8_0-00002-of-00002.gguf"_s, 3000);
        add(u"m-Q4_K_M.gguf"_s, 4000);
        add(u"sub"_s, 0, true);
        const RepoFiles::Summary summary = RepoFiles::summarize(entries);
        QCOMPARE(summary.files, 4);
        QCOMPARE(summary.directories, 1);
        QCOMPARE(summary.totalBytes, 12100);
        QCOMPARE(summary.gguf.size(), 2);
        QCOMPARE(summary.gguf.at(0).quant, u"Q4_K_M"_s);
        QCOMPARE(summary.gguf.at(1).quant, u"Q8_0"_s);
        QCOMPARE(summary.gguf.at(1).totalBytes, 8000);
        QCOMPARE(summary.gguf.at(1).files.size(), 2);
    }

    void frontMatterIsStripped_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yaml block") << u"---\nlicense: mit\ntags:\n- a\n---\n# Title\n"_s << u"# Title\n"_s;
        QTest::newRow("windows line ends") << u"---\r\nlicense: mit\r\n---\r\nBody"_s << u"Body"_s;
        QTest::newRow("with BOM") << u"\uFEFF---\nx: 1\n---\nBody"_s << u"Body"_s;
        QTest::newRow("no front matter") << u"# Title\n---\nnot yaml"_s << u"# Title\n---\nnot yaml"_s;
        QTest::newRow("unterminated") << u"---\nlicense: mit\n# Title"_s << u"---\nlicense: mit\n# Title"_s;
        QTest::newRow("horizontal rule later") << u"Intro\n\n---\n\nMore"_s << u"Intro\n\n---\n\nMore"_s;
    }

    void frontMatterIsStripped()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QCOMPARE(CardText::stripFrontMatter(markdown), expected);
    }

    void datasetRowsModel()
    {
        const QByteArray body = Fixtures::read(u"datasets-server/first-rows__200__truncated-cells.body.json"_s);
        const std::optional<DvRows> rows = HubParse::dvRows(body);
        QVERIFY(rows.has_value());
        DvRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(*rows);
        QCOMPARE(model.rowCount(), rows->rows.size());
        QCOMPARE(model.columnCount(), rows->features.size());
        const QString header = model.headerData(0, Qt::Horizontal).toString();
        QVERIFY(header.startsWith(rows->features.first().name));
        QVERIFY(header.contains(rows->features.first().typeName));
        // Truncated cells say so.
        bool sawTruncated = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c)
                sawTruncated = sawTruncated || model.index(r, c).data().toString().contains(u"truncated"_s);
        }
        QCOMPARE(sawTruncated, !rows->rows.first().truncatedCells.isEmpty());

        const std::optional<DvRows> images =
            HubParse::dvRows(Fixtures::read(u"datasets-server/first-rows__200__image-column.body.json"_s));
        QVERIFY(images.has_value());
        model.setRows(*images);
        int imageColumn = -1;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (!model.index(0, c).data(DvRowsModel::LinkRole).toString().isEmpty())
                imageColumn = c;
        }
        QVERIFY(imageColumn >= 0);
        QVERIFY(model.index(0, imageColumn).data().toString().startsWith(u"[image "_s));
        QVERIFY(model.index(0, imageColumn).data(DvRowsModel::LinkRole).toString().startsWith(u"https://"_s));

        DvRows longCell;
        longCell.features.append({0, u"text"_s, u"string"_s, {}, {}});
        DvRow row;
        row.rowIndex = 7;
        row.cells.insert(u"text"_s, QString(500, u'x'));
        longCell.rows.append(row);
        model.setRows(longCell);
        QCOMPARE(model.index(0, 0).data().toString().size(), DvRowsModel::kMaxDisplayChars);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString().size(), 500);
        QCOMPARE(model.headerData(0, Qt::Vertical).toLongLong(), 7);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

private:
    TestServer m_server;
    std::unique_ptr<CurlMulti> m_network;
    std::unique_ptr<HubClient> m_client;
};

QTEST_GUILESS_MAIN(TestRepoListModel)
#include "tst_repolistmodel.moc"
