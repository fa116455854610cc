// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

// The statistics behind the Dashboard and `hublens report`. Pure functions over plain values: no storage, no Qt
// objects, deterministic (every random choice comes from an explicit seed). Candidates ("players") are indices
// 0..n-1; callers map them to endpoint names.
namespace Stats {

// ---- Descriptive -------------------------------------------------------------------------------------------------

// Median of the values (mean of the two middle ones for an even count); std::nullopt for none.
std::optional<double> median(QList<double> values);
// Nearest-rank percentile (Criteria::percentile is this one): the ceil(p / 100 * n)-th smallest value. 0 < p <= 100.
std::optional<double> percentile(QList<double> values, double p);
// Quantile of Student's t distribution with `df` degrees of freedom (df >= 1): the t with P(T <= t) = p, 0 < p < 1.
double studentTQuantile(double p, double df);

struct MeanInterval
{
    int count = 0;
    double mean = 0;
    double median = 0;
    double standardDeviation = 0; // sample (n - 1); 0 for a single value
    // 95 % confidence interval of the mean: mean ± t(0.975, n - 1) · s / √n. Equal to the mean for n = 1
    // (no interval can be given: `hasInterval` is false); every field 0 for n = 0.
    double ciLow = 0;
    double ciHigh = 0;
    bool hasInterval = false;
};
MeanInterval meanInterval(const QList<double> &values);

// Five-number summary for a box plot (Tukey's hinges as the quartiles; whiskers at the most extreme values within
// 1.5 IQR of the box; the values beyond them are outliers).
struct BoxSummary
{
    int count = 0;
    double min = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double max = 0;
    double lowerWhisker = 0;
    double upperWhisker = 0;
    QList<double> outliers; // ascending
};
BoxSummary boxSummary(QList<double> values);

// ---- Pairwise ranking --------------------------------------------------------------------------------------------

// One pairwise judgment between players a and b. scoreA is 1 when a won, 0 when b won, 0.5 for a tie ("both bad"
// never gets here: it is counted apart and left out of every fit). `group` is the prompt the two outputs answered:
// the bootstrap resamples whole groups.
struct Comparison
{
    int a = 0;
    int b = 0;
    double scoreA = 0.5;
    qint64 group = 0;
};

// Bradley–Terry: P(i beats j) = π_i / (π_i + π_j), fitted by maximum likelihood with Hunter's (2004) MM algorithm,
// ties counted as half a win for each side. `theta[i]` = ln π_i, normalised to mean 0 over the players that took
// part (players without any comparison get theta 0 and `compared[i]` false).
// When the maximum does not exist (a player that never lost or never won, or groups of players never compared with
// each other) the fit adds a weak prior, exactly as if every pair of compared players had `priorTies` (default 0.1)
// extra ties, i.e. priorTies / 2 wins each way; `regularised` says so. With well-connected data the prior is
// not added and the estimates are the plain MLE.
struct BradleyTerryFit
{
    QList<double> theta;
    QList<bool> compared;
    bool regularised = false;
    bool converged = false;
    int iterations = 0;
};
BradleyTerryFit fitBradleyTerry(int players, const QList<Comparison> &comparisons, double priorTies = 0.1);

// The display scale used everywhere in HubLens for a strength: Elo-like points, 1000 + 400 · log10(π) =
// 1000 + 400 · theta / ln 10. A gap of 400 points means 10:1 odds.
double strengthPoints(double theta);

// Bradley–Terry strengths with percentile 95 % confidence intervals from a bootstrap over groups (prompts):
// `replicates` resamples of the groups with replacement, each refitted; the interval is the 2.5th and 97.5th
// percentile of each player's strength points (nearest rank, as `percentile`; a replicate whose groups never
// compared a player adds nothing to that player's interval; a player never compared has ciLow = ciHigh = points).
// Replicates are fitted like fitBradleyTerry with the default prior. Deterministic for a given seed.
struct RankingInterval
{
    double points = 0; // strengthPoints(theta) of the fit on all the data
    double ciLow = 0;
    double ciHigh = 0;
};
struct BootstrapRanking
{
    BradleyTerryFit fit;
    QList<RankingInterval> players;
    int replicates = 0;
    int groups = 0;
    quint64 seed = 0;
};
BootstrapRanking bootstrapBradleyTerry(
    int players, const QList<Comparison> &comparisons, int replicates = 1000, quint64 seed = 20240601);

// Elo as a second view: every comparison applied in the given order (callers pass them in the order they were
// made), from `initial` points with step `k`; a tie counts half.
QList<double> elo(int players, const QList<Comparison> &comparisons, double k = 32, double initial = 1000);

// The win-rate matrix: cell [i][j] is how i did against j (wins, ties, losses from i's side; both-bad counted
// apart by the caller). winRate = (wins + ties / 2) / (wins + ties + losses), std::nullopt without a comparison.
struct PairRecord
{
    int wins = 0;
    int ties = 0;
    int losses = 0;
    std::optional<double> winRate() const;
};
QList<QList<PairRecord>> winMatrix(int players, const QList<Comparison> &comparisons);

// ---- Agreement between reviewers ---------------------------------------------------------------------------------

// The value a reviewer gave an item: a category index (nominal data: labels, pairwise outcomes) or a rating on an
// ordered scale (ordinal). std::nullopt where the reviewer did not judge the item.
using Codes = QList<std::optional<double>>;

// Cohen's kappa for two reviewers over the items both judged (unweighted, nominal). `items` is how many items that
// was. std::nullopt when fewer than 1 shared item or when chance agreement is 1 (every judgment the same category).
struct Agreement
{
    std::optional<double> value;
    int items = 0; // items judged by enough reviewers to count (two for Cohen and Fleiss, two for alpha)
    int judgments = 0; // the values that went into it
};
Agreement cohensKappa(const Codes &first, const Codes &second);

// Fleiss' kappa over items × reviewers (rows of `data` are items, each a Codes with one entry per reviewer).
// Items judged by fewer than two reviewers are left out; items judged by different numbers of reviewers use the
// per-item agreement P_i = Σ_j n_ij (n_ij − 1) / (n_i (n_i − 1)) and category proportions over all judgments, which
// is Fleiss' (1971) formula when every item has the same number of judgments.
Agreement fleissKappa(const QList<Codes> &data);

// Krippendorff's alpha over items × reviewers with missing values, as in Krippendorff (2011), "Computing
// Krippendorff's Alpha-Reliability": coincidence matrix of pairable values, nominal, ordinal or interval difference
// function. std::nullopt without pairable values or when they are all the same value.
enum class Level
{
    Nominal,
    Ordinal,
    Interval
};
Agreement krippendorffAlpha(const QList<Codes> &data, Level level);

// The usual reading of an agreement value: Landis & Koch (1977) for the kappas ("poor" < 0, "slight" ≤ 0.20,
// "fair" ≤ 0.40, "moderate" ≤ 0.60, "substantial" ≤ 0.80, "almost perfect"), Krippendorff (2004) for alpha
// ("reliable" ≥ 0.800, "tentative" ≥ 0.667, "unreliable" below). English keys; the GUI translates them. Empty
// for NaN.
QString kappaBand(double kappa);
QString alphaBand(double alpha);

} // namespace Stats
