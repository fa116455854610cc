// SPDX-License-Identifier: GPL-3.0-or-later
#include <curl/curl.h>
#include <sqlite3.h>

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "tests/support/testutils.h"
#include "ui/about/aboutdialog.h"
#include "ui/mainwindow.h"

using namespace Qt::StringLiterals;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private:
    // The versions as the libraries report them, asked here directly rather than through BuildInfo.
    static QString curlVersion()
    {
        return QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version);
    }
    static QString sqliteVersion()
    {
        return QString::fromLatin1(sqlite3_libversion());
    }

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void showsTheRunningLibraryVersionsAndLicences()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *title = dialog.findChild<QLabel *>(u"aboutTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), u"HubLens " HUBLENS_VERSION ""_s);
        auto *licence = dialog.findChild<QLabel *>(u"aboutLicence"_s);
        QVERIFY(licence);
        QVERIFY2(licence->text().contains(u"GPL-3.0-or-later"_s), qPrintable(licence->text()));

        auto *table = dialog.findChild<QTableWidget *>(u"componentsTable"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        const QStringList names{u"Qt"_s, u"libcurl"_s, u"SQLite"_s};
        const QStringList versions{QString::fromLatin1(qVersion()), curlVersion(), sqliteVersion()};
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(table->item(row, 0)->text(), names.at(row));
            QCOMPARE(table->item(row, 1)->text(), versions.at(row));
            QVERIFY2(!table->item(row, 2)->text().isEmpty(), qPrintable(names.at(row)));
            QVERIFY(table->isVisible());
        }
        QCOMPARE(table->item(0, 2)->text(), u"LGPL-3.0-only OR GPL-2.0-only"_s);
        QCOMPARE(table->item(2, 2)->text(), u"Public domain"_s);
        QVERIFY(dialog.findChild<QPushButton *>(u"aboutQtButton"_s));
    }

    void copyPutsOneVersionLineOnTheClipboard()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *copy = dialog.findChild<QPushButton *>(u"copyVersionButton"_s);
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString expected = u"HubLens %1 (Qt %2, libcurl %3, SQLite %4)"_s.arg(
            QStringLiteral(HUBLENS_VERSION), QString::fromLatin1(qVersion()), curlVersion(), sqliteVersion());
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QCOMPARE(AboutDialog::versionSummary(), expected);
    }

    void closeButtonCloses()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void helpMenuOpensOneAboutDialog()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = window.aboutAction();
        QVERIFY(about);
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        auto *aboutQt = window.findChild<QAction *>(u"aboutQtAction"_s);
        QVERIFY(aboutQt);
        QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);

        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
        about->trigger(); // raises the open one
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
        auto *table = dialog->findChild<QTableWidget *>(u"componentsTable"_s);
        QVERIFY(table);
        QCOMPARE(table->item(1, 1)->text(), curlVersion());
        dialog->close();
        QTRY_VERIFY(!window.findChild<AboutDialog *>()); // deleted on close
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
