// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "app/eval/criteria.h"

namespace SessionCriteria {
// Evaluates the session's stored criteria from its runs and every reviewer's judgments, reading the database on a
// connection of its own: safe to call from a worker thread (the GUI does, so 100k runs never block it). An empty list
// and *error when the database cannot be read.
QList<CriterionResult> evaluate(const QString &databasePath, qint64 sessionId, QString *error);
} // namespace SessionCriteria
