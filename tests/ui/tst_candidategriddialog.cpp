// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate grid driven through the real MainWindow against the loopback Hub (FakeHub's recordings) and a
// loopback router: it opens from the candidates dock and from the View menu, shows one column per model candidate
// (a missing one with its error), highlights the rows that differ, filters to them, and "Compare these" switches
// to Compare with one column per model on the hf-router endpoint.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/secretstore.h"
#include "app/hub/candidategridmodel.h"
#include "app/hub/hubclient.h"
#include "app/inference/comparerunner.h"
#include "app/inference/endpointservice.h"
#include "app/net/curlmulti.h"
#include "app/storage/candidatestore.h"
#include "app/storage/endpointstore.h"
#include "app/storage/runstore.h"
#include "tests/support/fakehub.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"
#include "ui/candidates/candidategrid.h"
#include "ui/candidates/candidatesdock.h"
#include "ui/compare/comparecolumnview.h"
#include "ui/compare/comparepage.h"
#include "ui/mainwindow.h"

using namespace Qt::StringLiterals;
using Attribute = CandidateGridModel::Attribute;

namespace {
const QString kLlama = u"meta-llama/Llama-3.1-8B-Instruct"_s;
const QString kBert = u"google-bert/bert-base-uncased"_s;
const QString kMissing = u"hublens-test/does-not-exist"_s;
} // namespace

class TestCandidateGridDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_server.start());
        FakeHub::install(m_server, 20, 5);
        m_server.route("GET", u"/v1/models/"_s + kLlama, [](const TestRequest &) {
            return TestResponse::json(
                R"({"id":"meta-llama/Llama-3.1-8B-Instruct","object":"model","providers":[)"
                R"({"provider":"novita","status":"live","context_length":131072,"pricing":{"input":0.02,"output":0.05}},)"
                R"({"provider":"fireworks-ai","status":"live","context_length":131072,"pricing":{"input":0.2,"output":0.2}}]})");
        });
        m_server.route("GET", u"/v1/models"_s, [](const TestRequest &) {
            return TestResponse::json(R"({"object":"list","data":[{"id":"meta-llama/Llama-3.1-8B-Instruct"}]})");
        });
    }

    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void opensFromTheDockHighlightsAndComparesThese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"hublens.sqlite3"_s);
        QString error;
        std::unique_ptr<CandidateStore> candidates = CandidateStore::open(path, &error);
        std::unique_ptr<EndpointStore> endpoints = EndpointStore::open(path, &error);
        std::unique_ptr<RunStore> runs = RunStore::open(path, &error);
        QVERIFY2(candidates && endpoints && runs, qPrintable(error));
        Endpoint router;
        router.name = u"router"_s;
        router.kind = EndpointKind::HfRouter;
        router.url = m_server.url(u"/v1"_s);
        QVERIFY(endpoints->add(router) > 0);
        QVERIFY(candidates->add(RepoType::Model, kLlama));
        QVERIFY(candidates->add(RepoType::Dataset, u"openai/gsm8k"_s)); // datasets are not in the grid
        QVERIFY(candidates->add(RepoType::Model, kBert));
        QVERIFY(candidates->add(RepoType::Model, kMissing));

        CurlMulti multi;
        HubConfig config;
        config.endpoint = m_server.url();
        HubClient hub(&multi, config);
        SecretStore::Options options;
        options.fileOnly = true;
        options.filePath = dir.filePath(u"secrets.json"_s);
        SecretStore secrets(options);
        EndpointService service(&multi, config, &secrets);
        CompareRunner runner(&multi, runs.get(),
            [&service](const Endpoint &endpoint, QObject *context,
                std::function<void(const QByteArray &, const QString &)> done) {
                service.resolveSecret(endpoint, context, std::move(done));
            });

        MainWindow::Services services;
        services.candidates = candidates.get();
        services.hub = &hub;
        services.endpoints = endpoints.get();
        MainWindow window(services);
        ComparePage::Services compareServices;
        compareServices.runner = &runner;
        compareServices.endpoints = endpoints.get();
        compareServices.endpointService = &service;
        compareServices.runs = runs.get();
        compareServices.secrets = &secrets;
        auto *explore = new QLabel(u"explore"_s);
        auto *compare = new ComparePage(compareServices);
        window.addPage(u"Explore"_s, QIcon(), explore);
        window.addPage(u"Compare"_s, QIcon(), compare);
        window.setComparePage(compare);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.candidateGridAction()->isEnabled());

        // The dock's "Grid…" opens it.
        QPushButton *gridButton = window.candidatesDock()->gridButton();
        QVERIFY(gridButton->isVisible() && gridButton->isEnabled());
        QTest::mouseClick(gridButton, Qt::LeftButton);
        CandidateGridDialog *grid = window.candidateGrid();
        QVERIFY(grid);
        QVERIFY(QTest::qWaitForWindowExposed(grid));
        QVERIFY(!grid->isModal());
        auto *summary = grid->findChild<QLabel *>(u"gridSummary"_s);
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"rows differ"_s), 10000);
        QVERIFY2(summary->text().contains(u"1 could not be loaded"_s), qPrintable(summary->text()));
        QCOMPARE(grid->modelIds(), QStringList({kLlama, kBert, kMissing}));

        QTableView *view = grid->view();
        QAbstractItemModel *shown = view->model();
        QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CandidateGridModel *model = grid->model();
        QCOMPARE(shown->columnCount(), 3);
        QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), kLlama);
        QVERIFY(view->alternatingRowColors());
        QVERIFY(view->verticalHeader()->isVisible()); // the attribute names: a frozen first column
        QCOMPARE(shown->headerData(model->rowOf(Attribute::License), Qt::Vertical).toString(), u"License"_s);

        const int status = model->rowOf(Attribute::Status);
        QCOMPARE(shown->index(status, 2).data().toString(), u"Not found (or private)"_s);
        QVERIFY(!shown->index(status, 2).data(Qt::DecorationRole).isNull()); // a warning icon
        const int license = model->rowOf(Attribute::License);
        QCOMPARE(shown->index(license, 0).data().toString(), u"llama3.1"_s);
        QCOMPARE(shown->index(license, 1).data().toString(), u"apache-2.0"_s);
        QVERIFY(model->rowDiffers(license));
        QVERIFY(shown->index(license, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(shown->index(license, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(shown->headerData(license, Qt::Vertical, Qt::FontRole).value<QFont>().bold());
        // The tint is mixed from the palette: dark under a dark palette, light under a light one, text readable on
        // both.
        const QColor lightTint = shown->index(license, 0).data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY2(lightTint.lightness() > 180, qPrintable(lightTint.name()));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        view->setPalette(dark);
        const QColor darkTint = shown->index(license, 0).data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY2(darkTint.lightness() < 80, qPrintable(darkTint.name()));
        QVERIFY(model->rowDiffers(license + 1)); // gated mode, the next row: zebra stripes stay inside the tint
        QVERIFY(darkTint != shown->index(license + 1, 0).data(Qt::BackgroundRole).value<QBrush>().color());
        view->setPalette(QPalette());
        const int gated = model->rowOf(Attribute::Gated);
        QCOMPARE(shown->index(gated, 0).data().toString(), u"Yes (manual approval)"_s);
        const int novita = model->rowOf(Attribute::Provider, u"novita"_s);
        QVERIFY(novita >= 0);
        QCOMPARE(shown->index(novita, 0).data().toString(), u"$0.020 / $0.050"_s);
        QCOMPARE(shown->index(novita, 1).data().toString(), u"—"_s);
        const int revision = model->rowOf(Attribute::Revision);
        QVERIFY(!model->rowDiffers(revision));
        QVERIFY(!shown->index(revision, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!shown->index(revision, 0).data(Qt::BackgroundRole).isValid());

        // Only differences: the agreeing rows hide, the status row stays.
        auto *only = grid->findChild<QCheckBox *>(u"onlyDifferences"_s);
        QVERIFY(only);
        only->click();
        QVERIFY(view->isRowHidden(revision));
        QVERIFY(!view->isRowHidden(license));
        QVERIFY(!view->isRowHidden(status));
        only->click();
        QVERIFY(!view->isRowHidden(revision));

        // A candidate removed while the grid is open leaves it.
        QVERIFY(candidates->remove(RepoType::Model, kMissing));
        QCOMPARE(grid->modelIds(), QStringList({kLlama, kBert}));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"rows differ"_s), 10000);

        // The menu action brings the same window back.
        window.candidateGridAction()->trigger();
        QCOMPARE(window.candidateGrid(), grid);

        // "Compare these" switches to Compare with a column per model, on the router.
        auto *compareThese = grid->findChild<QPushButton *>(u"compareTheseButton"_s);
        QVERIFY(compareThese && compareThese->isEnabled());
        QTest::mouseClick(compareThese, Qt::LeftButton);
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), compare);
        QCOMPARE(compare->columnCount(), 2);
        QCOMPARE(compare->column(0)->model(), kLlama);
        QCOMPARE(compare->column(1)->model(), kBert);
        QCOMPARE(compare->column(0)->endpoint().name, u"router"_s);

        // The dock's own Compare sends the selected models.
        stack->setCurrentWidget(explore);
        window.findChild<QListWidget *>(u"navigationRail"_s)->setCurrentRow(0);
        QCOMPARE(window.candidatesDock()->modelsForCompare(), QStringList({kLlama, kBert}));
    }

    void withoutAComparePageCompareIsDisabled()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<CandidateStore> candidates = CandidateStore::open(dir.filePath(u"h.sqlite3"_s), &error);
        QVERIFY(candidates);
        QVERIFY(candidates->add(RepoType::Model, kBert));
        CurlMulti multi;
        HubConfig config;
        config.endpoint = m_server.url();
        HubClient hub(&multi, config);
        MainWindow::Services services;
        services.candidates = candidates.get();
        services.hub = &hub;
        MainWindow window(services);
        window.show();
        QVERIFY(!window.candidatesDock()->compareButton()->isEnabled());
        QCOMPARE(window.candidateGridAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        window.candidateGridAction()->trigger();
        QVERIFY(window.candidateGrid());
        QVERIFY(!window.candidateGrid()->findChild<QPushButton *>(u"compareTheseButton"_s)->isEnabled());
        // No Hub client: no grid.
        MainWindow bare(MainWindow::Services{nullptr, nullptr, nullptr, candidates.get(), nullptr, nullptr});
        QVERIFY(!bare.candidateGridAction()->isEnabled());
        QVERIFY(!bare.candidatesDock()->gridButton()->isEnabled());
    }

private:
    TestServer m_server;
};

QTEST_MAIN(TestCandidateGridDialog)
#include "tst_candidategriddialog.moc"
