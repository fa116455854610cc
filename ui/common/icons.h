// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// HubLens' own line icons (resources/icons/*.svg, drawn with currentColor), tinted with the current palette's text
// colour so they read in light and dark themes, and rendered sharp at any device pixel ratio.
namespace Icons {
QIcon get(const QString &name);
} // namespace Icons
