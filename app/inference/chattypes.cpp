// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/chattypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

GenerationParams GenerationParams::overriddenBy(const GenerationParams &override) const
{
    GenerationParams merged = *this;
    if (override.temperature)
        merged.temperature = override.temperature;
    if (override.topP)
        merged.topP = override.topP;
    if (override.maxTokens)
        merged.maxTokens = override.maxTokens;
    if (override.seed)
        merged.seed = override.seed;
    if (!override.stop.isEmpty())
        merged.stop = override.stop;
    return merged;
}

QJsonObject GenerationParams::toJson() const
{
    QJsonObject object;
    if (temperature)
        object.insert("temperature"_L1, *temperature);
    if (topP)
        object.insert("top_p"_L1, *topP);
    if (maxTokens)
        object.insert("max_tokens"_L1, *maxTokens);
    if (seed)
        object.insert("seed"_L1, *seed);
    if (!stop.isEmpty())
        object.insert("stop"_L1, QJsonArray::fromStringList(stop));
    return object;
}

GenerationParams GenerationParams::fromJson(const QJsonObject &object)
{
    GenerationParams params;
    if (object.value("temperature"_L1).isDouble())
        params.temperature = object.value("temperature"_L1).toDouble();
    if (object.value("top_p"_L1).isDouble())
        params.topP = object.value("top_p"_L1).toDouble();
    if (object.value("max_tokens"_L1).isDouble())
        params.maxTokens = object.value("max_tokens"_L1).toInt();
    if (object.value("seed"_L1).isDouble())
        params.seed = object.value("seed"_L1).toInteger();
    for (const QJsonValue &stop : object.value("stop"_L1).toArray())
        params.stop.append(stop.toString());
    return params;
}

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Pending:
        return u"pending"_s;
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Succeeded:
        return u"ok"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Truncated:
        return u"truncated"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    }
    return u"failed"_s;
}

std::optional<RunStatus> runStatusFromName(const QString &name)
{
    for (const RunStatus status : {RunStatus::Pending, RunStatus::Running, RunStatus::Succeeded, RunStatus::Failed,
             RunStatus::Truncated, RunStatus::Cancelled}) {
        if (runStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}
