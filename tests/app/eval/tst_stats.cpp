// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <optional>

#include <QTest>

#include "app/eval/stats.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(Stats::Level)

namespace {

constexpr std::nullopt_t NA = std::nullopt;

// Items × reviewers from a count table (Fleiss' form: row i, column j = how many reviewers put item i in category
// j). Reviewer slots are filled in category order; Fleiss' kappa does not care which reviewer said what.
QList<Stats::Codes> fromCounts(const QList<QList<int>> &table)
{
    QList<Stats::Codes> items;
    for (const QList<int> &row : table) {
        Stats::Codes codes;
        for (qsizetype category = 0; category < row.size(); ++category) {
            for (int n = 0; n < row.at(category); ++n)
                codes.append(double(category));
        }
        items.append(codes);
    }
    return items;
}

// Two reviewers from a square contingency table: cell [i][j] items were put in i by the first and j by the second.
std::pair<Stats::Codes, Stats::Codes> fromContingency(const QList<QList<int>> &table)
{
    Stats::Codes first;
    Stats::Codes second;
    for (qsizetype i = 0; i < table.size(); ++i) {
        for (qsizetype j = 0; j < table.at(i).size(); ++j) {
            for (int n = 0; n < table.at(i).at(j); ++n) {
                first.append(double(i));
                second.append(double(j));
            }
        }
    }
    return {first, second};
}

// Rows of reviewers → rows of items (the reliability data in papers has observers as rows).
QList<Stats::Codes> transpose(const QList<Stats::Codes> &byReviewer)
{
    QList<Stats::Codes> items;
    for (qsizetype unit = 0; unit < byReviewer.first().size(); ++unit) {
        Stats::Codes codes;
        for (const Stats::Codes &reviewer : byReviewer)
            codes.append(reviewer.at(unit));
        items.append(codes);
    }
    return items;
}

Stats::Comparison comparison(int a, int b, double scoreA, qint64 group = 0)
{
    Stats::Comparison c;
    c.a = a;
    c.b = b;
    c.scoreA = scoreA;
    c.group = group;
    return c;
}

// `wins` comparisons a won and `losses` it lost, each its own group starting at `group`.
void addGames(QList<Stats::Comparison> &list, int a, int b, int wins, int losses, qint64 &group)
{
    for (int n = 0; n < wins; ++n)
        list.append(comparison(a, b, 1, group++));
    for (int n = 0; n < losses; ++n)
        list.append(comparison(a, b, 0, group++));
}

// Three players of clearly different strength, 4 comparisons per prompt; `prompts` sets the amount of data.
QList<Stats::Comparison> threePlayers(int prompts)
{
    QList<Stats::Comparison> list;
    for (int prompt = 0; prompt < prompts; ++prompt) {
        list.append(comparison(0, 1, prompt % 3 == 0 ? 0 : 1, prompt)); // 0 beats 1 two times in three
        list.append(comparison(1, 2, prompt % 4 == 0 ? 0 : 1, prompt)); // 1 beats 2 three times in four
        list.append(comparison(0, 2, prompt % 5 == 0 ? 0.5 : 1, prompt)); // 0 beats 2, a tie one time in five
        list.append(comparison(2, 0, prompt % 7 == 0 ? 1 : 0, prompt)); // 2 beats 0 one time in seven
    }
    return list;
}

} // namespace

class TestStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    // ---- Descriptive -------------------------------------------------------------------------------------------

    void median_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::newRow("none") << QList<double>{} << std::optional<double>();
        QTest::newRow("one value") << QList<double>{7} << std::optional<double>(7);
        QTest::newRow("odd count, unsorted") << QList<double>{5, 1, 3} << std::optional<double>(3);
        QTest::newRow("even count: mean of the middle two") << QList<double>{4, 1, 3, 2} << std::optional<double>(2.5);
        QTest::newRow("two values") << QList<double>{10, 20} << std::optional<double>(15);
    }

    void median()
    {
        QFETCH(QList<double>, values);
        QFETCH(std::optional<double>, expected);
        QCOMPARE(Stats::median(values), expected);
    }

    void percentile_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<std::optional<double>>("expected");
        QList<double> twenty;
        for (int i = 20; i >= 1; --i)
            twenty.append(i);
        QTest::newRow("none") << QList<double>{} << 50.0 << std::optional<double>();
        QTest::newRow("one value, any p") << QList<double>{3} << 1.0 << std::optional<double>(3);
        QTest::newRow("p95 of 20 is the 19th") << twenty << 95.0 << std::optional<double>(19);
        QTest::newRow("p100 is the largest") << twenty << 100.0 << std::optional<double>(20);
        QTest::newRow("tiny p is the smallest") << twenty << 0.1 << std::optional<double>(1);
        QTest::newRow("p50 of an even count: nearest rank, no mean")
            << QList<double>{1, 2, 3, 4} << 50.0 << std::optional<double>(2);
        QTest::newRow("p 0 is invalid") << twenty << 0.0 << std::optional<double>();
        QTest::newRow("p above 100 is invalid") << twenty << 100.5 << std::optional<double>();
    }

    void percentile()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(std::optional<double>, expected);
        QCOMPARE(Stats::percentile(values, p), expected);
    }

    void studentTQuantile_data()
    {
        // Table values of Student's t (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2, "Critical
        // values of the Student's t distribution"; more digits from any statistics package: R qt()).
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("df");
        QTest::addColumn<double>("expected");
        QTest::newRow("0.975, 1") << 0.975 << 1.0 << 12.7062047;
        QTest::newRow("0.975, 2") << 0.975 << 2.0 << 4.30265273;
        QTest::newRow("0.975, 10") << 0.975 << 10.0 << 2.22813885;
        QTest::newRow("0.975, 30") << 0.975 << 30.0 << 2.04227246;
        QTest::newRow("0.95, 5") << 0.95 << 5.0 << 2.01504837;
        QTest::newRow("0.975, 1000") << 0.975 << 1000.0 << 1.96233908;
        QTest::newRow("0.995, 4") << 0.995 << 4.0 << 4.60409487;
        QTest::newRow("lower tail is the mirror image") << 0.025 << 10.0 << -2.22813885;
        QTest::newRow("median is 0") << 0.5 << 3.0 << 0.0;
        // df = 1 is the Cauchy distribution: t = tan(π (p − 1/2)), here tan(0.45 π).
        QTest::newRow("Cauchy, 0.95") << 0.95 << 1.0 << 6.31375151;
    }

    void studentTQuantile()
    {
        QFETCH(double, p);
        QFETCH(double, df);
        QFETCH(double, expected);
        const double t = Stats::studentTQuantile(p, df);
        QVERIFY2(std::abs(t - expected) < 1e-6, qPrintable(u"t = %1"_s.arg(t, 0, 'g', 12)));
    }

    void meanInterval()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, s = √(32 / 7) = 2.1380899; median (4 + 5) / 2 = 4.5;
        // t(0.975, 7) = 2.36462425, half width 2.36462425 · 2.1380899 / √8 = 1.7874879.
        const Stats::MeanInterval interval = Stats::meanInterval({2, 4, 4, 4, 5, 5, 7, 9});
        QCOMPARE(interval.count, 8);
        QCOMPARE(interval.mean, 5.0);
        QCOMPARE(interval.median, 4.5);
        QVERIFY(std::abs(interval.standardDeviation - 2.138089935) < 1e-9);
        QVERIFY(interval.hasInterval);
        QVERIFY(std::abs(interval.ciLow - (5 - 1.787487917)) < 1e-6);
        QVERIFY(std::abs(interval.ciHigh - (5 + 1.787487917)) < 1e-6);

        const Stats::MeanInterval single = Stats::meanInterval({3.5});
        QCOMPARE(single.count, 1);
        QCOMPARE(single.mean, 3.5);
        QCOMPARE(single.median, 3.5);
        QCOMPARE(single.standardDeviation, 0.0);
        QVERIFY(!single.hasInterval);
        QCOMPARE(single.ciLow, 3.5);
        QCOMPARE(single.ciHigh, 3.5);

        const Stats::MeanInterval none = Stats::meanInterval({});
        QCOMPARE(none.count, 0);
        QCOMPARE(none.mean, 0.0);
        QCOMPARE(none.median, 0.0);
        QCOMPARE(none.ciLow, 0.0);
        QCOMPARE(none.ciHigh, 0.0);
        QVERIFY(!none.hasInterval);
    }

    void boxSummary_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("expected"); // min, Q1, median, Q3, max, lower whisker, upper whisker
        QTest::addColumn<QList<double>>("outliers");
        // Worked by hand with Tukey's hinges (Tukey, Exploratory Data Analysis, 1977): each hinge is the median of
        // its half, the halves sharing the median when the count is odd.
        // 7 values 2 4 7 8 9 11 30: median 8; lower half 2 4 7 8 → 5.5, upper half 8 9 11 30 → 10;
        // IQR 4.5, fences 5.5 − 6.75 = −1.25 and 10 + 6.75 = 16.75: 30 is an outlier, the whiskers end at 2 and 11.
        QTest::newRow("odd count") << QList<double>{30, 2, 9, 4, 11, 7, 8} << QList<double>{2, 5.5, 8, 10, 30, 2, 11}
                                   << QList<double>{30};
        // 6 values 1 2 3 4 5 60: median 3.5; halves 1 2 3 → 2 and 4 5 60 → 5 (R's default type 7 would give 2.25
        // and 4.75); IQR 3, fences −2.5 and 9.5: 60 is an outlier.
        QTest::newRow("even count") << QList<double>{1, 2, 3, 4, 5, 60} << QList<double>{1, 2, 3.5, 5, 60, 1, 5}
                                    << QList<double>{60};
        // 5 values −40 10 11 12 13: halves −40 10 11 → 10 and 11 12 13 → 12; IQR 2, fences 7 and 15: −40 is out.
        QTest::newRow("low outlier") << QList<double>{13, 12, 11, 10, -40} << QList<double>{-40, 10, 11, 12, 13, 10, 13}
                                     << QList<double>{-40};
        QTest::newRow("one value") << QList<double>{4} << QList<double>{4, 4, 4, 4, 4, 4, 4} << QList<double>{};
        QTest::newRow("two values") << QList<double>{1, 3} << QList<double>{1, 1, 2, 3, 3, 1, 3} << QList<double>{};
    }

    void boxSummary()
    {
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, expected);
        QFETCH(QList<double>, outliers);
        const Stats::BoxSummary box = Stats::boxSummary(values);
        QCOMPARE(box.count, int(values.size()));
        const QList<double> actual{
            box.min, box.lowerQuartile, box.median, box.upperQuartile, box.max, box.lowerWhisker, box.upperWhisker};
        QCOMPARE(actual, expected);
        QCOMPARE(box.outliers, outliers);
    }

    void boxSummaryEmpty()
    {
        const Stats::BoxSummary box = Stats::boxSummary({});
        QCOMPARE(box.count, 0);
        QCOMPARE(box.median, 0.0);
        QVERIFY(box.outliers.isEmpty());
    }

    // ---- Pairwise ranking --------------------------------------------------------------------------------------

    void bradleyTerryAgrestiBaseball()
    {
        // Agresti, Categorical Data Analysis (2nd ed., 2002), section 10.6, tables 10.10 and 10.11: the 1987
        // American League East, 13 games per pair. The wins (home and away together) as in the R package
        // BradleyTerry2, data/baseball.csv (Turner & Firth; "page 438 of Agresti (2002)").
        enum Team
        {
            Milwaukee,
            Detroit,
            Toronto,
            NewYork,
            Boston,
            Cleveland,
            Baltimore
        };
        struct Series
        {
            Team home;
            Team away;
            int homeWins;
            int awayWins;
        };
        const Series season[] = {{Milwaukee, Detroit, 4, 3}, {Milwaukee, Toronto, 4, 2}, {Milwaukee, NewYork, 4, 3},
            {Milwaukee, Boston, 6, 1}, {Milwaukee, Cleveland, 4, 2}, {Milwaukee, Baltimore, 6, 0},
            {Detroit, Milwaukee, 3, 3}, {Detroit, Toronto, 4, 2}, {Detroit, NewYork, 4, 3}, {Detroit, Boston, 6, 0},
            {Detroit, Cleveland, 6, 1}, {Detroit, Baltimore, 4, 3}, {Toronto, Milwaukee, 2, 5},
            {Toronto, Detroit, 4, 3}, {Toronto, NewYork, 2, 4}, {Toronto, Boston, 4, 3}, {Toronto, Cleveland, 4, 2},
            {Toronto, Baltimore, 6, 0}, {NewYork, Milwaukee, 3, 3}, {NewYork, Detroit, 5, 1}, {NewYork, Toronto, 2, 5},
            {NewYork, Boston, 4, 3}, {NewYork, Cleveland, 4, 2}, {NewYork, Baltimore, 6, 1}, {Boston, Milwaukee, 5, 1},
            {Boston, Detroit, 2, 5}, {Boston, Toronto, 3, 3}, {Boston, NewYork, 4, 2}, {Boston, Cleveland, 5, 2},
            {Boston, Baltimore, 6, 0}, {Cleveland, Milwaukee, 2, 5}, {Cleveland, Detroit, 3, 3},
            {Cleveland, Toronto, 3, 4}, {Cleveland, NewYork, 4, 3}, {Cleveland, Boston, 4, 2},
            {Cleveland, Baltimore, 2, 4}, {Baltimore, Milwaukee, 2, 5}, {Baltimore, Detroit, 1, 5},
            {Baltimore, Toronto, 1, 6}, {Baltimore, NewYork, 2, 4}, {Baltimore, Boston, 1, 6},
            {Baltimore, Cleveland, 3, 4}};
        QList<Stats::Comparison> games;
        qint64 group = 0;
        for (const Series &series : season)
            addGames(games, series.home, series.away, series.homeWins, series.awayWins, group);
        QCOMPARE(games.size(), 21 * 13);

        const Stats::BradleyTerryFit fit = Stats::fitBradleyTerry(7, games);
        QVERIFY(fit.converged);
        QVERIFY(!fit.regularised);
        QCOMPARE(fit.compared, QList<bool>(7, true));
        // Agresti's published estimates, relative to Baltimore, to two decimals; BradleyTerry2's tests/baseball.
        // Rout.save gives the same fit to four (1.5814, 1.4364, 1.2945, 1.2476, 1.1077, 0.6839).
        const double published[] = {1.58, 1.44, 1.29, 1.25, 1.11, 0.68, 0.00};
        const double fourDigits[] = {1.5814, 1.4364, 1.2945, 1.2476, 1.1077, 0.6839, 0.0};
        double sum = 0;
        for (int team = Milwaukee; team <= Baltimore; ++team) {
            const double relative = fit.theta.at(team) - fit.theta.at(Baltimore);
            QVERIFY2(std::abs(relative - published[team]) < 0.005, qPrintable(QString::number(relative)));
            QVERIFY2(std::abs(relative - fourDigits[team]) < 0.0001, qPrintable(QString::number(relative)));
            sum += fit.theta.at(team);
        }
        QVERIFY(std::abs(sum) < 1e-9); // normalised to mean 0
    }

    void bradleyTerrySymmetric()
    {
        // Every pair of four players splits 3–3: all strengths equal.
        QList<Stats::Comparison> games;
        qint64 group = 0;
        for (int a = 0; a < 4; ++a) {
            for (int b = a + 1; b < 4; ++b)
                addGames(games, a, b, 3, 3, group);
        }
        const Stats::BradleyTerryFit fit = Stats::fitBradleyTerry(4, games);
        QVERIFY(fit.converged);
        QVERIFY(!fit.regularised);
        for (const double theta : fit.theta)
            QVERIFY(std::abs(theta) < 1e-9);
    }

    void bradleyTerryTiesCountHalf()
    {
        // 0 beats 1 twice and they tie twice: 0 scored 3 of 4, 1 scored 1 of 4, so π0 / π1 = 3. The ties alone
        // connect the pair both ways, so this is a plain MLE. Player 2 never played.
        const QList<Stats::Comparison> games{
            comparison(0, 1, 1), comparison(1, 0, 0), comparison(0, 1, 0.5), comparison(1, 0, 0.5)};
        const Stats::BradleyTerryFit fit = Stats::fitBradleyTerry(3, games);
        QVERIFY(fit.converged);
        QVERIFY(!fit.regularised);
        QCOMPARE(fit.compared, (QList<bool>{true, true, false}));
        QVERIFY(std::abs(fit.theta.at(0) - fit.theta.at(1) - std::log(3.0)) < 1e-9);
        QVERIFY(std::abs(fit.theta.at(0) + fit.theta.at(1)) < 1e-9); // mean 0 over the players that took part
        QCOMPARE(fit.theta.at(2), 0.0);

        // One win and one loss plus any number of ties: equal.
        const QList<Stats::Comparison> even{
            comparison(0, 1, 1), comparison(0, 1, 0), comparison(0, 1, 0.5), comparison(1, 0, 0.5)};
        const Stats::BradleyTerryFit evenFit = Stats::fitBradleyTerry(2, even);
        QVERIFY(std::abs(evenFit.theta.at(0) - evenFit.theta.at(1)) < 1e-9);
    }

    void bradleyTerryNeverLoses()
    {
        // 0 beat 1 three times and never lost: no MLE. The prior adds 0.1 tie (0.05 wins each way) to the pair:
        // π0 / π1 = 3.05 / 0.05 = 61.
        const QList<Stats::Comparison> games{comparison(0, 1, 1), comparison(0, 1, 1), comparison(1, 0, 0)};
        const Stats::BradleyTerryFit fit = Stats::fitBradleyTerry(2, games);
        QVERIFY(fit.regularised);
        QVERIFY(fit.converged);
        QVERIFY(std::isfinite(fit.theta.at(0)) && std::isfinite(fit.theta.at(1)));
        QVERIFY(std::abs(fit.theta.at(0) - fit.theta.at(1) - std::log(61.0)) < 1e-9);

        // A stronger prior pulls harder: 1 tie → π0 / π1 = 3.5 / 0.5 = 7.
        const Stats::BradleyTerryFit strong = Stats::fitBradleyTerry(2, games, 1.0);
        QVERIFY(std::abs(strong.theta.at(0) - strong.theta.at(1) - std::log(7.0)) < 1e-9);

        // Three players where 0 beats everyone: regularised, 0 on top, all finite.
        QList<Stats::Comparison> three;
        qint64 group = 0;
        addGames(three, 0, 1, 4, 0, group);
        addGames(three, 0, 2, 5, 0, group);
        addGames(three, 1, 2, 3, 2, group);
        const Stats::BradleyTerryFit top = Stats::fitBradleyTerry(3, three);
        QVERIFY(top.regularised);
        QVERIFY(top.converged);
        QVERIFY(top.theta.at(0) > top.theta.at(1));
        QVERIFY(top.theta.at(1) > top.theta.at(2));
        for (const double theta : top.theta)
            QVERIFY(std::isfinite(theta));
    }

    void bradleyTerryDisconnected()
    {
        // Two separate pairs, each split both ways: every player won and lost, but {0, 1} and {2, 3} were never
        // compared, so there is no MLE; the prior links them. Player 4 never played.
        QList<Stats::Comparison> games;
        qint64 group = 0;
        addGames(games, 0, 1, 2, 1, group);
        addGames(games, 2, 3, 1, 2, group);
        const Stats::BradleyTerryFit fit = Stats::fitBradleyTerry(5, games);
        QVERIFY(fit.regularised);
        QVERIFY(fit.converged);
        QCOMPARE(fit.compared, (QList<bool>{true, true, true, true, false}));
        QVERIFY(fit.theta.at(0) > fit.theta.at(1));
        QVERIFY(fit.theta.at(3) > fit.theta.at(2));
        QCOMPARE(fit.theta.at(4), 0.0);

        const Stats::BradleyTerryFit empty = Stats::fitBradleyTerry(3, {});
        QCOMPARE(empty.theta, QList<double>(3, 0.0));
        QCOMPARE(empty.compared, QList<bool>(3, false));
        QVERIFY(!empty.regularised);
    }

    void strengthPoints()
    {
        QCOMPARE(Stats::strengthPoints(0), 1000.0);
        QVERIFY(std::abs(Stats::strengthPoints(std::log(10.0)) - 1400) < 1e-9); // 10:1 odds = 400 points
        QVERIFY(std::abs(Stats::strengthPoints(-std::log(10.0)) - 600) < 1e-9);
    }

    void bootstrapDeterministic()
    {
        const QList<Stats::Comparison> games = threePlayers(60);
        const Stats::BootstrapRanking first = Stats::bootstrapBradleyTerry(3, games, 200, 7);
        const Stats::BootstrapRanking again = Stats::bootstrapBradleyTerry(3, games, 200, 7);
        const Stats::BootstrapRanking other = Stats::bootstrapBradleyTerry(3, games, 200, 8);
        QCOMPARE(first.replicates, 200);
        QCOMPARE(first.groups, 60);
        QCOMPARE(first.seed, quint64(7));
        QCOMPARE(first.players.size(), 3);
        bool differs = false;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(again.players.at(i).ciLow, first.players.at(i).ciLow);
            QCOMPARE(again.players.at(i).ciHigh, first.players.at(i).ciHigh);
            QCOMPARE(first.players.at(i).points, Stats::strengthPoints(first.fit.theta.at(i)));
            QCOMPARE(other.players.at(i).points, first.players.at(i).points);
            differs = differs || other.players.at(i).ciLow != first.players.at(i).ciLow
                || other.players.at(i).ciHigh != first.players.at(i).ciHigh;
        }
        QVERIFY(differs);

        // The comparisons' order does not matter: groups are resampled in id order.
        QList<Stats::Comparison> reversed(games.crbegin(), games.crend());
        const Stats::BootstrapRanking backwards = Stats::bootstrapBradleyTerry(3, reversed, 200, 7);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(backwards.players.at(i).points - first.players.at(i).points) < 1e-6);
            QVERIFY(std::abs(backwards.players.at(i).ciLow - first.players.at(i).ciLow) < 1e-6);
            QVERIFY(std::abs(backwards.players.at(i).ciHigh - first.players.at(i).ciHigh) < 1e-6);
        }
    }

    void bootstrapIntervals()
    {
        const Stats::BootstrapRanking small = Stats::bootstrapBradleyTerry(3, threePlayers(40), 500);
        const Stats::BootstrapRanking large = Stats::bootstrapBradleyTerry(3, threePlayers(640), 500);
        for (const Stats::BootstrapRanking *ranking : {&small, &large}) {
            for (const Stats::RankingInterval &player : ranking->players) {
                QVERIFY(player.ciLow < player.points);
                QVERIFY(player.points < player.ciHigh);
            }
            QVERIFY(ranking->players.at(0).points > ranking->players.at(1).points);
            QVERIFY(ranking->players.at(1).points > ranking->players.at(2).points);
        }
        for (int i = 0; i < 3; ++i) {
            const double smallWidth = small.players.at(i).ciHigh - small.players.at(i).ciLow;
            const double largeWidth = large.players.at(i).ciHigh - large.players.at(i).ciLow;
            // 16 times the data: about a quarter of the width.
            QVERIFY2(largeWidth < 0.5 * smallWidth, qPrintable(u"%1 vs %2"_s.arg(largeWidth).arg(smallWidth)));
        }

        // A player without comparisons has no interval; no data at all gives no groups.
        const Stats::BootstrapRanking unused = Stats::bootstrapBradleyTerry(4, threePlayers(20), 50);
        QCOMPARE(unused.players.at(3).points, 1000.0);
        QCOMPARE(unused.players.at(3).ciLow, 1000.0);
        QCOMPARE(unused.players.at(3).ciHigh, 1000.0);
        const Stats::BootstrapRanking none = Stats::bootstrapBradleyTerry(2, {}, 50);
        QCOMPARE(none.groups, 0);
        QCOMPARE(none.players.size(), 2);
    }

    void bootstrapLarge()
    {
        // The size the Dashboard must handle: 5 players, 25,000 prompts, 100,000 comparisons, 1000 replicates.
        // Only checks that it finishes with sensible output (the time is measured by hand, not here).
        QList<Stats::Comparison> games;
        games.reserve(100000);
        quint64 state = 12345;
        for (qint64 prompt = 0; prompt < 25000; ++prompt) {
            for (int n = 0; n < 4; ++n) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                const int a = int((state >> 33) % 5);
                const int b = (a + 1 + int((state >> 40) % 4)) % 5;
                // The higher index wins more often: a 60/30/10 split of wins, ties and losses for it.
                const int roll = int((state >> 20) % 10);
                const double higherScores = roll < 6 ? 1 : (roll < 9 ? 0.5 : 0);
                games.append(comparison(a, b, a > b ? higherScores : 1 - higherScores, prompt));
            }
        }
        const Stats::BootstrapRanking ranking = Stats::bootstrapBradleyTerry(5, games, 1000);
        QCOMPARE(ranking.groups, 25000);
        QCOMPARE(ranking.replicates, 1000);
        QVERIFY(ranking.fit.converged);
        QVERIFY(!ranking.fit.regularised);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(ranking.players.at(i).ciLow < ranking.players.at(i).points);
            QVERIFY(ranking.players.at(i).points < ranking.players.at(i).ciHigh);
            if (i > 0)
                QVERIFY(ranking.players.at(i).points > ranking.players.at(i - 1).points);
        }
    }

    void elo()
    {
        // By hand, k = 32 from 1000 each. 0 beats 1: expected 0.5, so ±16 → 1016 / 984. Then a tie: expected for 0
        // is 1 / (1 + 10^((984 − 1016) / 400)) = 1 / (1 + 10^−0.08) = 0.5459219, so 0 loses 32 · 0.0459219
        // = 1.4695016 → 1014.5304985 / 985.4695015.
        const QList<double> afterWin = Stats::elo(2, {comparison(0, 1, 1)});
        QCOMPARE(afterWin, (QList<double>{1016, 984}));
        const QList<double> ratings = Stats::elo(2, {comparison(0, 1, 1), comparison(1, 0, 0.5)});
        QVERIFY(std::abs(ratings.at(0) - 1014.5304985) < 1e-6);
        QVERIFY(std::abs(ratings.at(1) - 985.4695015) < 1e-6);

        // Order matters, step and start are parameters, unknown players are skipped.
        const QList<double> custom = Stats::elo(3, {comparison(2, 0, 0), comparison(0, 7, 1)}, 10, 1500);
        QCOMPARE(custom, (QList<double>{1505, 1500, 1495}));
    }

    void winMatrix()
    {
        const QList<Stats::Comparison> games{
            comparison(0, 1, 1), comparison(1, 0, 1), comparison(0, 1, 1), comparison(0, 1, 0.5), comparison(2, 0, 0)};
        const QList<QList<Stats::PairRecord>> matrix = Stats::winMatrix(3, games);
        QCOMPARE(matrix.size(), 3);
        const Stats::PairRecord zeroOne = matrix.at(0).at(1);
        const Stats::PairRecord oneZero = matrix.at(1).at(0);
        QCOMPARE(zeroOne.wins, 2);
        QCOMPARE(zeroOne.ties, 1);
        QCOMPARE(zeroOne.losses, 1);
        QCOMPARE(oneZero.wins, 1);
        QCOMPARE(oneZero.ties, 1);
        QCOMPARE(oneZero.losses, 2);
        QCOMPARE(zeroOne.winRate(), std::optional<double>(0.625)); // (2 + 0.5) / 4
        QCOMPARE(oneZero.winRate(), std::optional<double>(0.375));
        QCOMPARE(matrix.at(0).at(2).wins, 1);
        QCOMPARE(matrix.at(2).at(0).losses, 1);
        QCOMPARE(matrix.at(1).at(2).winRate(), std::optional<double>());
        QCOMPARE(matrix.at(1).at(1).winRate(), std::optional<double>());
    }

    // ---- Agreement ---------------------------------------------------------------------------------------------

    void cohensKappa_data()
    {
        QTest::addColumn<QList<QList<int>>>("table");
        QTest::addColumn<double>("expected");
        // The usual textbook 2 × 2 example (e.g. Wikipedia, "Cohen's kappa", worked example: 50 proposals, both
        // say yes 20, no 15, disagree 5 + 10): p_o = 0.7, p_e = 0.5, κ = 0.4.
        QTest::newRow("2x2, 50 items") << QList<QList<int>>{{20, 5}, {10, 15}} << 0.4;
        // Gwet, Handbook of Inter-Rater Reliability (4th ed., 2014): 100 pregnant women classified by two
        // abstractors (ectopic, abnormal, normal intrauterine), κ = 0.796 (irrCAC: table_cont3x3abstractors).
        QTest::newRow("3x3, Gwet 2014, abstractors") << QList<QList<int>>{{13, 0, 0}, {0, 20, 7}, {0, 4, 56}} << 0.796;
        // Gwet (2014): 223 psychiatric patients, clinical vs research diagnosis, 4 categories, κ = 0.432 (irrCAC:
        // table_cont4x4diagnosis).
        QTest::newRow("4x4, Gwet 2014, diagnosis")
            << QList<QList<int>>{{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}} << 0.432;
    }

    void cohensKappa()
    {
        QFETCH(QList<QList<int>>, table);
        QFETCH(double, expected);
        const auto [first, second] = fromContingency(table);
        const Stats::Agreement kappa = Stats::cohensKappa(first, second);
        QVERIFY(kappa.value);
        QVERIFY2(std::abs(*kappa.value - expected) < 0.0005, qPrintable(QString::number(*kappa.value)));
        QCOMPARE(kappa.items, int(first.size()));
        QCOMPARE(kappa.judgments, 2 * int(first.size()));
    }

    void cohensKappaEdges()
    {
        // Only items both judged count: here 4 of 6 (0/0, 1/1, 1/0, 0/1 → p_o = 0.5 = p_e, κ = 0).
        const Stats::Codes first{0.0, 1.0, NA, 1.0, 0.0, 1.0};
        const Stats::Codes second{0.0, 1.0, 1.0, 0.0, 1.0, NA};
        const Stats::Agreement kappa = Stats::cohensKappa(first, second);
        QCOMPARE(kappa.items, 4);
        QCOMPARE(kappa.judgments, 8);
        QVERIFY(kappa.value && std::abs(*kappa.value) < 1e-12);

        // Perfect disagreement on two balanced categories: κ = −1.
        const Stats::Agreement opposite = Stats::cohensKappa({0.0, 1.0, 0.0, 1.0}, {1.0, 0.0, 1.0, 0.0});
        QVERIFY(opposite.value && std::abs(*opposite.value + 1) < 1e-12);

        // Everything in one category: chance agreement is 1, no kappa.
        const Stats::Agreement same = Stats::cohensKappa({2.0, 2.0, 2.0}, {2.0, 2.0, 2.0});
        QCOMPARE(same.items, 3);
        QVERIFY(!same.value);
        const Stats::Agreement none = Stats::cohensKappa({1.0, NA}, {NA, 1.0});
        QCOMPARE(none.items, 0);
        QVERIFY(!none.value);
    }

    void fleissKappa_data()
    {
        QTest::addColumn<QList<QList<int>>>("counts");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("judgments");
        // Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; P̄ = 0.378,
        // P̄e = 0.213, κ = 0.210 (also the example in G. Cardillo's fleiss.m, MATLAB File Exchange 15426: 0.2099).
        QTest::newRow("Wikipedia, 10 x 14 raters")
            << QList<QList<int>>{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                   {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}}
            << 0.210 << 140;
        // Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76,
        // 378–382, table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (depression, personality disorder,
        // schizophrenia, neurosis, other); κ = 0.430. Counts as in JonasMoss/quadagree data_raw/fleiss1971.csv
        // (the first 15 rows also in irrCAC's distrib_6raters).
        QTest::newRow("Fleiss 1971, 30 x 6 raters") << QList<QList<int>>{{0, 0, 0, 6, 0}, {0, 3, 0, 0, 3},
            {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0}, {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0},
            {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6}, {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0},
            {0, 2, 0, 3, 1}, {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
            {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1}, {0, 5, 0, 1, 0},
            {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}}
                                                    << 0.430 << 180;
    }

    void fleissKappa()
    {
        QFETCH(QList<QList<int>>, counts);
        QFETCH(double, expected);
        QFETCH(int, judgments);
        const Stats::Agreement kappa = Stats::fleissKappa(fromCounts(counts));
        QVERIFY(kappa.value);
        QVERIFY2(std::abs(*kappa.value - expected) < 0.0005, qPrintable(QString::number(*kappa.value)));
        QCOMPARE(kappa.items, int(counts.size()));
        QCOMPARE(kappa.judgments, judgments);
    }

    void fleissKappaEdges()
    {
        // Items with fewer than two judgments are left out. By hand for items 0/0, 1/1, 0/1, 1/1: P_i = 1, 1, 0, 1,
        // P̄ = 0.75; p = (3/8, 5/8), P̄e = 9/64 + 25/64 = 0.53125; κ = (0.75 − 0.53125) / 0.46875 = 0.4666667.
        const QList<Stats::Codes> data{{0.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}, {1.0, 1.0}, {1.0, NA}, {NA, NA}, {}};
        const Stats::Agreement kappa = Stats::fleissKappa(data);
        QCOMPARE(kappa.items, 4);
        QCOMPARE(kappa.judgments, 8);
        QVERIFY(kappa.value && std::abs(*kappa.value - 0.21875 / 0.46875) < 1e-12);

        // Different numbers of reviewers per item: 3 agree on one item, 2 disagree on another. P = 1 and 0,
        // P̄ = 0.5; p = (4/5, 1/5), P̄e = 0.68; κ = (0.5 − 0.68) / 0.32 = −0.5625.
        const Stats::Agreement uneven = Stats::fleissKappa({{0.0, 0.0, 0.0}, {0.0, 1.0, NA}});
        QCOMPARE(uneven.items, 2);
        QCOMPARE(uneven.judgments, 5);
        QVERIFY(uneven.value && std::abs(*uneven.value + 0.5625) < 1e-12);

        QVERIFY(!Stats::fleissKappa({{1.0, 1.0}, {1.0, 1.0}}).value); // one category: no kappa
        QVERIFY(!Stats::fleissKappa({{1.0, NA}}).value);
        QCOMPARE(Stats::fleissKappa({}).items, 0);
    }

    void krippendorffAlpha_data()
    {
        QTest::addColumn<Stats::Level>("level");
        QTest::addColumn<double>("expected");
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C, example with missing
        // values: α_nominal = 0.743, α_ordinal = 0.815 (section E), α_interval = 0.849 (section D).
        QTest::newRow("nominal") << Stats::Level::Nominal << 0.743;
        QTest::newRow("ordinal") << Stats::Level::Ordinal << 0.815;
        QTest::newRow("interval") << Stats::Level::Interval << 0.849;
    }

    void krippendorffAlpha()
    {
        QFETCH(Stats::Level, level);
        QFETCH(double, expected);
        // Krippendorff (2011), 4 observers × 12 units, values 1–5, blanks missing (the same matrix in the
        // krippendorff Python package's doctest and Gwet's irrCAC raw_4raters):
        //   A  1 2 3 3 2 1 4 1 2 . . .
        //   B  1 2 3 3 2 2 4 1 2 5 . 3
        //   C  . 3 3 3 2 3 4 2 2 5 1 .
        //   D  1 2 3 3 2 4 4 1 2 5 1 .
        // Unit 12 has a single value and is not pairable: 11 units, n = 40 pairable values.
        const QList<Stats::Codes> observers{{1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, NA, NA, NA},
            {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, NA, 3.0},
            {NA, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, NA},
            {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, NA}};
        const Stats::Agreement alpha = Stats::krippendorffAlpha(transpose(observers), level);
        QVERIFY(alpha.value);
        QVERIFY2(std::abs(*alpha.value - expected) < 0.0005, qPrintable(QString::number(*alpha.value)));
        QCOMPARE(alpha.items, 11);
        QCOMPARE(alpha.judgments, 40);
    }

    void krippendorffAlphaEdges()
    {
        // Perfect agreement: α = 1 at every level.
        const QList<Stats::Codes> perfect{{1.0, 1.0}, {2.0, 2.0, NA}, {3.0, 3.0, 3.0}};
        for (const Stats::Level level : {Stats::Level::Nominal, Stats::Level::Ordinal, Stats::Level::Interval}) {
            const Stats::Agreement alpha = Stats::krippendorffAlpha(perfect, level);
            QVERIFY(alpha.value && std::abs(*alpha.value - 1) < 1e-12);
            QCOMPARE(alpha.items, 3);
            QCOMPARE(alpha.judgments, 7);
        }
        // Two reviewers, binary, by hand (Krippendorff 2011, section A, α for two observers and no missing data):
        // units 0/0, 1/1, 0/1, 1/1: o_00 = 2, o_01 = o_10 = 1, o_11 = 4; n_0 = 3, n_1 = 5, n = 8;
        // α = 1 − (n − 1) o_01·2 / (2 n_0 n_1) = 1 − 7 · 2 / 30 = 0.5333333.
        const Stats::Agreement binary =
            Stats::krippendorffAlpha({{0.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}, {1.0, 1.0}}, Stats::Level::Nominal);
        QVERIFY(binary.value && std::abs(*binary.value - (1 - 14.0 / 30)) < 1e-12);

        // A NaN counts as missing.
        const double nan = std::nan("");
        const Stats::Agreement withNan = Stats::krippendorffAlpha(
            {{0.0, 0.0, nan}, {1.0, 1.0}, {0.0, 1.0}, {1.0, 1.0}, {nan, 1.0}}, Stats::Level::Nominal);
        QCOMPARE(withNan.items, 4);
        QVERIFY(withNan.value && std::abs(*withNan.value - *binary.value) < 1e-12);

        // One value throughout, or nothing pairable: no alpha.
        QVERIFY(!Stats::krippendorffAlpha({{2.0, 2.0}, {2.0, 2.0}}, Stats::Level::Nominal).value);
        const Stats::Agreement lonely = Stats::krippendorffAlpha({{1.0, NA}, {NA, 2.0}}, Stats::Level::Ordinal);
        QCOMPARE(lonely.items, 0);
        QVERIFY(!lonely.value);
    }

    void kappaBand_data()
    {
        QTest::addColumn<double>("kappa");
        QTest::addColumn<QString>("band");
        // Landis & Koch (1977), Biometrics 33, 159–174, p. 165.
        QTest::newRow("negative") << -0.01 << u"poor"_s;
        QTest::newRow("zero") << 0.0 << u"slight"_s;
        QTest::newRow("0.20") << 0.20 << u"slight"_s;
        QTest::newRow("0.21") << 0.21 << u"fair"_s;
        QTest::newRow("0.40") << 0.40 << u"fair"_s;
        QTest::newRow("0.60") << 0.60 << u"moderate"_s;
        QTest::newRow("0.80") << 0.80 << u"substantial"_s;
        QTest::newRow("0.81") << 0.81 << u"almost perfect"_s;
        QTest::newRow("1") << 1.0 << u"almost perfect"_s;
    }

    void kappaBand()
    {
        QFETCH(double, kappa);
        QFETCH(QString, band);
        QCOMPARE(Stats::kappaBand(kappa), band);
    }

    void alphaBand_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<QString>("band");
        // Krippendorff (2004), Content Analysis (2nd ed.), p. 241: rely on α ≥ .800, tentative conclusions from
        // α ≥ .667.
        QTest::newRow("0.800") << 0.800 << u"reliable"_s;
        QTest::newRow("0.799") << 0.799 << u"tentative"_s;
        QTest::newRow("0.667") << 0.667 << u"tentative"_s;
        QTest::newRow("0.666") << 0.666 << u"unreliable"_s;
        QTest::newRow("negative") << -0.2 << u"unreliable"_s;
    }

    void alphaBand()
    {
        QFETCH(double, alpha);
        QFETCH(QString, band);
        QCOMPARE(Stats::alphaBand(alpha), band);
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
