// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// The message inside an inference server's error body, whichever shape it uses (inference-protocols.md §1.5, §2.4,
// §6): a string `error` (HF router, TGI, Ollama), OpenAI's `error{message,type,param,code}`, a top-level `message`
// (Mistral, Kong), FastAPI's `detail[{loc,msg}]` (Hyperbolic), vLLM's flat `{object:"error",message}`, or plain text.
namespace ErrorEnvelope {

struct Parsed
{
    QString message; // empty when the body said nothing usable
    QString type; // error.type / error_type / error.code when textual
    double estimatedTimeSeconds = -1; // legacy HF "currently loading" answers
};

Parsed parse(const QByteArray &body);
// From an already-parsed JSON value (an in-stream `error` event's whole object).
Parsed fromJson(const QJsonValue &value);
// Whether a 503 answer means "the model/endpoint is starting" rather than a plain server error.
bool isLoading(int status, const Parsed &parsed);

} // namespace ErrorEnvelope
