// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/repofiles.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace RepoFiles {

QString ggufQuantOf(const QString &path)
{
    if (!path.endsWith(u".gguf"_s, Qt::CaseInsensitive))
        return {};
    QString base = path.section(u'/', -1);
    base.chop(5);
    static const QRegularExpression split(u"-\\d{5}-of-\\d{5}$"_s);
    base.remove(split);
    static const QRegularExpression quant(
        u"(?:^|[-_.])(I?Q\\d(?:_[A-Z0-9]+)*|BF16|FP16|F16|F32|MXFP4(?:_MOE)?)(?=$|[-_.])"_s,
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = quant.globalMatch(base);
    QString last;
    while (it.hasNext())
        last = it.next().captured(1); // the quantisation is the last such token ("…-Q4_K_M")
    return last.isEmpty() ? u"unknown"_s : last.toUpper();
}

QString storageKind(const RepoTreeEntry &entry)
{
    if (!entry.xetHash.isEmpty())
        return u"xet"_s;
    if (!entry.lfsSha256.isEmpty())
        return u"lfs"_s;
    return u"git"_s;
}

Summary summarize(const QList<RepoTreeEntry> &entries)
{
    Summary summary;
    QHash<QString, qsizetype> quantIndex;
    for (const RepoTreeEntry &entry : entries) {
        if (entry.isDirectory) {
            ++summary.directories;
            continue;
        }
        ++summary.files;
        const qint64 size = std::max<qint64>(0, entry.size);
        summary.totalBytes += size;
        const QString quant = ggufQuantOf(entry.path);
        if (quant.isEmpty())
            continue;
        // Quantisations in different folders (e.g. per-variant directories) stay apart.
        const QString key = entry.path.section(u'/', 0, -2) + u'|' + quant;
        auto found = quantIndex.constFind(key);
        if (found == quantIndex.cend()) {
            found = quantIndex.insert(key, summary.gguf.size());
            summary.gguf.append({quant, {}, 0});
        }
        GgufQuant &group = summary.gguf[*found];
        group.files.append(entry.path);
        group.totalBytes += size;
    }
    std::stable_sort(summary.gguf.begin(), summary.gguf.end(),
        [](const GgufQuant &a, const GgufQuant &b) { return a.totalBytes < b.totalBytes; });
    return summary;
}

} // namespace RepoFiles

namespace CardText {

QString stripFrontMatter(const QString &markdown)
{
    QString text = markdown;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    static const QRegularExpression frontMatter(
        u"\\A---[ \\t]*\\r?\\n.*?\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = frontMatter.match(text);
    if (match.hasMatch())
        text.remove(0, match.capturedLength());
    return text;
}

} // namespace CardText
