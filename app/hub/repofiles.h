// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "app/hub/hubtypes.h"

// Facts about a repository's files that the Explore page shows: totals and the GGUF quantisations on offer.
namespace RepoFiles {

struct GgufQuant
{
    QString quant; // "Q4_K_M", "Q8_0", "IQ2_XS", "F16", …; "unknown" when the name has none
    QStringList files; // split files (-00001-of-00003) are one quantisation
    qint64 totalBytes = 0;
};

struct Summary
{
    int files = 0;
    int directories = 0;
    qint64 totalBytes = 0;
    QList<GgufQuant> gguf; // ordered by size
};

Summary summarize(const QList<RepoTreeEntry> &entries);
QString ggufQuantOf(const QString &path); // empty for non-GGUF files
QString storageKind(const RepoTreeEntry &entry); // "xet", "lfs" or "git"

} // namespace RepoFiles

// Model cards as the Hub serves them (README.md with YAML front matter).
namespace CardText {
QString stripFrontMatter(const QString &markdown);
} // namespace CardText
