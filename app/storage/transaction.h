// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// RAII write transaction: BEGIN IMMEDIATE in the constructor (takes the write lock up front, so SQLITE_BUSY shows up
// here, after the busy timeout, rather than half-way through), COMMIT in commit(), ROLLBACK in the destructor unless
// committed. Not nestable (SQLite has no nested BEGIN).
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();

    bool isActive() const; // BEGIN succeeded and neither commit() nor rollback() has finished it
    bool commit(QString *error = nullptr);
    bool rollback();
    QString error() const; // why BEGIN or COMMIT failed

private:
    Database &m_database;
    QString m_error;
    bool m_active = false;
};
