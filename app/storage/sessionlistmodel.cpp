// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sessionlistmodel.h"

#include "app/core/format.h"
#include "app/storage/judgmentstore.h"

using namespace Qt::StringLiterals;

SessionListModel::SessionListModel(RunStore *runs, JudgmentStore *judgments, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runs(runs)
    , m_judgments(judgments)
{
    connect(runs, &RunStore::sessionsChanged, this, &SessionListModel::reload);
    reload();
}

SessionListModel::~SessionListModel() = default;

void SessionListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void SessionListModel::setOnly(const std::optional<QSet<qint64>> &ids)
{
    m_only = ids;
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_sessions.clear();
    m_judgmentCounts.clear();
    const QList<SessionInfo> all = m_filter == Filter::Trash ? m_runs->trashedSessions() : m_runs->sessions();
    for (const SessionInfo &session : all) {
        if (m_filter == Filter::Active && session.archivedAt.isValid())
            continue;
        if (m_only && !m_only->contains(session.id))
            continue;
        m_sessions.append(session);
        m_judgmentCounts.insert(session.id, m_judgments->judgmentCount(session.id));
    }
    endResetModel();
}

SessionInfo SessionListModel::session(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions[row] : SessionInfo();
}

int SessionListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &session = m_sessions[index.row()];
    const int judgments = m_judgmentCounts.value(session.id);
    if (role == IdRole)
        return session.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            index.column() == PromptsColumn || index.column() == RunsColumn || index.column() == JudgmentsColumn;
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return session.name.toLower();
        case GoalColumn:
            return session.goal.toLower();
        case PromptsColumn:
            return session.promptCount;
        case RunsColumn:
            return session.runCount;
        case JudgmentsColumn:
            return judgments;
        case CreatedColumn:
            return session.createdAt;
        case StateColumn:
            return session.deletedAt.isValid() ? 2 : (session.archivedAt.isValid() ? 1 : 0);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GoalColumn:
            return session.goal;
        case CreatedColumn:
            return QLocale().toString(session.createdAt.toLocalTime(), QLocale::LongFormat);
        case StateColumn:
            if (session.deletedAt.isValid())
                return tr("Deleted for good on %1 unless restored")
                    .arg(QLocale().toString(session.deletedAt.addDays(30).toLocalTime().date(), QLocale::LongFormat));
            return {};
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return session.name;
    case GoalColumn:
        return session.goal.simplified();
    case PromptsColumn:
        return QLocale().toString(session.promptCount);
    case RunsColumn:
        return QLocale().toString(session.runCount);
    case JudgmentsColumn:
        return QLocale().toString(judgments);
    case CreatedColumn:
        return Format::relativeTime(session.createdAt);
    case StateColumn:
        if (session.deletedAt.isValid())
            return tr("In the trash");
        return session.archivedAt.isValid() ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Session");
    case GoalColumn:
        return tr("Goal");
    case PromptsColumn:
        return tr("Prompts");
    case RunsColumn:
        return tr("Runs");
    case JudgmentsColumn:
        return tr("Judgments");
    case CreatedColumn:
        return tr("Created");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
