// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUrl>

namespace LinkHeader {
// The target of the link with relation `rel` in an RFC 8288 Link header value, kept verbatim (the Hub's cursor is
// opaque and must stay percent-encoded). Relative targets are resolved against `base`. Invalid when absent.
QUrl find(const QByteArray &value, QByteArrayView rel, const QUrl &base = {});
} // namespace LinkHeader
