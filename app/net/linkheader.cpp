// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/linkheader.h"

namespace LinkHeader {

QUrl find(const QByteArray &value, QByteArrayView rel, const QUrl &base)
{
    qsizetype pos = 0;
    while (pos < value.size()) {
        const qsizetype open = value.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = value.indexOf('>', open + 1);
        if (close < 0)
            break;
        const QByteArray target = value.mid(open + 1, close - open - 1).trimmed();
        // Parameters run until the next link, which starts after a comma followed by '<'.
        qsizetype end = value.indexOf(",", close);
        while (end >= 0) {
            const qsizetype next = value.indexOf('<', end);
            const QByteArray between = value.mid(end + 1, next < 0 ? -1 : next - end - 1).trimmed();
            if (next >= 0 && between.isEmpty())
                break;
            end = value.indexOf(",", end + 1);
        }
        const QByteArray params = value.mid(close + 1, end < 0 ? -1 : end - close - 1);
        for (QByteArray param : params.split(';')) {
            param = param.trimmed();
            const qsizetype eq = param.indexOf('=');
            if (eq < 0 || param.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray rels = param.mid(eq + 1).trimmed();
            if (rels.startsWith('"') && rels.endsWith('"') && rels.size() >= 2)
                rels = rels.mid(1, rels.size() - 2);
            for (const QByteArray &one : rels.split(' ')) {
                if (one.compare(rel, Qt::CaseInsensitive) == 0) {
                    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
                    if (!url.isValid())
                        return {};
                    return url.isRelative() && base.isValid() ? base.resolved(url) : url;
                }
            }
        }
        if (end < 0)
            break;
        pos = end + 1;
    }
    return {};
}

} // namespace LinkHeader
