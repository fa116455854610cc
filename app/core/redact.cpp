// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/redact.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Redact {

QString text(const QString &input)
{
    static const QRegularExpression bearer(
        u"(Bearer|Basic|token)\\s+[A-Za-z0-9._~+/=-]+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hfToken(u"\\bhf_[A-Za-z0-9]{6,}"_s);
    static const QRegularExpression skToken(u"\\bsk-[A-Za-z0-9_-]{8,}"_s);
    static const QRegularExpression queryToken(
        u"((?:access_token|api_key|apikey|token|key)=)[^&\\s]+"_s, QRegularExpression::CaseInsensitiveOption);
    QString out = input;
    out.replace(bearer, u"\\1 ***"_s);
    out.replace(hfToken, u"hf_***"_s);
    out.replace(skToken, u"sk-***"_s);
    out.replace(queryToken, u"\\1***"_s);
    return out;
}

QString url(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    return text(copy.toString(QUrl::FullyEncoded));
}

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower == "x-api-key"
        || lower == "api-key";
}

} // namespace Redact
