// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The interface languages: HubLens' catalogues (translations/hublens_<code>.ts, built to .qm and embedded under
// :/i18n, also installed to <prefix>/share/hublens/translations) and Qt's own (qtbase_<code>.qm from the Qt
// installation). install() runs once at start-up, before any window exists; a new choice applies after a restart.
namespace Languages {

// Codes with a HubLens catalogue, such as "de" or "zh_CN", sorted; "en" is among them.
QStringList available();
// A language's name in that language ("Deutsch", "简体中文"), for the Settings choice.
QString nativeName(const QString &code);
// Installs the translators for `code` (empty: the system's languages) on the running application and makes that
// locale the default, so numbers and dates follow it too. English plural forms ("1 second", "2 seconds") are always
// installed underneath, so a catalogue with unfinished entries still reads correctly. Returns the locale used.
// The translators are children of the application; deleting them uninstalls them (tests do).
QLocale install(const QString &code);
// The command line stays in English (its output is for scripts as much as people): only the English plural forms,
// so the core's messages read "1 second" and "2 seconds".
void installEnglish();

} // namespace Languages
