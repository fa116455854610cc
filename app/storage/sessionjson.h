// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

// The self-describing JSON of a session's records: `hublens sessions show --json` and the JSONL export. Field names
// are snake_case, unknown values null, times ISO 8601 UTC, and rows carry both their local id and their uid (stable
// across machines). Nothing here can hold a secret: runs keep the endpoint URL without user info, never a key.
// The JSONL export writes prompts, runs, judgments and pairs without building these objects (RunLineWriter in
// sessionexchange.cpp): a change here goes there too, and tst_jsonlinewriter fails until it does.
namespace SessionJson {
QJsonObject session(const SessionInfo &session, const SessionSettings &settings);
QJsonObject prompt(const StoredPrompt &prompt);
QJsonObject run(const StoredRun &run);
QJsonObject judgment(const Judgment &judgment);
QJsonObject pair(const PairJudgment &pair);
QJsonObject decision(const Decision &decision);
// A time as the objects hold it: ISO 8601 UTC with milliseconds ("2026-03-14T09:05:07.000Z"), null when invalid.
QJsonValue timeValue(const QDateTime &value);

// The strict readers of the same objects (imports): a missing required field, a value of the wrong type or an unknown
// status or outcome gives nullopt and an error naming the field ("run.started_at: not an ISO 8601 time"). Local ids
// in the objects are ignored: the caller maps rows by uid. Measures read back exactly what was written (rounded to
// the microsecond).
std::optional<SessionInfo> sessionFromJson(const QJsonObject &object, SessionSettings *settings, QString *error);
std::optional<StoredPrompt> promptFromJson(const QJsonObject &object, QString *error);
std::optional<StoredRun> runFromJson(const QJsonObject &object, QString *error);
std::optional<Judgment> judgmentFromJson(const QJsonObject &object, QString *error);
std::optional<PairJudgment> pairFromJson(const QJsonObject &object, QString *error);
std::optional<Decision> decisionFromJson(const QJsonObject &object, QString *error);
} // namespace SessionJson
