// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/sessioncriteria.h"

QList<CriterionResult> SessionCriteria::evaluate(const QString &databasePath, qint64 sessionId, QString *error)
{
    std::unique_ptr<RunStore> runs = RunStore::open(databasePath, error);
    std::unique_ptr<JudgmentStore> judgments = runs ? JudgmentStore::open(databasePath, error) : nullptr;
    if (!runs || !judgments)
        return {};
    const SessionSettings settings = runs->sessionSettings(sessionId);
    if (settings.criteria.isEmpty())
        return {};
    CriteriaInput input;
    input.runs = runs->runs(sessionId);
    input.judgments = judgments->judgments(sessionId);
    input.pairs = judgments->pairs(sessionId);
    return Criteria::evaluateAll(settings.criteria, input);
}
