// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/candidatestore.h"
#include "tests/support/testutils.h"
#include "ui/candidates/candidatesdock.h"

using namespace Qt::StringLiterals;

class TestCandidatesDock final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CandidateStore> m_store;

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_store = CandidateStore::open(m_dir->filePath(u"hublens.sqlite3"_s), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
    }

    void showsRemovesAndActivates()
    {
        CandidatesDock dock(m_store.get());
        QCOMPARE(dock.objectName(), u"candidatesDock"_s);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        auto *view = dock.findChild<QListView *>(u"candidatesView"_s);
        auto *empty = dock.findChild<QLabel *>(u"candidatesEmptyLabel"_s);
        QVERIFY(view && empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(u"No candidates yet"_s));
        QVERIFY(!view->isVisible());

        QVERIFY(m_store->add(RepoType::Model, u"openai/gpt-oss-20b"_s));
        QVERIFY(m_store->add(RepoType::Dataset, u"openai/gsm8k"_s));
        QVERIFY(m_store->add(RepoType::Model, u"Qwen/Qwen3-8B"_s));
        QVERIFY(view->isVisible());
        QVERIFY(!empty->isVisible());
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(1, 0).data().toString(), u"openai/gsm8k"_s);

        QSignalSpy activated(&dock, &CandidatesDock::repoActivated);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<RepoType>(), RepoType::Dataset);
        QCOMPARE(activated.at(0).at(1).toString(), u"openai/gsm8k"_s);

        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!m_store->contains(RepoType::Dataset, u"openai/gsm8k"_s));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->currentIndex().row(), 1); // the next one is current, ready for another Delete

        const QRect rect = view->visualRect(view->model()->index(0, 0));
        // A real double-click starts with a press (QAbstractItemView checks the pressed index); mouseDClick alone sends
        // none.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(1).toString(), u"openai/gpt-oss-20b"_s);

        view->selectAll();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(m_store->count(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(!dock.removeAction()->isEnabled());
    }

    void startsWithStoredCandidates()
    {
        QVERIFY(m_store->add(RepoType::Model, u"a/b"_s));
        CandidatesDock dock(m_store.get());
        dock.show();
        auto *view = dock.findChild<QListView *>(u"candidatesView"_s);
        QVERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestCandidatesDock)
#include "tst_candidatesdock.moc"
