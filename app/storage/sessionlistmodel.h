// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include "app/storage/runstore.h"

class JudgmentStore;

// The Sessions page's table: every session with its counts, filtered to the active ones, those plus the archived,
// or the trash; optionally narrowed to the sessions a full-text search matched. Sorting is left to a proxy
// (SortRole gives the raw value).
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column
    {
        NameColumn,
        GoalColumn,
        PromptsColumn,
        RunsColumn,
        JudgmentsColumn,
        CreatedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
        SortRole
    };
    enum class Filter
    {
        Active, // neither archived nor in the trash
        All, // active and archived
        Trash
    };

    SessionListModel(RunStore *runs, JudgmentStore *judgments, QObject *parent = nullptr);
    ~SessionListModel() override;

    void setFilter(Filter filter);
    Filter filter() const
    {
        return m_filter;
    }
    // Only these sessions (a search's hits); std::nullopt shows every session the filter allows.
    void setOnly(const std::optional<QSet<qint64>> &ids);
    void reload();

    SessionInfo session(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RunStore *m_runs;
    JudgmentStore *m_judgments;
    Filter m_filter = Filter::Active;
    std::optional<QSet<qint64>> m_only;
    QList<SessionInfo> m_sessions;
    QHash<qint64, int> m_judgmentCounts;
};
