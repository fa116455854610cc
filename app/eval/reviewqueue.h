// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QList>
#include <QString>

class JudgmentStore;
class RunStore;

// How outputs are judged in the Review page.
enum class ReviewMode
{
    Single, // one output at a time: rating, labels, note, flag
    Pairwise, // two outputs of the same prompt side by side: A better, B better, tie, both bad
    Ranking // every output of a prompt at once, ranked best first (stored as the pairwise outcomes it implies)
};
QString reviewModeName(ReviewMode mode); // "single", "pairwise", "ranking"

// One item of the queue: the runs shown together, in the order they are shown (left to right).
struct ReviewItem
{
    qint64 promptId = 0;
    QList<qint64> runIds;
};

// A reviewer's queue for one session and mode: every item, whether this reviewer has decided it, and the progress.
// Items are built from run ids alone (cheap for 100k runs); the prompt shown in a row is read when the row is painted.
// Positions inside an item are shuffled per item and reviewer when `shuffled` (blind review), and stable across
// reloads, so an item looks the same when the reviewer comes back to it.
class ReviewQueue final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueue)

public:
    enum Role
    {
        DecidedRole = Qt::UserRole + 1, // bool
        PromptIdRole, // qint64
        RunIdsRole // QList<qint64> as QVariantList
    };

    ReviewQueue(RunStore *runs, JudgmentStore *judgments, QObject *parent = nullptr);
    ~ReviewQueue() override;

    // Rebuilds the queue. An empty reviewer gives an empty queue.
    void load(qint64 sessionId, const QString &reviewer, ReviewMode mode, bool shuffled);
    void clear();

    qint64 sessionId() const
    {
        return m_sessionId;
    }
    QString reviewer() const
    {
        return m_reviewer;
    }
    ReviewMode mode() const
    {
        return m_mode;
    }
    ReviewItem item(int row) const; // an empty item for a row out of range
    bool isDecided(int row) const;
    int rowOf(const QList<qint64> &runIds) const; // the item showing exactly these runs in this order, or -1
    int decidedCount() const
    {
        return m_decidedCount;
    }
    // The first row at or after `from` (wrapping round) the reviewer has not decided; -1 when all are decided.
    int nextUndecided(int from = 0) const;
    // Re-reads whether the row is decided (after a judgment was saved or undone).
    void refresh(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressChanged(int decided, int total);

private:
    bool decidedNow(const ReviewItem &item);
    QString promptPreview(qint64 promptId) const;

    RunStore *m_runs;
    JudgmentStore *m_judgments;
    qint64 m_sessionId = 0;
    QString m_reviewer;
    ReviewMode m_mode = ReviewMode::Single;
    // Items as slices of one flat list of run ids: no allocation per item (150,000 pairs for 100k runs).
    struct Slice
    {
        qint64 promptId = 0;
        qsizetype offset = 0;
        qsizetype count = 0;
    };
    void append(qint64 promptId, const qint64 *ids, qsizetype count);
    QList<Slice> m_items;
    QList<qint64> m_runIds;
    QList<bool> m_decided;
    int m_decidedCount = 0;
    mutable QCache<qint64, QString> m_promptPreviews;
};
