// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include "tests/support/testutils.h"
#include "ui/common/languages.h"

using namespace Qt::StringLiterals;

class TestLanguages final : public QObject
{
    Q_OBJECT

private:
    static QString files(int n)
    {
        return QCoreApplication::translate("RepoDetailView", "%n file(s), %1 in total", nullptr, n);
    }

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void cleanup()
    {
        // Deleting a translator uninstalls it.
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
        QLocale::setDefault(QLocale::system());
    }

    void everyCatalogueIsEmbedded()
    {
        QCOMPARE(Languages::available(), (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s}));
    }

    void languagesAreNamedInTheirOwnLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("German") << u"de"_s << u"Deutsch"_s;
        QTest::newRow("English") << u"en"_s << u"English"_s;
        QTest::newRow("Spanish") << u"es"_s << u"Español"_s;
        QTest::newRow("French, capitalised") << u"fr"_s << u"Français"_s;
        QTest::newRow("Japanese") << u"ja"_s << u"日本語"_s;
        QTest::newRow("Simplified Chinese") << u"zh_CN"_s << u"简体中文"_s;
    }

    void languagesAreNamedInTheirOwnLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(Languages::nativeName(code), name);
    }

    void withoutCataloguesPluralsReadAsTheSource()
    {
        QCOMPARE(files(1), u"1 file(s), %1 in total"_s);
    }

    void englishPluralFormsReplaceTheParenthesisedS()
    {
        const QLocale locale = Languages::install(u"en"_s);
        QCOMPARE(locale.language(), QLocale::English);
        QCOMPARE(files(1), u"1 file, %1 in total"_s);
        QCOMPARE(files(2), u"2 files, %1 in total"_s);
        QCOMPARE(files(0), u"0 files, %1 in total"_s);
    }

    void anUnfinishedLanguageStillGetsEnglishPlurals()
    {
        // The Spanish catalogue has no translations yet: its strings fall through to the English plural forms.
        Languages::install(u"es"_s);
        QCOMPARE(files(1), u"1 file, %1 in total"_s);
        QCOMPARE(files(3), u"3 files, %1 in total"_s);
    }

    void theChosenLanguageBecomesTheDefaultLocaleAndQtTranslatesItsOwnStrings()
    {
        const QLocale locale = Languages::install(u"de"_s);
        QCOMPARE(locale.language(), QLocale::German);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        // Qt's own catalogue (qt6-translations-l10n, installed by installer/bootstrap.sh).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
