// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <variant>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "app/eval/reviewqueue.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

// The Review page's logic, without widgets: the current reviewer, session and mode, the item on screen, blind mode,
// every judgment saved the moment it is made, and undo. Positions are as shown: in a pairwise item, A is the left
// output (item().runIds[0]) and B the right one, whatever their ids; the store gets the runs, not the positions.
class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)

public:
    ReviewController(RunStore *runs, JudgmentStore *judgments, QObject *parent = nullptr);
    ~ReviewController() override;

    // Loads the reviewer's queue and moves to their first undecided item. Blind mode hides endpoints and models and
    // shuffles positions until the item is decided.
    void start(qint64 sessionId, const QString &reviewer, ReviewMode mode, bool blind);
    void reload(); // the same session, reviewer and mode (new runs arrived)

    ReviewQueue *queue()
    {
        return &m_queue;
    }
    const ReviewQueue *queue() const
    {
        return &m_queue;
    }
    qint64 sessionId() const
    {
        return m_queue.sessionId();
    }
    QString reviewer() const
    {
        return m_queue.reviewer();
    }
    ReviewMode mode() const
    {
        return m_queue.mode();
    }
    bool isBlind() const
    {
        return m_blind;
    }
    SessionSettings settings() const
    {
        return m_settings;
    }

    int current() const
    {
        return m_current;
    }
    void setCurrent(int row);
    void next(); // J: the next item in the queue
    void previous(); // K
    void nextUndecided(); // the next item this reviewer has not decided

    ReviewItem item() const; // the current item (empty when the queue is)
    QList<StoredRun> runs() const; // its runs, in the order shown
    QString promptText() const;
    QString systemPrompt() const;
    bool isDecided() const;
    // Identities may be shown: not blind, or the current item is decided.
    bool isRevealed() const;

    // Single mode: the reviewer's judgment of the current output (empty when none).
    Judgment judgment() const;
    bool rate(int rating); // within the session's scale
    bool setLabels(const QStringList &labels);
    bool setNote(const QString &note);
    bool toggleFlag();

    // Pairwise mode: the reviewer's outcome for the current pair, as shown (A: left is better).
    std::optional<PairOutcome> outcome() const;
    QString reason() const;
    bool choose(PairOutcome outcome, const QString &reason = QString());

    // Ranking mode: pick the output at `position` as the next best; the ranking is saved (as every pairwise outcome it
    // implies) once all but the last are picked. ranked() is the order so far, as positions.
    bool rankNext(int position);
    QList<int> ranked() const
    {
        return m_ranking;
    }
    QList<int> rankingShown() const; // ranked(), or for a decided item the order its stored outcomes give
    void clearRanking();

    bool canUndo() const
    {
        return !m_undo.isEmpty();
    }
    bool undo(); // U: takes back the last judgment this reviewer made here, and returns to its item

    QString lastError() const
    {
        return m_lastError;
    }

Q_SIGNALS:
    void currentChanged(int row);
    void itemChanged(); // the current item's judgment or revealed state changed
    void saved(const QString &what); // a judgment was saved or undone; `what` is a short confirmation
    void failed(const QString &message);

private:
    struct JudgmentUndo
    {
        qint64 runId = 0;
        std::optional<Judgment> previous;
    };
    struct PairsUndo
    {
        QList<std::pair<qint64, qint64>> pairs;
        QList<PairJudgment> previous; // those that existed before
    };
    struct UndoEntry
    {
        int row = -1;
        QList<qint64> runIds; // the item, to find it again if a reload moved it
        std::variant<JudgmentUndo, PairsUndo> change;
    };

    bool saveSingle(Judgment judgment, const QString &confirmation);
    bool savePairs(const QList<PairJudgment> &pairs, const QString &confirmation);
    bool fail(const QString &message);
    void afterChange(int row, const QString &confirmation);

    RunStore *m_runs;
    JudgmentStore *m_judgments;
    ReviewQueue m_queue;
    SessionSettings m_settings;
    bool m_blind = true;
    int m_current = -1;
    QList<int> m_ranking;
    QList<UndoEntry> m_undo;
    QString m_lastError;
};
