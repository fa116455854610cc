// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

#include "app/core/logging.h"

using namespace Qt::StringLiterals;

namespace {

const QString kEmbedded = u":/i18n"_s;

// An installed copy (a packager's or translator's newer .qm) wins over the embedded one.
QStringList catalogueDirectories()
{
    return {QCoreApplication::applicationDirPath() + u"/../share/hublens/translations"_s, kEmbedded};
}

QTranslator *installCatalogue(const QLocale &locale, const QString &name, const QStringList &directories)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &directory : directories) {
        if (translator->load(locale, name, u"_"_s, directory) && QCoreApplication::installTranslator(translator)) {
            qCDebug(lcUi).noquote() << "loaded" << translator->filePath();
            return translator;
        }
    }
    delete translator;
    return nullptr;
}

} // namespace

namespace Languages {

QStringList available()
{
    QStringList codes;
    const QStringList files = QDir(kEmbedded).entryList({u"hublens_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(8, file.size() - 8 - 3)); // hublens_<code>.qm
    return codes;
}

QString nativeName(const QString &code)
{
    // Qt's own names are regional for some languages ("español de España") and shared for Chinese scripts ("中文").
    static const QHash<QString, QString> names{{u"de"_s, u"Deutsch"_s}, {u"en"_s, u"English"_s},
        {u"es"_s, u"Español"_s}, {u"fr"_s, u"Français"_s}, {u"ja"_s, u"日本語"_s}, {u"zh_CN"_s, u"简体中文"_s},
        {u"zh_TW"_s, u"繁體中文"_s}};
    if (const auto it = names.constFind(code); it != names.constEnd())
        return *it;
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.at(0).toUpper() + name.mid(1);
}

QLocale install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs, context menus).
    installCatalogue(locale, u"qtbase"_s, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    // English plural forms underneath: a translator installed later is searched first, so the chosen language wins
    // wherever it has a translation.
    installCatalogue(QLocale(QLocale::English), u"hublens"_s, catalogueDirectories());
    // The locale's own catalogue, by its UI languages in order (LANGUAGE=de:fr… on Linux); not English twice.
    QTranslator *own = installCatalogue(locale, u"hublens"_s, catalogueDirectories());
    if (own && own->language().startsWith(u"en"_s))
        delete own;
    return locale;
}

void installEnglish()
{
    installCatalogue(QLocale(QLocale::English), u"hublens"_s, catalogueDirectories());
}

} // namespace Languages
