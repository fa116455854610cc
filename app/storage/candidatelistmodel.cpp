// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/candidatelistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

CandidateListModel::CandidateListModel(CandidateStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store) {
        m_candidates = m_store->list();
        connect(m_store, &CandidateStore::changed, this, &CandidateListModel::reload);
    }
}

CandidateListModel::~CandidateListModel() = default;

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &candidate = m_candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RepoIdRole:
        return candidate.repoId;
    case Qt::ToolTipRole: {
        const QString kind = candidate.type == RepoType::Dataset ? tr("Dataset")
            : candidate.type == RepoType::Space                  ? tr("Space")
                                                                 : tr("Model");
        QString tip =
            tr("%1 %2\nAdded %3")
                .arg(kind, candidate.repoId, QLocale().toString(candidate.addedAt.toLocalTime(), QLocale::LongFormat));
        if (!candidate.note.isEmpty())
            tip += u'\n' + candidate.note;
        return tip;
    }
    case TypeRole:
        return int(candidate.type);
    case TypeNameRole:
        return CandidateStore::typeName(candidate.type);
    case AddedAtRole:
        return candidate.addedAt;
    case NoteRole:
        return candidate.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> CandidateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RepoIdRole, "repoId");
    names.insert(TypeRole, "type");
    names.insert(TypeNameRole, "typeName");
    names.insert(AddedAtRole, "addedAt");
    names.insert(NoteRole, "note");
    return names;
}

Candidate CandidateListModel::candidate(int row) const
{
    return row >= 0 && row < m_candidates.size() ? m_candidates.at(row) : Candidate{};
}

void CandidateListModel::reload()
{
    beginResetModel();
    m_candidates = m_store ? m_store->list() : QList<Candidate>{};
    endResetModel();
}
