// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/appsettings.h"
#include "app/core/secretstore.h"
#include "app/storage/candidatestore.h"
#include "tests/support/testutils.h"
#include "ui/candidates/candidatesdock.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void railSwitchesPagesByClickAndShortcut()
    {
        MainWindow window;
        auto *first = new QLabel(u"first"_s);
        auto *second = new QLabel(u"second"_s);
        window.addPage(u"First"_s, QIcon(), first);
        window.addPage(u"Second"_s, QIcon(), second);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *rail = window.findChild<QListWidget *>(u"navigationRail"_s);
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(rail && stack);
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(rail->count(), 2);
        QCOMPARE(stack->currentWidget(), first);
        rail->setCurrentRow(1);
        QCOMPARE(stack->currentWidget(), second);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), first);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), second);
        QCOMPARE(rail->currentRow(), 1);
        // Without injected services: Settings disabled, no candidates dock.
        QVERIFY(!window.settingsAction()->isEnabled());
        QVERIFY(!window.candidatesDock());
    }

    void settingsAndCandidatesDockWithServices()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SecretStore::Options options;
        options.fileOnly = true;
        options.filePath = dir.filePath(u"secrets.json"_s);
        SecretStore secrets(options);
        AppSettings settings(dir.filePath(u"HubLens.ini"_s));
        QString error;
        std::unique_ptr<CandidateStore> candidates = CandidateStore::open(dir.filePath(u"hublens.sqlite3"_s), &error);
        QVERIFY2(candidates, qPrintable(error));
        QVERIFY(candidates->add(RepoType::Model, u"a/b"_s));

        MainWindow::Services services;
        services.secrets = &secrets;
        services.settings = &settings;
        services.candidates = candidates.get();
        MainWindow window(services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CandidatesDock *dock = window.candidatesDock();
        QVERIFY(dock);
        QCOMPARE(window.findChild<QDockWidget *>(u"candidatesDock"_s), dock);
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        QVERIFY(dock->isVisible());
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());

        QVERIFY(window.settingsAction()->isEnabled());
        QCOMPARE(window.settingsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // deleted on close
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
