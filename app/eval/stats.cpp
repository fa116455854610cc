// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// ---- Student's t -------------------------------------------------------------------------------------------------

// The continued fraction of the regularised incomplete beta function, evaluated with the modified Lentz method
// (converges quickly for x < (a + 1) / (a + b + 2); the caller uses the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
// otherwise).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-16;
    const double qab = a + b;
    const double qap = a + 1;
    const double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (std::abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 100000; ++m) {
        const double m2 = 2.0 * m;
        // Even step.
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        // Odd step.
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < epsilon)
            break;
    }
    return h;
}

// I_x(a, b), the regularised incomplete beta function, for a, b > 0 and 0 <= x <= 1.
double regularisedIncompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1) / (a + b + 2))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}

// ---- Bradley–Terry -----------------------------------------------------------------------------------------------

constexpr double ThetaTolerance = 1e-10;
// Bootstrap replicates only feed percentiles printed to the point: 1e-7 in theta is 0.00002 strength points, and MM
// (linear convergence) needs far fewer sweeps to get there.
constexpr double ReplicateTolerance = 1e-7;
constexpr int MaxIterations = 10000;

// Pairwise totals: wins[i * k + j] is what i scored against j (a tie is half a win for each side), games[i * k + j]
// how many comparisons i and j had (symmetric).
struct PairTotals
{
    int players = 0;
    std::vector<double> wins;
    std::vector<double> games;

    explicit PairTotals(int count)
        : players(count)
        , wins(size_t(count) * size_t(count), 0.0)
        , games(size_t(count) * size_t(count), 0.0)
    {
    }
};

bool validPair(int players, const Stats::Comparison &comparison)
{
    return comparison.a >= 0 && comparison.b >= 0 && comparison.a < players && comparison.b < players
        && comparison.a != comparison.b;
}

// Every compared player reaches every other along "scored against" edges (a win i over j is an edge i → j; a tie
// is an edge both ways), and is reached from every other: then, and only then, the maximum likelihood estimate
// exists (Hunter 2004, assumption 1; Zermelo 1929).
bool stronglyConnected(const PairTotals &totals, const std::vector<bool> &compared)
{
    const int k = totals.players;
    int first = -1;
    int comparedCount = 0;
    for (int i = 0; i < k; ++i) {
        if (compared[size_t(i)]) {
            ++comparedCount;
            if (first < 0)
                first = i;
        }
    }
    if (comparedCount == 0)
        return true;
    for (const bool forward : {true, false}) {
        std::vector<bool> seen(size_t(k), false);
        std::vector<int> stack{first};
        seen[size_t(first)] = true;
        int reached = 1;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            for (int j = 0; j < k; ++j) {
                const double scored = forward ? totals.wins[size_t(i * k + j)] : totals.wins[size_t(j * k + i)];
                if (!seen[size_t(j)] && scored > 0) {
                    seen[size_t(j)] = true;
                    ++reached;
                    stack.push_back(j);
                }
            }
        }
        if (reached != comparedCount)
            return false;
    }
    return true;
}

// Hunter's (2004) MM algorithm on aggregated totals (modified in place when the prior is added). `start` (ln π,
// may be empty) only speeds up convergence; the fixed point is the same.
Stats::BradleyTerryFit fitTotals(
    PairTotals &totals, double priorTies, const std::vector<double> &start = {}, double tolerance = ThetaTolerance)
{
    const int k = totals.players;
    Stats::BradleyTerryFit fit;
    fit.theta = QList<double>(k, 0.0);
    fit.compared = QList<bool>(k, false);
    std::vector<bool> compared(size_t(k), false);
    std::vector<int> active;
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j) {
            if (totals.games[size_t(i * k + j)] > 0) {
                compared[size_t(i)] = true;
                break;
            }
        }
        if (compared[size_t(i)]) {
            fit.compared[i] = true;
            active.push_back(i);
        }
    }
    if (active.empty()) {
        fit.converged = true;
        return fit;
    }

    if (!stronglyConnected(totals, compared) && priorTies > 0) {
        fit.regularised = true;
        for (const int i : active) {
            for (const int j : active) {
                if (i == j)
                    continue;
                totals.wins[size_t(i * k + j)] += priorTies / 2;
                totals.games[size_t(i * k + j)] += priorTies;
            }
        }
    }

    std::vector<double> scored(size_t(k), 0.0);
    for (const int i : active) {
        for (const int j : active)
            scored[size_t(i)] += totals.wins[size_t(i * k + j)];
    }

    std::vector<double> theta(size_t(k), 0.0);
    if (start.size() == size_t(k)) {
        for (const int i : active)
            theta[size_t(i)] = std::isfinite(start[size_t(i)]) ? start[size_t(i)] : 0.0;
    }
    std::vector<double> strength(size_t(k), 1.0);
    const auto normalise = [&] {
        double mean = 0;
        for (const int i : active)
            mean += theta[size_t(i)];
        mean /= double(active.size());
        for (const int i : active) {
            theta[size_t(i)] -= mean;
            strength[size_t(i)] = std::exp(theta[size_t(i)]);
        }
    };
    normalise();

    std::vector<double> previous = theta;
    for (int iteration = 1; iteration <= MaxIterations; ++iteration) {
        // One cyclic sweep of MM updates: π_i ← W_i / Σ_j n_ij / (π_i + π_j), each using the latest values.
        for (const int i : active) {
            double denominator = 0;
            for (const int j : active) {
                const double games = totals.games[size_t(i * k + j)];
                if (games > 0)
                    denominator += games / (strength[size_t(i)] + strength[size_t(j)]);
            }
            if (denominator > 0 && scored[size_t(i)] > 0) {
                strength[size_t(i)] = scored[size_t(i)] / denominator;
                theta[size_t(i)] = std::log(strength[size_t(i)]);
            } else {
                // Never scored (only without a usable prior): the MLE is at −∞; keep it finite and let the
                // iteration limit end the fit unconverged.
                theta[size_t(i)] -= 1;
                strength[size_t(i)] = std::exp(theta[size_t(i)]);
            }
        }
        normalise();
        double change = 0;
        for (const int i : active)
            change = std::max(change, std::abs(theta[size_t(i)] - previous[size_t(i)]));
        previous = theta;
        fit.iterations = iteration;
        if (change < tolerance) {
            fit.converged = true;
            break;
        }
    }
    for (const int i : active)
        fit.theta[i] = theta[size_t(i)];
    return fit;
}

// ---- Bootstrap ---------------------------------------------------------------------------------------------------

// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast and the same on every platform and standard library.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound) by rejection: no modulo bias.
    quint64 below(quint64 bound)
    {
        const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
        quint64 value = next();
        while (value >= limit)
            value = next();
        return value % bound;
    }

private:
    quint64 m_state;
};

// One group's share of the pairwise totals: a few (pair, wins of the lower index, wins of the higher, games)
// entries, so a bootstrap replicate adds up groups without touching single comparisons.
struct GroupEntry
{
    int cell = 0; // lower * k + higher
    int mirror = 0; // higher * k + lower
    double lowerWins = 0;
    double higherWins = 0;
    double games = 0;
};

// ---- Agreement ---------------------------------------------------------------------------------------------------

// A judgment that counts: present and a number (a NaN is treated as missing).
bool judged(const std::optional<double> &code)
{
    return code && !std::isnan(*code);
}

// The distinct values in ascending order, and each value's index among them.
std::vector<double> distinctValues(const QList<Stats::Codes> &data)
{
    std::vector<double> values;
    for (const Stats::Codes &codes : data) {
        for (const std::optional<double> &code : codes) {
            if (judged(code))
                values.push_back(*code);
        }
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

int indexOf(const std::vector<double> &values, double value)
{
    return int(std::lower_bound(values.begin(), values.end(), value) - values.begin());
}

double medianOfSorted(const std::vector<double> &sorted, size_t begin, size_t end)
{
    const size_t count = end - begin;
    const size_t middle = begin + count / 2;
    if (count % 2 == 1)
        return sorted[middle];
    return (sorted[middle - 1] + sorted[middle]) / 2;
}

} // namespace

namespace Stats {

// ---- Descriptive -------------------------------------------------------------------------------------------------

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2;
}

std::optional<double> percentile(QList<double> values, double p)
{
    if (values.isEmpty() || !(p > 0) || p > 100)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // ceil(p / 100 · n) with a little slack, so 95 % of 20 values is rank 19 and not 20 from 19.000000000000004.
    const double exact = p / 100.0 * double(values.size());
    qsizetype rank = qsizetype(std::ceil(exact - 1e-9));
    rank = std::clamp<qsizetype>(rank, 1, values.size());
    return values.at(rank - 1);
}

double studentTQuantile(double p, double df)
{
    if (std::isnan(p) || std::isnan(df) || df <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (p <= 0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1)
        return std::numeric_limits<double>::infinity();
    if (p == 0.5)
        return 0;
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    // For t > 0: P(T > t) = I_x(df / 2, 1 / 2) / 2 with x = df / (df + t²), increasing in x. Solve
    // I_x = 2 (1 − p) for x by bisection until x is pinned down to the last bits, then t = √(df (1 − x) / x).
    const double target = 2 * (1 - p);
    const double a = df / 2;
    double low = 0;
    double high = 1;
    for (int step = 0; step < 2000; ++step) {
        const double middle = low + (high - low) / 2;
        if (middle <= low || middle >= high)
            break;
        if (regularisedIncompleteBeta(a, 0.5, middle) < target)
            low = middle;
        else
            high = middle;
        if (high - low <= 1e-17 * high)
            break;
    }
    const double x = low + (high - low) / 2;
    return std::sqrt(df * (1 - x) / x);
}

MeanInterval meanInterval(const QList<double> &values)
{
    MeanInterval result;
    result.count = int(values.size());
    if (values.isEmpty())
        return result;
    const double n = double(values.size());
    result.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / n;
    result.median = *median(values);
    if (values.size() == 1) {
        result.ciLow = result.ciHigh = result.mean;
        return result;
    }
    double squares = 0;
    for (const double value : values)
        squares += (value - result.mean) * (value - result.mean);
    result.standardDeviation = std::sqrt(squares / (n - 1));
    const double halfWidth = studentTQuantile(0.975, n - 1) * result.standardDeviation / std::sqrt(n);
    result.ciLow = result.mean - halfWidth;
    result.ciHigh = result.mean + halfWidth;
    result.hasInterval = true;
    return result;
}

BoxSummary boxSummary(QList<double> values)
{
    BoxSummary box;
    box.count = int(values.size());
    if (values.isEmpty())
        return box;
    std::vector<double> sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    box.min = sorted.front();
    box.max = sorted.back();
    box.median = medianOfSorted(sorted, 0, n);
    // Tukey's hinges: the medians of the lower and the upper half, each half including the median itself when
    // the count is odd.
    const size_t half = (n + 1) / 2;
    box.lowerQuartile = medianOfSorted(sorted, 0, half);
    box.upperQuartile = medianOfSorted(sorted, n - half, n);
    const double reach = 1.5 * (box.upperQuartile - box.lowerQuartile);
    const double lowFence = box.lowerQuartile - reach;
    const double highFence = box.upperQuartile + reach;
    box.lowerWhisker = box.lowerQuartile;
    box.upperWhisker = box.upperQuartile;
    bool lowSet = false;
    for (const double value : sorted) {
        if (value < lowFence || value > highFence) {
            box.outliers.append(value);
            continue;
        }
        if (!lowSet) {
            box.lowerWhisker = value;
            lowSet = true;
        }
        box.upperWhisker = value;
    }
    return box;
}

// ---- Pairwise ranking --------------------------------------------------------------------------------------------

BradleyTerryFit fitBradleyTerry(int players, const QList<Comparison> &comparisons, double priorTies)
{
    PairTotals totals(std::max(players, 0));
    for (const Comparison &comparison : comparisons) {
        if (!validPair(totals.players, comparison))
            continue;
        const int k = totals.players;
        totals.wins[size_t(comparison.a * k + comparison.b)] += comparison.scoreA;
        totals.wins[size_t(comparison.b * k + comparison.a)] += 1 - comparison.scoreA;
        totals.games[size_t(comparison.a * k + comparison.b)] += 1;
        totals.games[size_t(comparison.b * k + comparison.a)] += 1;
    }
    return fitTotals(totals, priorTies);
}

double strengthPoints(double theta)
{
    return 1000 + 400 * theta / std::log(10.0);
}

BootstrapRanking bootstrapBradleyTerry(int players, const QList<Comparison> &comparisons, int replicates, quint64 seed)
{
    BootstrapRanking ranking;
    ranking.seed = seed;
    ranking.replicates = std::max(replicates, 0);
    const int k = std::max(players, 0);
    ranking.fit = fitBradleyTerry(k, comparisons);

    // Groups in ascending id order, so the resamples do not depend on the order the comparisons came in.
    std::vector<qint64> groupIds;
    groupIds.reserve(size_t(comparisons.size()));
    for (const Comparison &comparison : comparisons) {
        if (validPair(k, comparison))
            groupIds.push_back(comparison.group);
    }
    std::sort(groupIds.begin(), groupIds.end());
    groupIds.erase(std::unique(groupIds.begin(), groupIds.end()), groupIds.end());
    ranking.groups = int(groupIds.size());

    // Each group's comparisons summed per pair, then flattened: group g is entries[offsets[g] .. offsets[g + 1]).
    std::vector<std::vector<GroupEntry>> perGroup(groupIds.size());
    for (const Comparison &comparison : comparisons) {
        if (!validPair(k, comparison))
            continue;
        const size_t group =
            size_t(std::lower_bound(groupIds.begin(), groupIds.end(), comparison.group) - groupIds.begin());
        const bool aLower = comparison.a < comparison.b;
        const int lower = std::min(comparison.a, comparison.b);
        const int higher = std::max(comparison.a, comparison.b);
        const int cell = lower * k + higher;
        std::vector<GroupEntry> &entries = perGroup[group];
        auto entry = std::find_if(entries.begin(), entries.end(), [&](const GroupEntry &e) { return e.cell == cell; });
        if (entry == entries.end()) {
            entries.push_back(GroupEntry{cell, higher * k + lower, 0, 0, 0});
            entry = entries.end() - 1;
        }
        entry->lowerWins += aLower ? comparison.scoreA : 1 - comparison.scoreA;
        entry->higherWins += aLower ? 1 - comparison.scoreA : comparison.scoreA;
        entry->games += 1;
    }
    std::vector<size_t> offsets{0};
    std::vector<GroupEntry> entries;
    for (const std::vector<GroupEntry> &group : perGroup) {
        entries.insert(entries.end(), group.begin(), group.end());
        offsets.push_back(entries.size());
    }
    perGroup.clear();

    std::vector<double> start(size_t(k), 0.0);
    for (int i = 0; i < k; ++i)
        start[size_t(i)] = ranking.fit.theta.value(i);

    std::vector<std::vector<double>> samples(static_cast<size_t>(k));
    if (!groupIds.empty()) {
        for (std::vector<double> &sample : samples)
            sample.reserve(size_t(ranking.replicates));
        SplitMix64 random(seed);
        const size_t groupCount = groupIds.size();
        std::vector<int> drawn(groupCount, 0);
        PairTotals totals(k);
        for (int replicate = 0; replicate < ranking.replicates; ++replicate) {
            std::fill(drawn.begin(), drawn.end(), 0);
            for (size_t draw = 0; draw < groupCount; ++draw)
                ++drawn[size_t(random.below(groupCount))];
            std::fill(totals.wins.begin(), totals.wins.end(), 0.0);
            std::fill(totals.games.begin(), totals.games.end(), 0.0);
            for (size_t group = 0; group < groupCount; ++group) {
                const int times = drawn[group];
                if (times == 0)
                    continue;
                for (size_t e = offsets[group]; e < offsets[group + 1]; ++e) {
                    const GroupEntry &entry = entries[e];
                    totals.wins[size_t(entry.cell)] += times * entry.lowerWins;
                    totals.wins[size_t(entry.mirror)] += times * entry.higherWins;
                    totals.games[size_t(entry.cell)] += times * entry.games;
                }
            }
            for (int i = 0; i < k; ++i) {
                for (int j = i + 1; j < k; ++j)
                    totals.games[size_t(j * k + i)] = totals.games[size_t(i * k + j)];
            }
            const BradleyTerryFit fit = fitTotals(totals, 0.1, start, ReplicateTolerance);
            for (int i = 0; i < k; ++i) {
                // A player that no resampled group compared says nothing about its strength in this replicate.
                if (fit.compared.at(i))
                    samples[size_t(i)].push_back(strengthPoints(fit.theta.at(i)));
            }
        }
    }

    ranking.players.reserve(k);
    for (int i = 0; i < k; ++i) {
        RankingInterval interval;
        interval.points = strengthPoints(ranking.fit.theta.value(i));
        interval.ciLow = interval.ciHigh = interval.points;
        const std::vector<double> &sample = samples[size_t(i)];
        if (ranking.fit.compared.value(i) && !sample.empty()) {
            const QList<double> values(sample.cbegin(), sample.cend());
            interval.ciLow = *percentile(values, 2.5);
            interval.ciHigh = *percentile(values, 97.5);
        }
        ranking.players.append(interval);
    }
    return ranking;
}

QList<double> elo(int players, const QList<Comparison> &comparisons, double k, double initial)
{
    QList<double> ratings(std::max(players, 0), initial);
    for (const Comparison &comparison : comparisons) {
        if (!validPair(int(ratings.size()), comparison))
            continue;
        double &a = ratings[comparison.a];
        double &b = ratings[comparison.b];
        const double expectedA = 1 / (1 + std::pow(10.0, (b - a) / 400));
        const double change = k * (comparison.scoreA - expectedA);
        a += change;
        b -= change;
    }
    return ratings;
}

std::optional<double> PairRecord::winRate() const
{
    const int total = wins + ties + losses;
    if (total == 0)
        return std::nullopt;
    return (wins + ties / 2.0) / total;
}

QList<QList<PairRecord>> winMatrix(int players, const QList<Comparison> &comparisons)
{
    const int k = std::max(players, 0);
    QList<QList<PairRecord>> matrix(k, QList<PairRecord>(k));
    for (const Comparison &comparison : comparisons) {
        if (!validPair(k, comparison))
            continue;
        PairRecord &forA = matrix[comparison.a][comparison.b];
        PairRecord &forB = matrix[comparison.b][comparison.a];
        if (comparison.scoreA > 0.5) {
            ++forA.wins;
            ++forB.losses;
        } else if (comparison.scoreA < 0.5) {
            ++forA.losses;
            ++forB.wins;
        } else {
            ++forA.ties;
            ++forB.ties;
        }
    }
    return matrix;
}

// ---- Agreement between reviewers ---------------------------------------------------------------------------------

Agreement cohensKappa(const Codes &first, const Codes &second)
{
    Agreement result;
    const std::vector<double> categories = distinctValues({first, second});
    const size_t c = categories.size();
    std::vector<qint64> firstCounts(c, 0);
    std::vector<qint64> secondCounts(c, 0);
    qint64 agreed = 0;
    const qsizetype shared = std::min(first.size(), second.size());
    for (qsizetype item = 0; item < shared; ++item) {
        if (!judged(first.at(item)) || !judged(second.at(item)))
            continue;
        const int x = indexOf(categories, *first.at(item));
        const int y = indexOf(categories, *second.at(item));
        ++firstCounts[size_t(x)];
        ++secondCounts[size_t(y)];
        if (x == y)
            ++agreed;
        ++result.items;
    }
    result.judgments = 2 * result.items;
    if (result.items < 1)
        return result;
    const qint64 n = result.items;
    // Chance agreement Σ p1(c) p2(c) = Σ n1(c) n2(c) / n², on integers so "all the same category" is exact.
    qint64 chance = 0;
    for (size_t i = 0; i < c; ++i)
        chance += firstCounts[i] * secondCounts[i];
    if (chance == n * n)
        return result;
    const double observed = double(agreed) / double(n);
    const double expected = double(chance) / (double(n) * double(n));
    result.value = (observed - expected) / (1 - expected);
    return result;
}

Agreement fleissKappa(const QList<Codes> &data)
{
    Agreement result;
    const std::vector<double> categories = distinctValues(data);
    std::vector<double> totals(categories.size(), 0.0);
    std::vector<int> counts(categories.size(), 0);
    double agreementSum = 0;
    for (const Codes &item : data) {
        std::fill(counts.begin(), counts.end(), 0);
        int reviewers = 0;
        for (const std::optional<double> &code : item) {
            if (judged(code)) {
                ++counts[size_t(indexOf(categories, *code))];
                ++reviewers;
            }
        }
        if (reviewers < 2)
            continue;
        double pairsAgreeing = 0;
        for (size_t j = 0; j < counts.size(); ++j) {
            pairsAgreeing += double(counts[j]) * (counts[j] - 1);
            totals[j] += counts[j];
        }
        agreementSum += pairsAgreeing / (double(reviewers) * (reviewers - 1));
        ++result.items;
        result.judgments += reviewers;
    }
    if (result.items == 0)
        return result;
    const double observed = agreementSum / result.items;
    double expected = 0;
    for (const double total : totals) {
        const double proportion = total / result.judgments;
        expected += proportion * proportion;
    }
    if (1 - expected <= 1e-12)
        return result;
    result.value = (observed - expected) / (1 - expected);
    return result;
}

Agreement krippendorffAlpha(const QList<Codes> &data, Level level)
{
    Agreement result;
    const std::vector<double> values = distinctValues(data);
    const size_t c = values.size();
    // The coincidence matrix o_ck: every ordered pair of values from different reviewers of a unit, weighted
    // 1 / (m_u − 1) for the unit's m_u pairable values (Krippendorff 2011, section C).
    std::vector<double> coincidences(c * c, 0.0);
    std::vector<int> unitCounts(c, 0);
    for (const Codes &unit : data) {
        std::fill(unitCounts.begin(), unitCounts.end(), 0);
        int pairable = 0;
        for (const std::optional<double> &code : unit) {
            if (judged(code)) {
                ++unitCounts[size_t(indexOf(values, *code))];
                ++pairable;
            }
        }
        if (pairable < 2)
            continue;
        ++result.items;
        result.judgments += pairable;
        for (size_t x = 0; x < c; ++x) {
            if (unitCounts[x] == 0)
                continue;
            for (size_t y = 0; y < c; ++y) {
                const double pairs =
                    x == y ? double(unitCounts[x]) * (unitCounts[x] - 1) : double(unitCounts[x]) * unitCounts[y];
                coincidences[x * c + y] += pairs / (pairable - 1);
            }
        }
    }
    if (result.items == 0)
        return result;

    std::vector<double> marginals(c, 0.0);
    double n = 0;
    for (size_t x = 0; x < c; ++x) {
        for (size_t y = 0; y < c; ++y)
            marginals[x] += coincidences[x * c + y];
        n += marginals[x];
    }
    // Cumulative marginals for the ordinal metric: Σ_{g = x..y} n_g = cumulative[y + 1] − cumulative[x].
    std::vector<double> cumulative(c + 1, 0.0);
    for (size_t x = 0; x < c; ++x)
        cumulative[x + 1] = cumulative[x] + marginals[x];
    const auto delta2 = [&](size_t x, size_t y) -> double {
        if (x == y)
            return 0;
        switch (level) {
        case Level::Nominal:
            return 1;
        case Level::Ordinal: {
            const size_t low = std::min(x, y);
            const size_t high = std::max(x, y);
            const double span = cumulative[high + 1] - cumulative[low] - (marginals[x] + marginals[y]) / 2;
            return span * span;
        }
        case Level::Interval:
            return (values[x] - values[y]) * (values[x] - values[y]);
        }
        return 1;
    };
    double observed = 0;
    double expected = 0;
    for (size_t x = 0; x < c; ++x) {
        for (size_t y = 0; y < c; ++y) {
            const double d = delta2(x, y);
            observed += coincidences[x * c + y] * d;
            expected += marginals[x] * marginals[y] * d;
        }
    }
    if (expected <= 0)
        return result; // one value throughout: no variation to agree on
    result.value = 1 - (n - 1) * observed / expected;
    return result;
}

QString kappaBand(double kappa)
{
    if (std::isnan(kappa))
        return QString();
    if (kappa < 0)
        return u"poor"_s;
    if (kappa <= 0.20)
        return u"slight"_s;
    if (kappa <= 0.40)
        return u"fair"_s;
    if (kappa <= 0.60)
        return u"moderate"_s;
    if (kappa <= 0.80)
        return u"substantial"_s;
    return u"almost perfect"_s;
}

QString alphaBand(double alpha)
{
    if (std::isnan(alpha))
        return QString();
    if (alpha >= 0.800)
        return u"reliable"_s;
    if (alpha >= 0.667)
        return u"tentative"_s;
    return u"unreliable"_s;
}

} // namespace Stats
