// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/candidatestore.h"

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/statement.h"

using namespace Qt::StringLiterals;

CandidateStore::CandidateStore(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

CandidateStore::~CandidateStore() = default;

std::unique_ptr<CandidateStore> CandidateStore::open(const QString &databasePath, QString *error)
{
    std::unique_ptr<Database> database = Database::open(databasePath, error);
    if (!database)
        return nullptr;
    return std::make_unique<CandidateStore>(std::move(database));
}

QString CandidateStore::typeName(RepoType type)
{
    switch (type) {
    case RepoType::Model:
        return u"model"_s;
    case RepoType::Dataset:
        return u"dataset"_s;
    case RepoType::Space:
        return u"space"_s;
    }
    return u"model"_s;
}

std::optional<RepoType> CandidateStore::typeFromName(const QString &name)
{
    if (name == u"model"_s)
        return RepoType::Model;
    if (name == u"dataset"_s)
        return RepoType::Dataset;
    if (name == u"space"_s)
        return RepoType::Space;
    return std::nullopt;
}

bool CandidateStore::fail(const QString &error)
{
    m_lastError = error;
    qCWarning(lcStorage).noquote() << "candidate list:" << error;
    return false;
}

bool CandidateStore::add(RepoType type, const QString &repoId, const QString &note)
{
    if (repoId.trimmed().isEmpty()) {
        m_lastError = tr("A candidate needs a repository id");
        return false;
    }
    Statement insert =
        m_database->prepare(u"INSERT INTO candidates (repo_type, repo_id, added_at, note) VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT (repo_type, repo_id) DO NOTHING"_s);
    insert.bind(1, typeName(type));
    insert.bind(2, repoId.trimmed());
    insert.bind(3, QDateTime::currentDateTimeUtc());
    insert.bind(4, note.isEmpty() ? QString() : note);
    if (!insert.exec())
        return fail(insert.error());
    m_lastError.clear();
    if (m_database->changes() > 0)
        Q_EMIT changed();
    return true;
}

bool CandidateStore::remove(RepoType type, const QString &repoId)
{
    Statement del = m_database->prepare(u"DELETE FROM candidates WHERE repo_type = ?1 AND repo_id = ?2"_s);
    del.bind(1, typeName(type));
    del.bind(2, repoId);
    if (!del.exec())
        return fail(del.error());
    m_lastError.clear();
    if (m_database->changes() > 0)
        Q_EMIT changed();
    return true;
}

bool CandidateStore::contains(RepoType type, const QString &repoId)
{
    Statement select = m_database->prepare(u"SELECT 1 FROM candidates WHERE repo_type = ?1 AND repo_id = ?2"_s);
    select.bind(1, typeName(type));
    select.bind(2, repoId);
    const bool found = select.step();
    if (select.hasError())
        fail(select.error());
    return found;
}

QList<Candidate> CandidateStore::list()
{
    QList<Candidate> result;
    Statement select =
        m_database->prepare(u"SELECT repo_type, repo_id, added_at, note FROM candidates ORDER BY added_at, rowid"_s);
    while (select.step()) {
        const std::optional<RepoType> type = typeFromName(select.columnText(0));
        if (!type)
            continue; // a type a newer build knows: keep it in the table, but do not show it
        Candidate candidate;
        candidate.type = *type;
        candidate.repoId = select.columnText(1);
        candidate.addedAt = select.columnDateTime(2);
        candidate.note = select.columnText(3);
        result.append(candidate);
    }
    if (select.hasError()) {
        fail(select.error());
        return {};
    }
    return result;
}

int CandidateStore::count()
{
    Statement select = m_database->prepare(u"SELECT count(*) FROM candidates"_s);
    return select.step() ? select.columnInt(0) : 0;
}

QString CandidateStore::lastError() const
{
    return m_lastError;
}
