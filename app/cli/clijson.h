// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "app/hub/hubtypes.h"

// The JSON the command line prints (--json). Field names follow the Hub API's own; unknown values are null, never 0.
namespace CliJson {
QJsonObject repoSummary(
    const RepoInfo &repo); // id author downloads likes trendingScore lastModified createdAt gated private tags
QJsonObject modelSummary(const ModelInfo &model); // + pipeline_tag library_name
QJsonObject datasetSummary(const DatasetInfo &dataset);
QJsonObject modelDetail(const ModelInfo &model);
QJsonObject datasetDetail(const DatasetInfo &dataset);
QJsonObject treeEntry(const RepoTreeEntry &entry);
QJsonObject whoAmI(const WhoAmI &who);
QJsonObject row(const DvRow &row);
QString gatedName(GatedMode mode); // "false", "auto", "manual"
} // namespace CliJson
