// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/secretstore.h"
#include "app/hub/hubconfig.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

struct ReadResult
{
    bool done = false;
    std::optional<QByteArray> value;
    QString error;
};

struct WriteResult
{
    bool done = false;
    bool ok = false;
    QString error;
};

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    ReadResult read(SecretStore &store, const QString &key)
    {
        ReadResult result;
        store.read(key, this, [&result](std::optional<QByteArray> value, QString error) {
            result.done = true;
            result.value = std::move(value);
            result.error = std::move(error);
        });
        // The keychain attempt may need D-Bus round trips before it falls back.
        [&result] {
            QTRY_VERIFY_WITH_TIMEOUT(result.done, 30000);
        }();
        return result;
    }

    WriteResult write(SecretStore &store, const QString &key, const QByteArray &value)
    {
        WriteResult result;
        store.write(key, value, this, [&result](bool ok, QString error) {
            result.done = true;
            result.ok = ok;
            result.error = std::move(error);
        });
        [&result] {
            QTRY_VERIFY_WITH_TIMEOUT(result.done, 30000);
        }();
        return result;
    }

    WriteResult remove(SecretStore &store, const QString &key)
    {
        WriteResult result;
        store.remove(key, this, [&result](bool ok, QString error) {
            result.done = true;
            result.ok = ok;
            result.error = std::move(error);
        });
        [&result] {
            QTRY_VERIFY_WITH_TIMEOUT(result.done, 30000);
        }();
        return result;
    }

    SecretStore::Options fileOptions() const
    {
        SecretStore::Options options;
        options.fileOnly = true;
        options.filePath = m_dir->filePath(u"sub/secrets.json"_s);
        return options;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void fileRoundTrip()
    {
        SecretStore store(fileOptions());
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        static const char raw[] = "hf_abc\x00\xff binary"; // an embedded NUL and a non-UTF-8 byte
        const QByteArray secret(raw, sizeof(raw) - 1);
        const WriteResult written = write(store, SecretStore::hubTokenKey(), secret);
        QVERIFY2(written.ok, qPrintable(written.error));
        QVERIFY(QFile::exists(store.filePath()));
        const ReadResult back = read(store, SecretStore::hubTokenKey());
        QVERIFY(back.error.isEmpty());
        QCOMPARE(back.value, std::optional<QByteArray>(secret));

        // Another instance on the same file sees it (persisted, not just in memory).
        SecretStore again(fileOptions());
        QCOMPARE(read(again, SecretStore::hubTokenKey()).value, std::optional<QByteArray>(secret));
    }

    void fileIsOwnerOnly()
    {
        SecretStore store(fileOptions());
        QVERIFY(write(store, u"a"_s, "1").ok);
        // Owner, group and other bits (the 0x0fff "user" bits mirror the owner's for the current user).
        QCOMPARE(QFile::permissions(store.filePath()) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(write(store, u"b"_s, "2").ok); // rewrites keep it
        const QFileDevice::Permissions permissions = QFile::permissions(store.filePath());
        QVERIFY(!(permissions
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                | QFileDevice::ExeOwner)));
        QVERIFY(permissions & QFileDevice::ReadOwner);
    }

    void overwriteKeepsOtherKeys()
    {
        SecretStore store(fileOptions());
        QVERIFY(write(store, u"token"_s, "old").ok);
        QVERIFY(write(store, u"other"_s, "keep").ok);
        QVERIFY(write(store, u"token"_s, "new").ok);
        QCOMPARE(read(store, u"token"_s).value, std::optional<QByteArray>("new"));
        QCOMPARE(read(store, u"other"_s).value, std::optional<QByteArray>("keep"));
    }

    void removeAndMissingKey()
    {
        SecretStore store(fileOptions());
        const ReadResult none = read(store, u"nothing"_s);
        QVERIFY(none.error.isEmpty());
        QVERIFY(!none.value); // no file yet: missing, not an error
        QVERIFY(write(store, u"token"_s, "x").ok);
        QVERIFY(remove(store, u"token"_s).ok);
        const ReadResult gone = read(store, u"token"_s);
        QVERIFY(gone.error.isEmpty());
        QVERIFY(!gone.value);
        QVERIFY(remove(store, u"token"_s).ok); // removing a missing key succeeds
    }

    void corruptedFileIsAClearError()
    {
        SecretStore store(fileOptions());
        QVERIFY(QDir().mkpath(QFileInfo(store.filePath()).absolutePath()));
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();

        const ReadResult result = read(store, u"token"_s);
        QVERIFY(!result.value);
        QVERIFY2(result.error.contains(u"damaged"_s), qPrintable(result.error));
        const WriteResult written = write(store, u"token"_s, "x");
        QVERIFY(!written.ok); // never silently replaces a file that may hold other secrets
        QVERIFY(!written.error.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ this is not json"));
    }

    void environmentForcesFile()
    {
        qputenv("HUBLENS_SECRETS_FILE_ONLY", "1");
        SecretStore::Options options;
        options.filePath = m_dir->filePath(u"secrets.json"_s);
        SecretStore store(options);
        qunsetenv("HUBLENS_SECRETS_FILE_ONLY");
        QCOMPARE(store.backend(), SecretStore::Backend::File);
    }

    // On a machine without a Secret Service (CI, this container) the keychain attempt falls back to the file; with a
    // keychain the round trip goes there. Either way the secret comes back.
    void keychainOrFallback()
    {
        SecretStore::Options options;
        options.filePath = m_dir->filePath(u"secrets.json"_s);
        options.service = u"HubLens-test-%1"_s.arg(QCoreApplication::applicationPid());
        SecretStore store(options);
        QSignalSpy backendChanged(&store, &SecretStore::backendChanged);
        QCOMPARE(store.backend(), SecretStore::Backend::Keychain);

        const WriteResult written = write(store, u"token"_s, "secret-value");
        if (store.backend() == SecretStore::Backend::Keychain && !written.ok)
            QSKIP(qPrintable(u"a keychain exists but refused the write: "_s + written.error));
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(read(store, u"token"_s).value, std::optional<QByteArray>("secret-value"));
        if (store.backend() == SecretStore::Backend::File) {
            QCOMPARE(backendChanged.count(), 1);
            QCOMPARE(backendChanged.at(0).at(0).value<SecretStore::Backend>(), SecretStore::Backend::File);
            QVERIFY(QFile::exists(options.filePath));
        } else {
            QCOMPARE(backendChanged.count(), 0);
            QVERIFY(!QFile::exists(options.filePath));
        }
        QVERIFY(remove(store, u"token"_s).ok);
        QVERIFY(!read(store, u"token"_s).value);
    }

    void savedTokenOnlyWhenEnvironmentHasNone()
    {
        HubConfig config;
        QVERIFY(HubConfig::applySavedToken(config, "hf_saved\n"));
        QCOMPARE(config.token, QByteArray("hf_saved"));
        QCOMPARE(config.tokenSource, HubConfig::savedTokenSource());
        QVERIFY(HubConfig::applySavedToken(config, "hf_newer")); // a newer saved token replaces the older one

        HubConfig fromEnv;
        fromEnv.token = "hf_env";
        fromEnv.tokenSource = u"HF_TOKEN"_s;
        QVERIFY(!HubConfig::applySavedToken(fromEnv, "hf_saved"));
        QCOMPARE(fromEnv.token, QByteArray("hf_env"));

        HubConfig empty;
        QVERIFY(!HubConfig::applySavedToken(empty, ""));
        QVERIFY(empty.token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
