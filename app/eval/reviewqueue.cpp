// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/reviewqueue.h"

#include <algorithm>

#include <QHash>

#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int PreviewLength = 160;

// SplitMix64: a tiny, fast generator; good enough to shuffle a handful of positions, and cheap to seed per item
// (150,000 items load in milliseconds, where a Mersenne Twister per item took seconds).
quint64 splitMix(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// The same reviewer and item always get the same order: a seed from both.
void shuffle(qint64 *runs, qsizetype count, size_t reviewerHash, qint64 promptId)
{
    quint64 state = quint64(reviewerHash) ^ (quint64(promptId) * 0x9e3779b97f4a7c15ULL) ^ quint64(runs[0]) << 32
        ^ quint64(runs[count - 1]);
    for (qsizetype i = count - 1; i > 0; --i)
        std::swap(runs[i], runs[qsizetype(splitMix(state) % quint64(i + 1))]);
}

} // namespace

QString reviewModeName(ReviewMode mode)
{
    switch (mode) {
    case ReviewMode::Single:
        return u"single"_s;
    case ReviewMode::Pairwise:
        return u"pairwise"_s;
    case ReviewMode::Ranking:
        return u"ranking"_s;
    }
    return {};
}

ReviewQueue::ReviewQueue(RunStore *runs, JudgmentStore *judgments, QObject *parent)
    : QAbstractListModel(parent)
    , m_runs(runs)
    , m_judgments(judgments)
    , m_promptPreviews(2000)
{
}

ReviewQueue::~ReviewQueue() = default;

void ReviewQueue::load(qint64 sessionId, const QString &reviewer, ReviewMode mode, bool shuffled)
{
    beginResetModel();
    m_sessionId = sessionId;
    m_reviewer = reviewer.trimmed();
    m_mode = mode;
    m_items.clear();
    m_runIds.clear();
    m_decided.clear();
    m_decidedCount = 0;
    m_promptPreviews.clear();
    if (sessionId > 0 && !m_reviewer.isEmpty()) {
        const QList<RunRef> runs = m_runs->reviewableRuns(sessionId);
        const size_t reviewerHash = qHash(m_reviewer, 0x5eed);
        // Group the runs by prompt (they arrive sorted by prompt).
        for (qsizetype first = 0; first < runs.size();) {
            qsizetype end = first;
            while (end < runs.size() && runs[end].promptId == runs[first].promptId)
                ++end;
            QList<qint64> ids;
            for (qsizetype i = first; i < end; ++i)
                ids.append(runs[i].id);
            const qint64 promptId = runs[first].promptId;
            if (mode == ReviewMode::Single) {
                for (qint64 id : ids)
                    append(promptId, &id, 1);
            } else if (mode == ReviewMode::Pairwise) {
                for (qsizetype a = 0; a < ids.size(); ++a) {
                    for (qsizetype b = a + 1; b < ids.size(); ++b) {
                        qint64 pair[2] = {ids[a], ids[b]};
                        if (shuffled)
                            shuffle(pair, 2, reviewerHash, promptId);
                        append(promptId, pair, 2);
                    }
                }
            } else if (ids.size() >= 2) {
                if (shuffled)
                    shuffle(ids.data(), ids.size(), reviewerHash, promptId);
                append(promptId, ids.constData(), ids.size());
            }
            first = end;
        }
        const QSet<qint64> decidedRuns =
            mode == ReviewMode::Single ? m_judgments->decidedRuns(sessionId, m_reviewer) : QSet<qint64>();
        const QSet<std::pair<qint64, qint64>> decidedPairs = mode == ReviewMode::Single
            ? QSet<std::pair<qint64, qint64>>()
            : m_judgments->decidedPairs(sessionId, m_reviewer);
        m_decided.reserve(m_items.size());
        for (const Slice &slice : std::as_const(m_items)) {
            const qint64 *ids = m_runIds.constData() + slice.offset;
            bool decided = true;
            if (mode == ReviewMode::Single) {
                decided = decidedRuns.contains(ids[0]);
            } else {
                for (qsizetype a = 0; a < slice.count && decided; ++a) {
                    for (qsizetype b = a + 1; b < slice.count && decided; ++b)
                        decided = decidedPairs.contains(std::minmax(ids[a], ids[b]));
                }
            }
            m_decided.append(decided);
            m_decidedCount += decided ? 1 : 0;
        }
    }
    endResetModel();
    Q_EMIT progressChanged(m_decidedCount, static_cast<int>(m_items.size()));
}

void ReviewQueue::clear()
{
    load(0, QString(), m_mode, false);
}

ReviewItem ReviewQueue::item(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const Slice &slice = m_items[row];
    return {slice.promptId, m_runIds.mid(slice.offset, slice.count)};
}

int ReviewQueue::rowOf(const QList<qint64> &runIds) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        const Slice &slice = m_items[row];
        if (slice.count == runIds.size()
            && std::equal(runIds.cbegin(), runIds.cend(), m_runIds.cbegin() + slice.offset))
            return static_cast<int>(row);
    }
    return -1;
}

bool ReviewQueue::isDecided(int row) const
{
    return row >= 0 && row < m_decided.size() && m_decided[row];
}

int ReviewQueue::nextUndecided(int from) const
{
    const int count = static_cast<int>(m_items.size());
    if (count == 0 || m_decidedCount == count)
        return -1;
    from = std::clamp(from, 0, count - 1);
    for (int step = 0; step < count; ++step) {
        const int row = (from + step) % count;
        if (!m_decided[row])
            return row;
    }
    return -1;
}

bool ReviewQueue::decidedNow(const ReviewItem &item)
{
    if (m_mode == ReviewMode::Single) {
        const std::optional<Judgment> judgment = m_judgments->judgment(item.runIds.first(), m_reviewer);
        return judgment && (judgment->rating || judgment->flagged);
    }
    for (qsizetype a = 0; a < item.runIds.size(); ++a) {
        for (qsizetype b = a + 1; b < item.runIds.size(); ++b) {
            if (!m_judgments->pair(item.runIds[a], item.runIds[b], m_reviewer))
                return false;
        }
    }
    return true;
}

void ReviewQueue::refresh(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const bool decided = decidedNow(item(row));
    if (decided == m_decided[row])
        return;
    m_decided[row] = decided;
    m_decidedCount += decided ? 1 : -1;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    Q_EMIT progressChanged(m_decidedCount, static_cast<int>(m_items.size()));
}

void ReviewQueue::append(qint64 promptId, const qint64 *ids, qsizetype count)
{
    m_items.append({promptId, m_runIds.size(), count});
    for (qsizetype i = 0; i < count; ++i)
        m_runIds.append(ids[i]);
}

int ReviewQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QString ReviewQueue::promptPreview(qint64 promptId) const
{
    if (const QString *cached = m_promptPreviews.object(promptId))
        return *cached;
    const std::optional<StoredPrompt> prompt = m_runs->prompt(promptId);
    QString text = prompt ? prompt->text.simplified() : QString();
    if (text.size() > PreviewLength)
        text = text.left(PreviewLength - 1) + u'…';
    m_promptPreviews.insert(promptId, new QString(text));
    return text;
}

QVariant ReviewQueue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem item = this->item(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1. %2"_s.arg(index.row() + 1).arg(promptPreview(item.promptId));
    case Qt::ToolTipRole:
        return promptPreview(item.promptId);
    case Qt::CheckStateRole:
        return m_decided[index.row()] ? Qt::Checked : Qt::Unchecked;
    case DecidedRole:
        return m_decided[index.row()];
    case PromptIdRole:
        return item.promptId;
    case RunIdsRole: {
        QVariantList ids;
        for (qint64 id : item.runIds)
            ids.append(id);
        return ids;
    }
    default:
        return {};
    }
}
