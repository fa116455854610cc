// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Secret hygiene for anything that may reach a log line, an error message or an export.
namespace Redact {
// Replaces bearer tokens, Hugging Face tokens (hf_…) and `token=`/`api_key=` query values with "***".
QString text(const QString &input);
// The URL without user info and with secret-looking query values masked.
QString url(const QUrl &url);
// True for header names whose values must never be logged.
bool isSecretHeader(const QByteArray &name);
} // namespace Redact
