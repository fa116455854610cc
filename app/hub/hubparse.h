// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "app/hub/hubtypes.h"

// Tolerant parsers for Hub and dataset-viewer JSON (hub-api.md). Quirks never break parsing: `gated` as
// false/"auto"/"manual", `inferenceProviderMapping` as object or list, `Sequence` vs `List` features, missing or
// mistyped fields (left at their "unknown" value). A body that is not JSON of the expected top-level shape (or is
// not valid UTF-8) gives std::nullopt and a one-line reason in *error. Pure functions, safe on any thread.
namespace HubParse {

ModelInfo modelFromJson(const QJsonObject &object);
DatasetInfo datasetFromJson(const QJsonObject &object);

std::optional<ModelInfo> model(const QByteArray &json, QString *error = nullptr);
std::optional<DatasetInfo> dataset(const QByteArray &json, QString *error = nullptr);
std::optional<QList<ModelInfo>> modelList(const QByteArray &json, QString *error = nullptr);
std::optional<QList<DatasetInfo>> datasetList(const QByteArray &json, QString *error = nullptr);
std::optional<QList<RepoTreeEntry>> tree(const QByteArray &json, QString *error = nullptr);
std::optional<WhoAmI> whoAmI(const QByteArray &json, QString *error = nullptr);

std::optional<DvValidity> dvValidity(const QByteArray &json, QString *error = nullptr);
std::optional<DvSplits> dvSplits(const QByteArray &json, QString *error = nullptr);
std::optional<DvRows> dvRows(const QByteArray &json, QString *error = nullptr); // /rows, /first-rows, /search, /filter
std::optional<DvSize> dvSize(const QByteArray &json, QString *error = nullptr);
std::optional<DvInfo> dvInfo(const QByteArray &json, QString *error = nullptr);

// A readable name for a dataset-viewer feature type ("string", "List<int32>", "ClassLabel(2)", "Image", …).
QString featureTypeName(const QJsonValue &type);
// The server's own message from any error shape: {"error": "..."}, {"error": [...]}, {"error", "error_description"},
// {"message": ...}, {"errors": [{"message": ...}]}, or a short text/plain body. Empty when there is none.
QString errorMessage(const QByteArray &body);

} // namespace HubParse
