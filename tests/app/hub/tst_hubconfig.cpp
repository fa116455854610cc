// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include "app/hub/hubconfig.h"

using namespace Qt::StringLiterals;

// HubConfig::fromEnvironment against a scripted environment. Each row sets only what it names; init() clears every
// variable HubConfig reads (pointing HF_HOME at an empty temp dir so no real token file is found) and cleanup()
// restores the original environment.
namespace {

const QList<QByteArray> kVariables = {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_HOME",
    "XDG_CACHE_HOME", "HF_HUB_DISABLE_IMPLICIT_TOKEN", "HF_ENDPOINT", "HUBLENS_DATASETS_SERVER", "HF_HUB_OFFLINE",
    "TRANSFORMERS_OFFLINE"};

// "NAME=value" pairs; "{dir}" in a value is the row's temp dir. "-NAME" unsets NAME.
using Assignments = QStringList;
// path relative to the temp dir → contents
using Files = QHash<QString, QByteArray>;

} // namespace

class TestHubConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_saved.clear();
        for (const QByteArray &name : kVariables) {
            m_saved.insert(name,
                qEnvironmentVariableIsSet(name.constData()) ? std::optional(qgetenv(name.constData())) : std::nullopt);
            qunsetenv(name.constData());
        }
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("HF_HOME", QFile::encodeName(m_dir->filePath(u"hf-home"_s)));
    }

    void cleanup()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value())
                qputenv(it.key().constData(), *it.value());
            else
                qunsetenv(it.key().constData());
        }
        m_dir.reset();
    }

    void token_data()
    {
        QTest::addColumn<Assignments>("environment");
        QTest::addColumn<Files>("files");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("source"); // "{dir}" is the temp dir

        const Files homeFile{{u"hf-home/token"_s, "hf_fromHomeFile"}};
        QTest::newRow("nothing anywhere") << Assignments{} << Files{} << QByteArray() << QString();
        QTest::newRow("HF_TOKEN") << Assignments{u"HF_TOKEN=hf_fromEnv"_s} << Files{} << QByteArray("hf_fromEnv")
                                  << u"HF_TOKEN"_s;
        QTest::newRow("HF_TOKEN wins over HUGGING_FACE_HUB_TOKEN and the file")
            << Assignments{u"HF_TOKEN=hf_fromEnv"_s, u"HUGGING_FACE_HUB_TOKEN=hf_legacy"_s} << homeFile
            << QByteArray("hf_fromEnv") << u"HF_TOKEN"_s;
        QTest::newRow("HUGGING_FACE_HUB_TOKEN wins over the file")
            << Assignments{u"HUGGING_FACE_HUB_TOKEN=hf_legacy"_s} << homeFile << QByteArray("hf_legacy")
            << u"HUGGING_FACE_HUB_TOKEN"_s;
        QTest::newRow("empty HF_TOKEN falls through to the file")
            << Assignments{u"HF_TOKEN="_s} << homeFile << QByteArray("hf_fromHomeFile") << u"{dir}/hf-home/token"_s;
        QTest::newRow("whitespace HF_TOKEN is trimmed")
            << Assignments{u"HF_TOKEN=  hf_padded \n"_s} << Files{} << QByteArray("hf_padded") << u"HF_TOKEN"_s;
        QTest::newRow("$HF_HOME/token") << Assignments{} << homeFile << QByteArray("hf_fromHomeFile")
                                        << u"{dir}/hf-home/token"_s;
        QTest::newRow("HF_TOKEN_PATH wins over $HF_HOME/token")
            << Assignments{u"HF_TOKEN_PATH={dir}/elsewhere/my-token"_s}
            << Files{{u"elsewhere/my-token"_s, "hf_fromTokenPath"}, {u"hf-home/token"_s, "hf_fromHomeFile"}}
            << QByteArray("hf_fromTokenPath") << u"{dir}/elsewhere/my-token"_s;
        QTest::newRow("HF_TOKEN_PATH to a missing file: none")
            << Assignments{u"HF_TOKEN_PATH={dir}/missing"_s} << homeFile << QByteArray() << QString();
        QTest::newRow("XDG_CACHE_HOME/huggingface/token")
            << Assignments{u"-HF_HOME"_s, u"XDG_CACHE_HOME={dir}/xdg"_s}
            << Files{{u"xdg/huggingface/token"_s, "hf_fromXdg"}} << QByteArray("hf_fromXdg")
            << u"{dir}/xdg/huggingface/token"_s;
        QTest::newRow("HF_HOME wins over XDG_CACHE_HOME")
            << Assignments{u"XDG_CACHE_HOME={dir}/xdg"_s}
            << Files{{u"xdg/huggingface/token"_s, "hf_fromXdg"}, {u"hf-home/token"_s, "hf_fromHomeFile"}}
            << QByteArray("hf_fromHomeFile") << u"{dir}/hf-home/token"_s;
        QTest::newRow("file: trailing newline trimmed")
            << Assignments{} << Files{{u"hf-home/token"_s, "hf_withNewline\n"}} << QByteArray("hf_withNewline")
            << u"{dir}/hf-home/token"_s;
        QTest::newRow("file: CRLF and spaces trimmed")
            << Assignments{} << Files{{u"hf-home/token"_s, "  hf_windows\r\n"}} << QByteArray("hf_windows")
            << u"{dir}/hf-home/token"_s;
        QTest::newRow("file: empty") << Assignments{} << Files{{u"hf-home/token"_s, ""}} << QByteArray() << QString();
        QTest::newRow("file: only whitespace")
            << Assignments{} << Files{{u"hf-home/token"_s, " \n\n"}} << QByteArray() << QString();
        QTest::newRow("file: two lines is not a token")
            << Assignments{} << Files{{u"hf-home/token"_s, "hf_one\nhf_two\n"}} << QByteArray() << QString();
        QTest::newRow("HF_HUB_DISABLE_IMPLICIT_TOKEN=1 ignores HF_TOKEN")
            << Assignments{u"HF_HUB_DISABLE_IMPLICIT_TOKEN=1"_s, u"HF_TOKEN=hf_fromEnv"_s} << homeFile << QByteArray()
            << QString();
        QTest::newRow("HF_HUB_DISABLE_IMPLICIT_TOKEN=1 ignores the file")
            << Assignments{u"HF_HUB_DISABLE_IMPLICIT_TOKEN=1"_s} << homeFile << QByteArray() << QString();
        QTest::newRow("HF_HUB_DISABLE_IMPLICIT_TOKEN=0 changes nothing")
            << Assignments{u"HF_HUB_DISABLE_IMPLICIT_TOKEN=0"_s} << homeFile << QByteArray("hf_fromHomeFile")
            << u"{dir}/hf-home/token"_s;
    }

    void token()
    {
        QFETCH(Assignments, environment);
        QFETCH(Files, files);
        QFETCH(QByteArray, token);
        QFETCH(QString, source);

        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = m_dir->filePath(it.key());
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(it.value());
        }
        apply(environment);
        const HubConfig config = HubConfig::fromEnvironment();
        QCOMPARE(config.token, token);
        QCOMPARE(config.tokenSource, QDir::toNativeSeparators(expand(source)));
    }

    void endpoints_data()
    {
        QTest::addColumn<Assignments>("environment");
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<QUrl>("datasetsServer");

        const QUrl hub(u"https://huggingface.co"_s);
        const QUrl viewer(u"https://datasets-server.huggingface.co"_s);
        QTest::newRow("defaults") << Assignments{} << hub << viewer;
        QTest::newRow("trailing slash stripped")
            << Assignments{u"HF_ENDPOINT=https://hub.example.com/"_s} << QUrl(u"https://hub.example.com"_s) << viewer;
        QTest::newRow("several slashes and spaces stripped")
            << Assignments{u"HF_ENDPOINT=  http://127.0.0.1:8080/// "_s} << QUrl(u"http://127.0.0.1:8080"_s) << viewer;
        QTest::newRow("path prefix kept") << Assignments{u"HF_ENDPOINT=https://mirror.example.org/hf/"_s}
                                          << QUrl(u"https://mirror.example.org/hf"_s) << viewer;
        QTest::newRow("empty falls back") << Assignments{u"HF_ENDPOINT="_s} << hub << viewer;
        QTest::newRow("no host falls back") << Assignments{u"HF_ENDPOINT=not a url"_s} << hub << viewer;
        QTest::newRow("bare path falls back") << Assignments{u"HF_ENDPOINT=/api"_s} << hub << viewer;
        QTest::newRow("invalid port falls back") << Assignments{u"HF_ENDPOINT=http://host:99999"_s} << hub << viewer;
        QTest::newRow("dataset viewer") << Assignments{u"HUBLENS_DATASETS_SERVER=http://127.0.0.1:9000/"_s} << hub
                                        << QUrl(u"http://127.0.0.1:9000"_s);
        QTest::newRow("invalid dataset viewer falls back")
            << Assignments{u"HUBLENS_DATASETS_SERVER=::"_s} << hub << viewer;
    }

    void endpoints()
    {
        QFETCH(Assignments, environment);
        QFETCH(QUrl, endpoint);
        QFETCH(QUrl, datasetsServer);
        apply(environment);
        const HubConfig config = HubConfig::fromEnvironment();
        QCOMPARE(config.endpoint, endpoint);
        QCOMPARE(config.datasetsServer, datasetsServer);
    }

    void offline_data()
    {
        QTest::addColumn<Assignments>("environment");
        QTest::addColumn<bool>("offline");

        QTest::newRow("unset") << Assignments{} << false;
        QTest::newRow("1") << Assignments{u"HF_HUB_OFFLINE=1"_s} << true;
        QTest::newRow("true") << Assignments{u"HF_HUB_OFFLINE=true"_s} << true;
        QTest::newRow("YES") << Assignments{u"HF_HUB_OFFLINE=YES"_s} << true;
        QTest::newRow("On with spaces") << Assignments{u"HF_HUB_OFFLINE= On "_s} << true;
        QTest::newRow("0") << Assignments{u"HF_HUB_OFFLINE=0"_s} << false;
        QTest::newRow("false") << Assignments{u"HF_HUB_OFFLINE=false"_s} << false;
        QTest::newRow("empty") << Assignments{u"HF_HUB_OFFLINE="_s} << false;
        QTest::newRow("2 is not truthy") << Assignments{u"HF_HUB_OFFLINE=2"_s} << false;
        QTest::newRow("TRANSFORMERS_OFFLINE=1") << Assignments{u"TRANSFORMERS_OFFLINE=1"_s} << true;
    }

    void offline()
    {
        QFETCH(Assignments, environment);
        QFETCH(bool, offline);
        apply(environment);
        QCOMPARE(HubConfig::fromEnvironment().offline, offline);
    }

    void mayReceiveToken_data()
    {
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("allowed");

        const QUrl hub(u"https://huggingface.co"_s);
        QTest::newRow("hub API") << hub << QUrl(u"https://huggingface.co/api/models?search=x"_s) << true;
        QTest::newRow("hub, explicit default port")
            << hub << QUrl(u"https://huggingface.co:443/api/whoami-v2"_s) << true;
        QTest::newRow("hub host in capitals") << hub << QUrl(u"https://HuggingFace.co/api"_s) << true;
        QTest::newRow("dataset viewer") << hub << QUrl(u"https://datasets-server.huggingface.co/rows?dataset=x"_s)
                                        << true;
        QTest::newRow("plain http to the hub") << hub << QUrl(u"http://huggingface.co/api/models"_s) << false;
        QTest::newRow("other port on the hub host") << hub << QUrl(u"https://huggingface.co:8443/api"_s) << false;
        QTest::newRow("CDN subdomain") << hub << QUrl(u"https://cdn-lfs.huggingface.co/repos/x"_s) << false;
        QTest::newRow("look-alike host") << hub << QUrl(u"https://huggingface.co.evil.example/api"_s) << false;
        QTest::newRow("hub host in the query")
            << hub << QUrl(u"https://evil.example/?next=https://huggingface.co"_s) << false;
        QTest::newRow("hub host as user info") << hub << QUrl(u"https://huggingface.co@evil.example/"_s) << false;
        const QUrl loopback(u"http://127.0.0.1:8080"_s);
        QTest::newRow("loopback, same port") << loopback << QUrl(u"http://127.0.0.1:8080/api/models"_s) << true;
        QTest::newRow("loopback, other port") << loopback << QUrl(u"http://127.0.0.1:8081/api/models"_s) << false;
        QTest::newRow("loopback, https") << loopback << QUrl(u"https://127.0.0.1:8080/api/models"_s) << false;
        QTest::newRow("localhost is another origin")
            << loopback << QUrl(u"http://localhost:8080/api/models"_s) << false;
        QTest::newRow("loopback default port 80")
            << QUrl(u"http://127.0.0.1"_s) << QUrl(u"http://127.0.0.1:80/api"_s) << true;
    }

    void mayReceiveToken()
    {
        QFETCH(QUrl, endpoint);
        QFETCH(QUrl, url);
        QFETCH(bool, allowed);
        HubConfig config;
        config.endpoint = endpoint;
        QCOMPARE(config.mayReceiveToken(url), allowed);
    }

    void isTruthy_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("truthy");
        for (const QString &value : {u"1"_s, u"true"_s, u"TRUE"_s, u"yes"_s, u"Yes"_s, u"on"_s, u" 1\n"_s})
            QTest::newRow(qPrintable(u"'%1'"_s.arg(value.trimmed()))) << value << true;
        for (const QString &value : {u"0"_s, u"false"_s, u"no"_s, u"off"_s, u""_s, u"y"_s, u"enabled"_s})
            QTest::newRow(qPrintable(u"'%1' is false"_s.arg(value))) << value << false;
    }

    void isTruthy()
    {
        QFETCH(QString, value);
        QFETCH(bool, truthy);
        QCOMPARE(HubConfig::isTruthy(value), truthy);
    }

private:
    QString expand(const QString &text) const
    {
        QString out = text;
        return out.replace(u"{dir}"_s, m_dir->path());
    }

    void apply(const Assignments &assignments) const
    {
        for (const QString &assignment : assignments) {
            if (assignment.startsWith(u'-')) {
                qunsetenv(assignment.mid(1).toLatin1().constData());
                continue;
            }
            const QString name = assignment.section(u'=', 0, 0);
            const QString value = expand(assignment.section(u'=', 1));
            qputenv(name.toLatin1().constData(), value.toUtf8());
        }
    }

    QHash<QByteArray, std::optional<QByteArray>> m_saved;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_APPLESS_MAIN(TestHubConfig)
#include "tst_hubconfig.moc"
