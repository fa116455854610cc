// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/criteriatext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CriteriaText", text);
}

QString quotedIfNeeded(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'"'))
        return value;
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QString CriteriaText::toText(const QJsonArray &criteria)
{
    QStringList lines;
    for (const QJsonValue &value : criteria) {
        const QJsonObject criterion = value.toObject();
        QString line = u"%1 %2 %3"_s.arg(criterion.value(u"metric"_s).toString(),
            criterion.value(u"op"_s).toString(u">="_s), QString::number(criterion.value(u"value"_s).toDouble()));
        for (auto it = criterion.begin(); it != criterion.end(); ++it) {
            if (it.key() == u"metric"_s || it.key() == u"op"_s || it.key() == u"value"_s)
                continue;
            const QString text = it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString();
            line += u" %1=%2"_s.arg(it.key(), quotedIfNeeded(text));
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

QJsonArray CriteriaText::fromText(const QString &text, QString *error)
{
    static const QRegularExpression head(
        uR"(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|>|<)\s*(-?[0-9]+(?:\.[0-9]+)?)\s*%?)"_s);
    static const QRegularExpression option(uR"re(^\s*([A-Za-z_][A-Za-z0-9_]*)=(?:"((?:[^"\\]|\\.)*)"|(\S+)))re"_s);
    QJsonArray criteria;
    const QStringList lines = text.split(u'\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines[number].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QRegularExpressionMatch match = head.match(line);
        if (!match.hasMatch()) {
            if (error)
                *error = tr("line %1: expected “metric op value”, such as “mean_rating >= 4”").arg(number + 1);
            return {};
        }
        QJsonObject criterion{
            {u"metric"_s, match.captured(1)}, {u"op"_s, match.captured(2)}, {u"value"_s, match.captured(3).toDouble()}};
        QString rest = line.mid(match.capturedEnd());
        while (!rest.trimmed().isEmpty()) {
            const QRegularExpressionMatch pair = option.match(rest);
            if (!pair.hasMatch()) {
                if (error)
                    *error = tr("line %1: cannot read “%2”; options are written key=value, such as baseline=gpt-4o")
                                 .arg(number + 1)
                                 .arg(rest.trimmed());
                return {};
            }
            QString value = pair.captured(3);
            if (value.isEmpty()) {
                value = pair.captured(2);
                value.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
            }
            criterion.insert(pair.captured(1), value);
            rest = rest.mid(pair.capturedEnd());
        }
        criteria.append(criterion);
    }
    if (error)
        error->clear();
    return criteria;
}
