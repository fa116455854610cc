// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTest>

#include "tests/support/testutils.h"
#include "ui/mainwindow.h"

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
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
