// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard driven offscreen on a real session database: every chart is drawn and its series hold the report's
// numbers, titles state the finding, charts export to PNG and SVG, the HTML and PDF report carry the same numbers as
// the page, new judgments update it live, and an empty session says what to do.
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QElapsedTimer>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/appsettings.h"
#include "app/eval/reporthtml.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "tests/support/testutils.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/heatmapview.h"

using namespace Qt::StringLiterals;

class TestDashboardPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyChartHoldsTheReportsNumbers();
    void titlesStateTheFinding();
    void chartsExportToPngAndSvg();
    void reportCarriesTheSameNumbers();
    void updatesLiveAsJudgmentsArrive();
    void updatesWhileJudgmentsKeepArriving();
    void emptySessionSaysWhatToDo();
    void coloursAreStablePerCandidate();

private:
    void makePage(qint64 session, std::unique_ptr<DashboardPage> *page);
    qint64 addRun(qint64 promptId, const QString &endpoint, double ttft, double total, double tokensPerSecond);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<JudgmentStore> m_judgments;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_session = 0;
    QList<qint64> m_alpha;
    QList<qint64> m_beta;
    QList<qint64> m_gamma;
};

void TestDashboardPage::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"hublens.sqlite3"_s);
    QString error;
    m_runs = RunStore::open(path, &error);
    QVERIFY2(m_runs, qPrintable(error));
    m_judgments = JudgmentStore::open(path, &error);
    QVERIFY2(m_judgments, qPrintable(error));
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"HubLens.ini"_s));
    m_session = m_runs->ensureSession(u"Tickets"_s);
    SessionSettings settings;
    settings.labels = {u"concise"_s, u"too long"_s};
    settings.criteria = QJsonArray{QJsonObject{{u"metric"_s, u"mean_rating"_s}, {u"value"_s, 3.5}}};
    QVERIFY(m_runs->setSessionSettings(m_session, settings));
    m_alpha.clear();
    m_beta.clear();
    m_gamma.clear();
    for (int p = 0; p < 8; ++p) {
        StoredPrompt prompt;
        prompt.sessionId = m_session;
        prompt.text = u"Summarise ticket %1"_s.arg(p);
        const qint64 promptId = m_runs->addPrompt(prompt);
        m_alpha.append(addRun(promptId, u"alpha"_s, 100 + 10 * p, 900 + 20 * p, 60 + p));
        m_beta.append(addRun(promptId, u"beta"_s, 300 + 5 * p, 1500 + 30 * p, 30 + p));
        m_gamma.append(addRun(promptId, u"gamma"_s, 50 + p, 2500 + 50 * p, 90 + p));
    }
    // Ana: alpha beats beta on 7 of 8 prompts and gamma on 6; beta and gamma trade wins. Ben agrees on most.
    for (int p = 0; p < 8; ++p) {
        for (const QString &reviewer : {u"Ana"_s, u"Ben"_s}) {
            const bool ben = reviewer == u"Ben"_s;
            PairJudgment pair;
            pair.reviewer = reviewer;
            pair.runA = m_alpha.at(p);
            pair.runB = m_beta.at(p);
            pair.outcome = p == 7 ? PairOutcome::B : PairOutcome::A;
            QVERIFY(m_judgments->savePair(pair) > 0);
            pair.runB = m_gamma.at(p);
            pair.outcome = p >= 6 ? (ben && p == 7 ? PairOutcome::Tie : PairOutcome::B) : PairOutcome::A;
            QVERIFY(m_judgments->savePair(pair) > 0);
            pair.runA = m_beta.at(p);
            pair.outcome = p % 2 == 0 ? PairOutcome::A : (p == 3 ? PairOutcome::BothBad : PairOutcome::B);
            QVERIFY(m_judgments->savePair(pair) > 0);
            Judgment judgment;
            judgment.reviewer = reviewer;
            judgment.runId = m_alpha.at(p);
            judgment.rating = 4 + (p % 2);
            judgment.labels = {u"concise"_s};
            QVERIFY(m_judgments->saveJudgment(judgment) > 0);
            judgment.runId = m_beta.at(p);
            judgment.rating = ben && p == 2 ? 3 : 2 + (p % 3);
            judgment.labels = p % 2 == 0 ? QStringList{u"too long"_s} : QStringList{};
            QVERIFY(m_judgments->saveJudgment(judgment) > 0);
        }
    }
}

void TestDashboardPage::cleanup()
{
    m_settings.reset();
    m_judgments.reset();
    m_runs.reset();
    m_dir.reset();
}

qint64 TestDashboardPage::addRun(
    qint64 promptId, const QString &endpoint, double ttft, double total, double tokensPerSecond)
{
    StoredRun run;
    run.sessionId = m_session;
    run.promptId = promptId;
    run.endpointName = endpoint;
    run.endpointKind = u"openai"_s;
    run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
    run.model = endpoint + u"-model"_s;
    run.result.status = RunStatus::Succeeded;
    run.result.text = u"answer"_s;
    run.result.ttftMs = ttft;
    run.result.totalMs = total;
    run.result.tokensPerSecond = tokensPerSecond;
    run.result.completionTokens = 100;
    run.result.costUsd = endpoint == u"alpha"_s ? 0.001 : 0.0005;
    return m_runs->saveRun(run);
}

void TestDashboardPage::makePage(qint64 session, std::unique_ptr<DashboardPage> *page)
{
    DashboardPage::Services services;
    services.runs = m_runs.get();
    services.judgments = m_judgments.get();
    services.settings = m_settings.get();
    *page = std::make_unique<DashboardPage>(services);
    QSignalSpy updated(page->get(), &DashboardPage::reportUpdated);
    (*page)->resize(1200, 900);
    (*page)->show();
    (*page)->openSession(session);
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && !(*page)->isComputing(), 10000);
    QCOMPARE((*page)->sessionId(), session);
}

void TestDashboardPage::everyChartHoldsTheReportsNumbers()
{
    std::unique_ptr<DashboardPage> page;
    makePage(m_session, &page);
    if (QTest::currentTestFailed())
        return;
    const SessionReport &report = page->report();
    QCOMPARE(report.candidates.size(), 3);
    QCOMPARE(report.runCount, 24);

    // Leaderboard: one point and one interval per ranked candidate, best on top.
    QChart *leaderboard = page->chart(u"leaderboard"_s);
    QVERIFY(leaderboard);
    int points = 0;
    for (QAbstractSeries *series : leaderboard->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            ++points;
            const LeaderboardRow *row = nullptr;
            for (const LeaderboardRow &candidate : report.leaderboard) {
                if (report.candidates.at(candidate.candidate).label == scatter->name())
                    row = &candidate;
            }
            QVERIFY2(row, qPrintable(scatter->name()));
            QCOMPARE(scatter->count(), 1);
            QCOMPARE(scatter->at(0).x(), row->strength);
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            // The interval: from ciLow to ciHigh of the candidate on the same row as its point.
            QCOMPARE(line->count(), 2);
            bool found = false;
            for (const LeaderboardRow &candidate : report.leaderboard) {
                if (line->name().startsWith(report.candidates.at(candidate.candidate).label + u" "_s)) {
                    QCOMPARE(line->at(0).x(), candidate.ciLow);
                    QCOMPARE(line->at(1).x(), candidate.ciHigh);
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(line->name()));
        }
    }
    QCOMPARE(points, 3);
    QCOMPARE(report.leaderboard.at(0).candidate, 0); // alpha
    QCOMPARE(page->leaderboardTable()->rowCount(), 3);
    QCOMPARE(page->leaderboardTable()->item(0, 1)->text(), u"alpha-model"_s);
    QCOMPARE(page->leaderboardTable()->item(0, 3)->text(),
        QString::number(std::round(report.leaderboard.at(0).strength), 'f', 0));
    QCOMPARE(page->leaderboardTable()->item(0, 6)->text(), QString::number(report.leaderboard.at(0).wins));

    // Heatmap: the win matrix in leaderboard order.
    HeatmapView *heatmap = page->heatmap();
    QCOMPARE(heatmap->labels().size(), 3);
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            const Stats::PairRecord expected =
                report.winMatrix.at(report.leaderboard.at(i).candidate).at(report.leaderboard.at(j).candidate);
            QCOMPARE(heatmap->matrix().at(i).at(j).wins, expected.wins);
            QCOMPARE(heatmap->matrix().at(i).at(j).ties, expected.ties);
            QCOMPARE(heatmap->matrix().at(i).at(j).losses, expected.losses);
        }
    }
    // alpha against beta: 14 wins, 2 losses (Ana and Ben on 8 prompts).
    QCOMPARE(heatmap->cellText(0, report.leaderboard.at(1).candidate == 1 ? 1 : 2), u"0.88\n14–0–2"_s);
    QCOMPARE(heatmap->cellText(1, 1), QString());

    // Box plots: one box per candidate with the report's quartiles.
    for (const QString &name : {u"ttft"_s, u"total-time"_s}) {
        QChart *chart = page->chart(name);
        QVERIFY(chart);
        QCOMPARE(chart->series().size(), 1);
        auto *series = qobject_cast<QBoxPlotSeries *>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        for (int i = 0; i < 3; ++i) {
            const Stats::BoxSummary &box = name == u"ttft"_s ? report.latency.at(i).ttft : report.latency.at(i).total;
            QBoxSet *set = series->boxSets().at(i);
            QCOMPARE(set->label(), report.candidates.at(i).label);
            QCOMPARE(set->at(QBoxSet::Median), box.median);
            QCOMPARE(set->at(QBoxSet::LowerQuartile), box.lowerQuartile);
            QCOMPARE(set->at(QBoxSet::UpperQuartile), box.upperQuartile);
            QCOMPARE(set->at(QBoxSet::LowerExtreme), box.lowerWhisker);
            QCOMPARE(set->at(QBoxSet::UpperExtreme), box.upperWhisker);
        }
    }

    // Throughput: each candidate's bar is its median tokens per second.
    {
        auto *series =
            qobject_cast<QHorizontalStackedBarSeries *>(page->chart(u"tokens-per-second"_s)->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(series->barSets().at(i)->at(i), *report.latency.at(i).tokensPerSecondMedian);
        QCOMPARE(*report.latency.at(0).tokensPerSecondMedian, 63.5);
    }

    // Ratings: counts per rating value; gamma was never rated.
    {
        auto *series = qobject_cast<QBarSeries *>(page->chart(u"ratings"_s)->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        for (int i = 0; i < 3; ++i) {
            QBarSet *set = series->barSets().at(i);
            QCOMPARE(set->count(), 5);
            for (int r = 0; r < 5; ++r)
                QCOMPARE(int(set->at(r)), report.ratingCounts.at(i).at(r));
        }
        QCOMPARE(report.ratingCounts.at(0), (QList<int>{0, 0, 0, 8, 8}));
    }

    // Labels: most used first (at the top of a horizontal axis, so last in the set).
    {
        auto *series = qobject_cast<QHorizontalBarSeries *>(page->chart(u"labels"_s)->series().first());
        QVERIFY(series);
        QCOMPARE(report.labels, (QStringList{u"concise"_s, u"too long"_s}));
        QBarSet *alpha = series->barSets().at(0);
        QCOMPARE(int(alpha->at(alpha->count() - 1)), 16);
        QCOMPARE(int(series->barSets().at(1)->at(0)), 8);
    }

    // Tables: criteria with verdicts, agreement for two reviewers, latency per candidate.
    QCOMPARE(page->criteriaTable()->rowCount(), 3);
    QCOMPARE(page->criteriaTable()->item(0, 0)->text(), u"pass"_s); // alpha: mean 4.5
    QCOMPARE(page->criteriaTable()->item(1, 0)->text(), u"fail"_s); // beta
    QCOMPARE(page->criteriaTable()->item(2, 0)->text(), u"no data"_s); // gamma
    QVERIFY(page->agreementTable()->rowCount() >= 4); // ratings, labels and pairwise: kappa and alpha each
    QCOMPARE(page->agreementTable()->item(0, 1)->text(), u"Cohen's kappa"_s);
    QCOMPARE(page->latencyTable()->rowCount(), 3);
    QCOMPARE(
        page->latencyTable()->item(0, 2)->text(), QString::number(report.latency.at(0).ttft.median, 'f', 0) + u" ms"_s);
}

void TestDashboardPage::titlesStateTheFinding()
{
    std::unique_ptr<DashboardPage> page;
    makePage(m_session, &page);
    if (QTest::currentTestFailed())
        return;
    const QString leaderboard = page->chartTitle(u"leaderboard"_s);
    QVERIFY2(leaderboard.startsWith(u"alpha-model"_s), qPrintable(leaderboard));
    QVERIFY2(
        page->chartTitle(u"ttft"_s).contains(u"gamma-model (median 54 ms)"_s), qPrintable(page->chartTitle(u"ttft"_s)));
    QVERIFY2(page->chartTitle(u"tokens-per-second"_s).contains(u"gamma-model"_s),
        qPrintable(page->chartTitle(u"tokens-per-second"_s)));
    QVERIFY2(page->chartTitle(u"ratings"_s).startsWith(u"Rated highest: alpha-model, mean 4.50"_s),
        qPrintable(page->chartTitle(u"ratings"_s)));
    QVERIFY2(page->chartTitle(u"labels"_s).contains(u"“concise”"_s), qPrintable(page->chartTitle(u"labels"_s)));
    QCOMPARE(page->chartTitle(u"criteria-table"_s), u"Success criteria: 1 of 3 met"_s);
}

void TestDashboardPage::chartsExportToPngAndSvg()
{
    std::unique_ptr<DashboardPage> page;
    makePage(m_session, &page);
    if (QTest::currentTestFailed())
        return;
    for (const QString &name : page->chartNames()) {
        QString error;
        const QString png = m_dir->filePath(name + u".png"_s);
        QVERIFY2(page->exportChart(name, png, &error), qPrintable(name + u": "_s + error));
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(name));
        QCOMPARE(image.size(), page->chartWidget(name)->size() * 2);
        const QString svg = m_dir->filePath(name + u".svg"_s);
        QVERIFY2(page->exportChart(name, svg, &error), qPrintable(name + u": "_s + error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.size() > 1000);
    }
    QString error;
    QVERIFY(!page->exportChart(u"leaderboard"_s, m_dir->filePath(u"chart.gif"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!page->exportChart(u"nope"_s, m_dir->filePath(u"nope.png"_s), &error));
}

void TestDashboardPage::reportCarriesTheSameNumbers()
{
    std::unique_ptr<DashboardPage> page;
    makePage(m_session, &page);
    if (QTest::currentTestFailed())
        return;
    // The command line computes the report on its own from the same database: the numbers agree.
    QString error;
    const std::optional<ReportInput> input = SessionReports::load(m_runs->databasePath(), m_session, &error);
    QVERIFY2(input, qPrintable(error));
    const SessionReport cli = SessionReports::build(*input);
    QJsonObject fromPage = page->report().toJson();
    QJsonObject fromCli = cli.toJson();
    fromPage.remove(u"generated_at"_s);
    fromCli.remove(u"generated_at"_s);
    QCOMPARE(fromPage, fromCli);

    const QString htmlPath = m_dir->filePath(u"report.html"_s);
    QVERIFY2(page->exportReport(htmlPath, &error), qPrintable(error));
    QFile file(htmlPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    for (int row = 0; row < page->leaderboardTable()->rowCount(); ++row) {
        QVERIFY(html.contains(u">%1</td>"_s.arg(page->leaderboardTable()->item(row, 3)->text())));
        QVERIFY(html.contains(page->leaderboardTable()->item(row, 4)->text()));
    }
    // Every criterion's value and every latency median shown on the page is in the report.
    for (int row = 0; row < page->criteriaTable()->rowCount(); ++row)
        QVERIFY2(html.contains(u">%1</td>"_s.arg(page->criteriaTable()->item(row, 3)->text())),
            qPrintable(page->criteriaTable()->item(row, 3)->text()));
    for (int row = 0; row < page->latencyTable()->rowCount(); ++row)
        QVERIFY2(html.contains(u">%1</td>"_s.arg(page->latencyTable()->item(row, 2)->text())),
            qPrintable(page->latencyTable()->item(row, 2)->text()));
    for (int row = 0; row < page->agreementTable()->rowCount(); ++row)
        QVERIFY2(html.contains(u">%1</td>"_s.arg(page->agreementTable()->item(row, 2)->text())),
            qPrintable(page->agreementTable()->item(row, 2)->text()));
    QVERIFY(html.contains(u"Agreement between reviewers"_s));
    QVERIFY(html.contains(u"How the numbers were computed"_s));
    QCOMPARE(html.count(u"<svg "_s), page->chartNames().size());

    const QString pdfPath = m_dir->filePath(u"report.pdf"_s);
    QVERIFY2(page->exportReport(pdfPath, &error), qPrintable(error));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 20000); // text and seven chart images

    QVERIFY(!page->exportReport(m_dir->filePath(u"missing/folder/report.pdf"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestDashboardPage::updatesLiveAsJudgmentsArrive()
{
    std::unique_ptr<DashboardPage> page;
    makePage(m_session, &page);
    if (QTest::currentTestFailed())
        return;
    const int before = page->report().ratingCounts.at(2).at(0);
    QCOMPARE(before, 0);
    QSignalSpy updated(page.get(), &DashboardPage::reportUpdated);
    Judgment judgment;
    judgment.reviewer = u"Cy"_s;
    judgment.runId = m_gamma.at(0);
    judgment.rating = 1;
    QVERIFY(m_judgments->saveJudgment(judgment) > 0);
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing(), 10000);
    QCOMPARE(page->report().ratingCounts.at(2).at(0), 1);
    auto *series = qobject_cast<QBarSeries *>(page->chart(u"ratings"_s)->series().first());
    QCOMPARE(int(series->barSets().at(2)->at(0)), 1);

    // A new run of a fourth candidate appears in the latency table.
    StoredPrompt prompt;
    prompt.sessionId = m_session;
    prompt.text = u"One more"_s;
    const qint64 promptId = m_runs->addPrompt(prompt);
    addRun(promptId, u"delta"_s, 70, 700, 40);
    QTRY_COMPARE_WITH_TIMEOUT(page->latencyTable()->rowCount(), 4, 10000);
}

void TestDashboardPage::updatesWhileJudgmentsKeepArriving()
{
    std::unique_ptr<DashboardPage> page;
    makePage(m_session, &page);
    if (QTest::currentTestFailed())
        return;
    // A judgment every 100 ms for two seconds, faster than the page's 400 ms refresh delay: it updates meanwhile,
    // not only once they stop.
    QSignalSpy updated(page.get(), &DashboardPage::reportUpdated);
    QElapsedTimer timer;
    timer.start();
    int saved = 0;
    while (timer.elapsed() < 2000) {
        Judgment judgment;
        judgment.reviewer = u"Cy"_s;
        judgment.runId = m_gamma.at(saved % m_gamma.size());
        judgment.rating = 1 + saved % 5;
        QVERIFY(m_judgments->saveJudgment(judgment) > 0);
        ++saved;
        QTest::qWait(100);
    }
    QVERIFY2(updated.size() >= 2, qPrintable(QString::number(updated.size())));
}

void TestDashboardPage::emptySessionSaysWhatToDo()
{
    const qint64 empty = m_runs->ensureSession(u"Empty"_s);
    std::unique_ptr<DashboardPage> page;
    makePage(empty, &page);
    if (QTest::currentTestFailed())
        return;
    auto *stack = page->findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *label = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"No runs in this session yet"_s), qPrintable(label->text()));
    QVERIFY(page->report().candidates.isEmpty());
}

void TestDashboardPage::coloursAreStablePerCandidate()
{
    std::unique_ptr<DashboardPage> page;
    makePage(m_session, &page);
    if (QTest::currentTestFailed())
        return;
    const QStringList colours = page->colours();
    QCOMPARE(colours.size(), 3);
    QCOMPARE(colours.at(0), m_settings->seriesColour(u"alpha-model"_s));
    QCOMPARE(QSet<QString>(colours.cbegin(), colours.cend()).size(), 3);
    // A second page (and a restart: the settings file) gives every candidate the same colour.
    m_settings->sync();
    AppSettings reread(m_settings->fileName());
    QCOMPARE(
        reread.seriesColours({u"gamma-model"_s, u"alpha-model"_s}, false), (QStringList{colours.at(2), colours.at(0)}));
    auto *series = qobject_cast<QBarSeries *>(page->chart(u"ratings"_s)->series().first());
    QCOMPARE(series->barSets().at(1)->color(), QColor(colours.at(1)));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
