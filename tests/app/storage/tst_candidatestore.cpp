// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/candidatelistmodel.h"
#include "app/storage/candidatestore.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestCandidateStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CandidateStore> openStore()
    {
        QString error;
        std::unique_ptr<CandidateStore> store = CandidateStore::open(m_dir->filePath(u"hublens.sqlite3"_s), &error);
        [&] {
            QVERIFY2(store, qPrintable(error));
        }();
        return store;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void addListContains()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->list().isEmpty());
        QVERIFY(store->add(RepoType::Model, u"openai/gpt-oss-20b"_s, u"fast"_s));
        QVERIFY(store->add(RepoType::Dataset, u"HuggingFaceFW/fineweb"_s));
        QVERIFY(store->add(RepoType::Model, u"HuggingFaceFW/fineweb"_s)); // same id, other type: another candidate
        QVERIFY(store->contains(RepoType::Model, u"openai/gpt-oss-20b"_s));
        QVERIFY(!store->contains(RepoType::Dataset, u"openai/gpt-oss-20b"_s));
        const QList<Candidate> list = store->list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(store->count(), 3);
        QCOMPARE(list.at(0).type, RepoType::Model);
        QCOMPARE(list.at(0).repoId, u"openai/gpt-oss-20b"_s);
        QCOMPARE(list.at(0).note, u"fast"_s);
        QCOMPARE(list.at(1).type, RepoType::Dataset);
        QVERIFY(list.at(1).note.isNull());
        QVERIFY(list.at(0).addedAt.isValid());
        QVERIFY(qAbs(list.at(0).addedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(list.at(0).addedAt <= list.at(1).addedAt);
        QVERIFY(!store->add(RepoType::Model, u"  "_s));
        QVERIFY(!store->lastError().isEmpty());
    }

    void addIsIdempotentAndSignalsOnlyChanges()
    {
        auto store = openStore();
        QVERIFY(store);
        QSignalSpy changed(store.get(), &CandidateStore::changed);
        QVERIFY(store->add(RepoType::Model, u"a/b"_s, u"first note"_s));
        QCOMPARE(changed.count(), 1);
        const QDateTime firstAdded = store->list().at(0).addedAt;
        QVERIFY(store->add(RepoType::Model, u"a/b"_s, u"second note"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->list().size(), 1);
        QCOMPARE(store->list().at(0).note, u"first note"_s);
        QCOMPARE(store->list().at(0).addedAt, firstAdded);

        QVERIFY(store->remove(RepoType::Model, u"a/b"_s));
        QCOMPARE(changed.count(), 2);
        QVERIFY(store->remove(RepoType::Model, u"a/b"_s)); // missing: still fine, no signal
        QCOMPARE(changed.count(), 2);
        QVERIFY(!store->contains(RepoType::Model, u"a/b"_s));
    }

    void persistsAcrossReopen()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->add(RepoType::Model, u"meta-llama/Llama-3.1-8B"_s));
            QVERIFY(store->add(RepoType::Dataset, u"openai/gsm8k"_s));
            QVERIFY(store->remove(RepoType::Model, u"meta-llama/Llama-3.1-8B"_s));
            QVERIFY(store->add(RepoType::Space, u"owner/space"_s));
        }
        auto reopened = openStore();
        QVERIFY(reopened);
        const QList<Candidate> list = reopened->list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).repoId, u"openai/gsm8k"_s);
        QCOMPARE(list.at(0).type, RepoType::Dataset);
        QCOMPARE(list.at(1).type, RepoType::Space);
    }

    void typeNames()
    {
        QCOMPARE(CandidateStore::typeName(RepoType::Model), u"model"_s);
        QCOMPARE(CandidateStore::typeName(RepoType::Dataset), u"dataset"_s);
        QCOMPARE(CandidateStore::typeFromName(u"dataset"_s), std::optional<RepoType>(RepoType::Dataset));
        QVERIFY(!CandidateStore::typeFromName(u"collection"_s));
    }

    void modelFollowsStore()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->add(RepoType::Model, u"a/one"_s));
        CandidateListModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(store->add(RepoType::Dataset, u"b/two"_s, u"a note"_s));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex second = model.index(1, 0);
        QCOMPARE(second.data(Qt::DisplayRole).toString(), u"b/two"_s);
        QCOMPARE(second.data(CandidateListModel::RepoIdRole).toString(), u"b/two"_s);
        QCOMPARE(second.data(CandidateListModel::TypeRole).toInt(), int(RepoType::Dataset));
        QCOMPARE(second.data(CandidateListModel::TypeNameRole).toString(), u"dataset"_s);
        QCOMPARE(second.data(CandidateListModel::NoteRole).toString(), u"a note"_s);
        QVERIFY(second.data(CandidateListModel::AddedAtRole).toDateTime().isValid());
        const QString tip = second.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Dataset"_s) && tip.contains(u"Added"_s) && tip.contains(u"a note"_s), qPrintable(tip));
        QCOMPARE(model.candidate(1).repoId, u"b/two"_s);
        QVERIFY(model.candidate(5).repoId.isEmpty());

        QVERIFY(store->remove(RepoType::Model, u"a/one"_s));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(store->remove(RepoType::Dataset, u"b/two"_s));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.roleNames().contains(CandidateListModel::RepoIdRole));
    }
};

QTEST_GUILESS_MAIN(TestCandidateStore)
#include "tst_candidatestore.moc"
