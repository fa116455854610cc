// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

// The self-describing JSON of a session's records: `hublens sessions show --json` and the JSONL export. Field names
// are snake_case, unknown values null, times ISO 8601 UTC, and rows carry both their local id and their uid (stable
// across machines). Nothing here can hold a secret: runs keep the endpoint URL without user info, never a key.
namespace SessionJson {
QJsonObject session(const SessionInfo &session, const SessionSettings &settings);
QJsonObject prompt(const StoredPrompt &prompt);
QJsonObject run(const StoredRun &run);
QJsonObject judgment(const Judgment &judgment);
QJsonObject pair(const PairJudgment &pair);
QJsonObject decision(const Decision &decision);
} // namespace SessionJson
