// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include "app/hub/hubtypes.h"

class Database;

struct Candidate
{
    RepoType type = RepoType::Model;
    QString repoId; // "owner/name"
    QDateTime addedAt; // UTC
    QString note;
};

// The persistent candidate list: the repositories the analyst shortlisted (later the input of Compare and of the
// metadata grid), in the `candidates` table of the main database. The store owns its own Database connection.
//
// Writes are single-row statements on the calling thread (the GUI thread in the app): style.md §6.7 allows that for
// saves this small (like annotation saves). Use the store from the thread that created it only.
class CandidateStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateStore)

public:
    explicit CandidateStore(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~CandidateStore() override;

    // Opens (creating and migrating as needed) the database at `databasePath` (Paths::databasePath() in the app).
    // nullptr and *error set on failure.
    static std::unique_ptr<CandidateStore> open(const QString &databasePath, QString *error);

    // Idempotent: adding a repository that is already a candidate changes nothing (its note and date are kept) and
    // returns true. changed() is emitted only when the list really changed. false (see lastError()) on failure.
    bool add(RepoType type, const QString &repoId, const QString &note = {});
    bool remove(RepoType type, const QString &repoId); // removing a missing candidate succeeds
    bool contains(RepoType type, const QString &repoId);
    QList<Candidate> list(); // oldest first; empty on error
    int count();
    QString lastError() const;

    // "model", "dataset", "space": the repo_type column, also the Hub's URL segment singular.
    static QString typeName(RepoType type);
    static std::optional<RepoType> typeFromName(const QString &name);

Q_SIGNALS:
    void changed();

private:
    bool fail(const QString &error);

    std::unique_ptr<Database> m_database;
    QString m_lastError;
};
