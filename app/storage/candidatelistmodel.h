// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

#include "app/storage/candidatestore.h"

// The candidate list for views (the Candidates dock, later Compare): one row per candidate, oldest first. Follows
// CandidateStore::changed() with a model reset.
class CandidateListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateListModel)

public:
    enum Role
    {
        RepoIdRole = Qt::UserRole, // QString "owner/name" (also Qt::DisplayRole)
        TypeRole, // int(RepoType)
        TypeNameRole, // "model", "dataset", "space"
        AddedAtRole, // QDateTime, UTC
        NoteRole // QString
    };
    Q_ENUM(Role)

    explicit CandidateListModel(CandidateStore *store, QObject *parent = nullptr);
    ~CandidateListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Candidate candidate(int row) const; // a default Candidate for a row out of range

private:
    void reload();

    QPointer<CandidateStore> m_store;
    QList<Candidate> m_candidates;
};
