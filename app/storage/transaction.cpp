// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/transaction.h"

#include <sqlite3.h>

#include "app/storage/database.h"

using namespace Qt::StringLiterals;

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_active = m_database.exec(u"BEGIN IMMEDIATE"_s, &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::isActive() const
{
    return m_active;
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = u"no active transaction to commit"_s;
        if (error)
            *error = m_error;
        return false;
    }
    if (!m_database.exec(u"COMMIT"_s, &m_error)) {
        // Still open (e.g. a deferred foreign key failed); the destructor rolls it back.
        if (error)
            *error = m_error;
        return false;
    }
    m_active = false;
    return true;
}

bool Transaction::rollback()
{
    if (!m_active)
        return false;
    m_active = false;
    // Some errors (SQLITE_FULL, SQLITE_IOERR, ...) have already rolled the transaction back; a second ROLLBACK would
    // only add a misleading "no transaction is active" warning.
    if (sqlite3_get_autocommit(m_database.handle()))
        return true;
    return m_database.exec(u"ROLLBACK"_s);
}

QString Transaction::error() const
{
    return m_error;
}
