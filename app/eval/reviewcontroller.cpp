// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/reviewcontroller.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

PairOutcome flipped(PairOutcome outcome)
{
    if (outcome == PairOutcome::A)
        return PairOutcome::B;
    if (outcome == PairOutcome::B)
        return PairOutcome::A;
    return outcome;
}

QString outcomeConfirmation(PairOutcome outcome)
{
    switch (outcome) {
    case PairOutcome::A:
        return ReviewController::tr("Saved: A is better");
    case PairOutcome::B:
        return ReviewController::tr("Saved: B is better");
    case PairOutcome::Tie:
        return ReviewController::tr("Saved: a tie");
    case PairOutcome::BothBad:
        return ReviewController::tr("Saved: both are bad");
    }
    return {};
}

} // namespace

ReviewController::ReviewController(RunStore *runs, JudgmentStore *judgments, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_judgments(judgments)
    , m_queue(runs, judgments)
{
}

ReviewController::~ReviewController() = default;

void ReviewController::start(qint64 sessionId, const QString &reviewer, ReviewMode mode, bool blind)
{
    m_blind = blind;
    m_settings = sessionId > 0 ? m_runs->sessionSettings(sessionId) : SessionSettings();
    m_undo.clear();
    m_ranking.clear();
    m_queue.load(sessionId, reviewer, mode, blind);
    m_current = -1;
    const int first = m_queue.nextUndecided(0);
    setCurrent(first >= 0 ? first : (m_queue.rowCount() > 0 ? 0 : -1));
    if (m_current < 0)
        Q_EMIT currentChanged(-1);
}

void ReviewController::reload()
{
    const ReviewItem before = item();
    m_settings = sessionId() > 0 ? m_runs->sessionSettings(sessionId()) : SessionSettings();
    m_queue.load(sessionId(), reviewer(), mode(), m_blind);
    // Stay on the item that was shown, if it is still there.
    int row = -1;
    for (int i = 0; i < m_queue.rowCount() && !before.runIds.isEmpty(); ++i) {
        if (m_queue.item(i).runIds == before.runIds) {
            row = i;
            break;
        }
    }
    m_current = -1;
    if (row < 0)
        row = m_queue.nextUndecided(0);
    setCurrent(row >= 0 ? row : (m_queue.rowCount() > 0 ? 0 : -1));
    if (m_current < 0)
        Q_EMIT currentChanged(-1);
}

void ReviewController::setCurrent(int row)
{
    if (row < -1 || row >= m_queue.rowCount() || row == m_current)
        return;
    m_current = row;
    m_ranking.clear();
    Q_EMIT currentChanged(row);
}

void ReviewController::next()
{
    if (m_current + 1 < m_queue.rowCount())
        setCurrent(m_current + 1);
}

void ReviewController::previous()
{
    if (m_current > 0)
        setCurrent(m_current - 1);
}

void ReviewController::nextUndecided()
{
    const int row = m_queue.nextUndecided(m_current + 1);
    if (row >= 0)
        setCurrent(row);
}

ReviewItem ReviewController::item() const
{
    return m_queue.item(m_current);
}

QList<StoredRun> ReviewController::runs() const
{
    QList<StoredRun> result;
    for (qint64 id : item().runIds) {
        if (std::optional<StoredRun> run = m_runs->run(id))
            result.append(*run);
    }
    return result;
}

QString ReviewController::promptText() const
{
    const std::optional<StoredPrompt> prompt = m_runs->prompt(item().promptId);
    return prompt ? prompt->text : QString();
}

QString ReviewController::systemPrompt() const
{
    const std::optional<StoredPrompt> prompt = m_runs->prompt(item().promptId);
    return prompt ? prompt->systemPrompt : QString();
}

bool ReviewController::isDecided() const
{
    return m_queue.isDecided(m_current);
}

bool ReviewController::isRevealed() const
{
    return !m_blind || isDecided();
}

Judgment ReviewController::judgment() const
{
    const ReviewItem current = item();
    if (current.runIds.isEmpty())
        return {};
    if (std::optional<Judgment> stored = m_judgments->judgment(current.runIds.first(), reviewer()))
        return *stored;
    Judgment empty;
    empty.runId = current.runIds.first();
    empty.reviewer = reviewer();
    return empty;
}

bool ReviewController::rate(int rating)
{
    if (mode() != ReviewMode::Single || item().runIds.isEmpty())
        return false;
    if (rating < m_settings.ratingMin || rating > m_settings.ratingMax)
        return fail(tr("Ratings in this session go from %1 to %2").arg(m_settings.ratingMin).arg(m_settings.ratingMax));
    Judgment changed = judgment();
    changed.rating = rating;
    const qsizetype anchor = rating - m_settings.ratingMin;
    const QString name = anchor < m_settings.anchors.size() ? m_settings.anchors[anchor] : QString();
    return saveSingle(
        changed, name.isEmpty() ? tr("Saved: rated %1").arg(rating) : tr("Saved: rated %1 (%2)").arg(rating).arg(name));
}

bool ReviewController::setLabels(const QStringList &labels)
{
    if (mode() != ReviewMode::Single || item().runIds.isEmpty())
        return false;
    QStringList cleaned;
    for (const QString &label : labels) {
        const QString trimmed = label.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned.append(trimmed);
    }
    if (!m_settings.labels.isEmpty()) {
        for (const QString &label : std::as_const(cleaned)) {
            if (!m_settings.labels.contains(label))
                return fail(tr("“%1” is not one of this session’s labels: %2")
                                .arg(label, QLocale().createSeparatedList(m_settings.labels)));
        }
    }
    Judgment changed = judgment();
    if (changed.labels == cleaned)
        return true;
    changed.labels = cleaned;
    return saveSingle(
        changed, cleaned.isEmpty() ? tr("Saved: no labels") : tr("Saved: labels %1").arg(cleaned.join(u", "_s)));
}

bool ReviewController::setNote(const QString &note)
{
    if (mode() != ReviewMode::Single || item().runIds.isEmpty())
        return false;
    Judgment changed = judgment();
    if (changed.note == note.trimmed())
        return true;
    changed.note = note.trimmed();
    return saveSingle(changed, changed.note.isEmpty() ? tr("Saved: note removed") : tr("Saved: note"));
}

bool ReviewController::toggleFlag()
{
    if (mode() != ReviewMode::Single || item().runIds.isEmpty())
        return false;
    Judgment changed = judgment();
    changed.flagged = !changed.flagged;
    return saveSingle(changed, changed.flagged ? tr("Saved: flagged") : tr("Saved: flag removed"));
}

bool ReviewController::saveSingle(Judgment judgment, const QString &confirmation)
{
    const std::optional<Judgment> previous = m_judgments->judgment(judgment.runId, reviewer());
    judgment.reviewer = reviewer();
    if (m_judgments->saveJudgment(judgment) < 0)
        return fail(m_judgments->lastError());
    m_undo.append({m_current, item().runIds, JudgmentUndo{judgment.runId, previous}});
    afterChange(m_current, confirmation);
    return true;
}

std::optional<PairOutcome> ReviewController::outcome() const
{
    const ReviewItem current = item();
    if (mode() != ReviewMode::Pairwise || current.runIds.size() != 2)
        return std::nullopt;
    const std::optional<PairJudgment> stored = m_judgments->pair(current.runIds[0], current.runIds[1], reviewer());
    if (!stored)
        return std::nullopt;
    return stored->runA == current.runIds[0] ? stored->outcome : flipped(stored->outcome);
}

QString ReviewController::reason() const
{
    const ReviewItem current = item();
    if (current.runIds.size() != 2)
        return {};
    const std::optional<PairJudgment> stored = m_judgments->pair(current.runIds[0], current.runIds[1], reviewer());
    return stored ? stored->reason : QString();
}

bool ReviewController::choose(PairOutcome outcome, const QString &reason)
{
    const ReviewItem current = item();
    if (mode() != ReviewMode::Pairwise || current.runIds.size() != 2)
        return false;
    PairJudgment pair;
    pair.runA = current.runIds[0];
    pair.runB = current.runIds[1];
    pair.outcome = outcome;
    pair.reason = reason.trimmed();
    pair.blind = m_blind && !isDecided();
    if (const std::optional<PairJudgment> stored = m_judgments->pair(pair.runA, pair.runB, reviewer()))
        pair.blind = stored->blind && m_blind; // changing one's mind after the reveal keeps the first blindness
    return savePairs({pair}, outcomeConfirmation(outcome));
}

bool ReviewController::rankNext(int position)
{
    const ReviewItem current = item();
    if (mode() != ReviewMode::Ranking || position < 0 || position >= current.runIds.size()
        || m_ranking.contains(position))
        return false;
    m_ranking.append(position);
    if (m_ranking.size() + 1 == current.runIds.size()) {
        for (int i = 0; i < current.runIds.size(); ++i) {
            if (!m_ranking.contains(i))
                m_ranking.append(i);
        }
    }
    if (m_ranking.size() < current.runIds.size()) {
        Q_EMIT itemChanged();
        return true;
    }
    // Every pair the ranking implies: the better-ranked run wins.
    QList<PairJudgment> pairs;
    for (qsizetype better = 0; better < m_ranking.size(); ++better) {
        for (qsizetype worse = better + 1; worse < m_ranking.size(); ++worse) {
            PairJudgment pair;
            pair.runA = current.runIds[m_ranking[better]];
            pair.runB = current.runIds[m_ranking[worse]];
            pair.outcome = PairOutcome::A;
            pair.reason = tr("ranked %1 of %2").arg(better + 1).arg(m_ranking.size());
            pair.blind = m_blind && !isDecided();
            pairs.append(pair);
        }
    }
    QStringList order;
    for (int shown : std::as_const(m_ranking))
        order.append(QString(QChar(u'A' + shown)));
    const QList<int> ranking = m_ranking;
    if (!savePairs(pairs, tr("Saved: ranked %1").arg(order.join(u" > "_s)))) {
        m_ranking.clear();
        return false;
    }
    m_ranking = ranking;
    return true;
}

QList<int> ReviewController::rankingShown() const
{
    if (!m_ranking.isEmpty() || mode() != ReviewMode::Ranking || !isDecided())
        return m_ranking;
    // From the stored outcomes: the more wins, the higher.
    const ReviewItem current = item();
    QList<std::pair<int, int>> wins; // (wins, position)
    for (int position = 0; position < current.runIds.size(); ++position)
        wins.append({0, position});
    for (int a = 0; a < current.runIds.size(); ++a) {
        for (int b = a + 1; b < current.runIds.size(); ++b) {
            const std::optional<PairJudgment> pair =
                m_judgments->pair(current.runIds[a], current.runIds[b], reviewer());
            if (!pair)
                continue;
            const int first = pair->runA == current.runIds[a] ? a : b;
            const int second = first == a ? b : a;
            if (pair->outcome == PairOutcome::A)
                ++wins[first].first;
            else if (pair->outcome == PairOutcome::B)
                ++wins[second].first;
        }
    }
    std::stable_sort(wins.begin(), wins.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    QList<int> order;
    for (const auto &[count, position] : std::as_const(wins))
        order.append(position);
    return order;
}

void ReviewController::clearRanking()
{
    if (m_ranking.isEmpty())
        return;
    m_ranking.clear();
    Q_EMIT itemChanged();
}

bool ReviewController::savePairs(const QList<PairJudgment> &pairs, const QString &confirmation)
{
    PairsUndo undo;
    for (const PairJudgment &pair : pairs) {
        undo.pairs.append(std::minmax(pair.runA, pair.runB));
        if (std::optional<PairJudgment> previous = m_judgments->pair(pair.runA, pair.runB, reviewer()))
            undo.previous.append(*previous);
    }
    if (!m_judgments->applyPairs(reviewer(), pairs))
        return fail(m_judgments->lastError());
    m_undo.append({m_current, item().runIds, undo});
    afterChange(m_current, confirmation);
    return true;
}

bool ReviewController::undo()
{
    if (m_undo.isEmpty())
        return false;
    const UndoEntry entry = m_undo.takeLast();
    bool ok = false;
    if (const auto *single = std::get_if<JudgmentUndo>(&entry.change)) {
        if (single->previous) {
            ok = m_judgments->saveJudgment(*single->previous) >= 0;
        } else {
            ok = m_judgments->removeJudgment(single->runId, reviewer());
        }
    } else {
        const auto &pairs = std::get<PairsUndo>(entry.change);
        QList<std::pair<qint64, qint64>> remove;
        for (const auto &key : pairs.pairs) {
            const bool existed = std::any_of(pairs.previous.cbegin(), pairs.previous.cend(),
                [&key](const PairJudgment &pair) { return pair.runA == key.first && pair.runB == key.second; });
            if (!existed)
                remove.append(key);
        }
        ok = m_judgments->applyPairs(reviewer(), pairs.previous, remove);
    }
    if (!ok) {
        m_undo.append(entry);
        return fail(m_judgments->lastError());
    }
    m_ranking.clear();
    // New runs reload the queue while reviewing, which can move items: find the one the judgment was made on.
    const int row = m_queue.item(entry.row).runIds == entry.runIds ? entry.row : m_queue.rowOf(entry.runIds);
    if (row < 0) {
        Q_EMIT saved(tr("Undone"));
        return true;
    }
    if (row != m_current) {
        m_queue.refresh(row);
        setCurrent(row);
        Q_EMIT saved(tr("Undone"));
        Q_EMIT itemChanged();
        return true;
    }
    afterChange(row, tr("Undone"));
    return true;
}

void ReviewController::afterChange(int row, const QString &confirmation)
{
    m_lastError.clear();
    m_queue.refresh(row);
    Q_EMIT saved(confirmation);
    Q_EMIT itemChanged();
}

bool ReviewController::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
    return false;
}
