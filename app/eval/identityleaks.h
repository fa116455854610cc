// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// A place where an output names its maker or its model ("As an OpenAI model", "I am Llama"): in a blind review it may
// tell the reviewer whose response it is.
struct IdentityLeak
{
    qsizetype start = 0; // in the text, UTF-16 code units
    qsizetype length = 0;
    QString phrase; // the text matched, as written
};

namespace IdentityLeaks {
// Every self-identification in `text`, in order. Matches the usual forms ("as an X model/assistant", "I am X",
// "my name is X", "developed/trained/created by X") for the model families and makers served on the Hub; a mention
// of a maker that is not about the speaker ("OpenAI released…") is not a leak.
QList<IdentityLeak> find(const QString &text);
} // namespace IdentityLeaks
