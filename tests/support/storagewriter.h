// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "app/storage/judgmentstore.h"

// What hublens-storage-writer writes, so tst_reliability can tell a whole record from a partial one. Every value is
// derived from the writer's tag and its write number; texts are longer than a database page so one record spans
// several pages.
namespace StorageWriter {

inline QString sessionName(const QString &mode)
{
    return QStringLiteral("Reliability %1").arg(mode); // shared by every writer of a mode (exercises ensureSession)
}

inline QString promptText(const QString &tag, int number)
{
    return QStringLiteral("%1 prompt %2").arg(tag).arg(number);
}

// The answer stored for a prompt: ~10 KB, ending in a marker, so a truncated text cannot pass for a whole one.
inline QString runText(const QString &prompt, int column)
{
    return QStringLiteral("%1 / column %2 / ").arg(prompt).arg(column).repeated(300)
        + QStringLiteral("<end of %1>").arg(prompt);
}

inline int rating(int number)
{
    return number % 5 + 1;
}

inline QStringList labels(const QString &tag, int number)
{
    return {tag, QStringLiteral("label-%1").arg(number)};
}

inline QString note(const QString &tag, int number)
{
    return QStringLiteral("%1 note %2: ").arg(tag).arg(number).repeated(200) + QStringLiteral("<end>");
}

inline PairOutcome outcome(int number)
{
    const PairOutcome outcomes[] = {PairOutcome::A, PairOutcome::B, PairOutcome::Tie, PairOutcome::BothBad};
    return outcomes[number % 4];
}

inline QString reason(const QString &tag, int number)
{
    return QStringLiteral("%1 reason %2").arg(tag).arg(number);
}

constexpr int SourcePrompts = 30; // duplicates mode: the session copied over and over has 30 prompts, 2 runs each

} // namespace StorageWriter
