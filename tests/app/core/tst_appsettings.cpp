// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/appsettings.h"
#include "app/hub/hubconfig.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void endpointsPersistAndSignal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"HubLens.ini"_s);
        {
            AppSettings settings(path);
            QVERIFY(settings.hubEndpoint().isEmpty());
            QSignalSpy changed(&settings, &AppSettings::changed);
            settings.setHubEndpoint(QUrl(u"http://127.0.0.1:8080"_s));
            settings.setDatasetsServer(QUrl(u"https://dv.example.org"_s));
            QCOMPARE(changed.count(), 2);
            settings.setHubEndpoint(QUrl(u"http://127.0.0.1:8080"_s)); // unchanged: no signal
            QCOMPARE(changed.count(), 2);
            settings.setLanguage(u"de"_s);
            QCOMPARE(changed.count(), 3);
            QCOMPARE(settings.fileName(), path);
        }
        AppSettings again(path);
        QCOMPARE(again.hubEndpoint(), QUrl(u"http://127.0.0.1:8080"_s));
        QCOMPARE(again.datasetsServer(), QUrl(u"https://dv.example.org"_s));
        QCOMPARE(again.language(), u"de"_s);
        again.setHubEndpoint(QUrl());
        QVERIFY(again.hubEndpoint().isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https host") << u"https://huggingface.co"_s << true;
        QTest::newRow("http with port and path") << u"http://localhost:8080/hub"_s << true;
        QTest::newRow("no scheme") << u"huggingface.co"_s << false;
        QTest::newRow("ftp") << u"ftp://example.org"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("user info") << u"https://user:pw@example.org"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void validation()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(AppSettings::isValidEndpoint(QUrl(url)), valid);
    }

    void savedEndpointsApplyUnlessEnvironmentSetsThem()
    {
        HubConfig config;
        HubConfig::applySavedEndpoints(config, QUrl(u"http://127.0.0.1:9/"_s), QUrl());
        QCOMPARE(config.endpoint, QUrl(u"http://127.0.0.1:9"_s));
        QCOMPARE(config.datasetsServer, AppSettings::defaultDatasetsServer());

        qputenv("HF_ENDPOINT", "http://env.example");
        HubConfig fromEnv = HubConfig::fromEnvironment();
        HubConfig::applySavedEndpoints(fromEnv, QUrl(u"http://127.0.0.1:9"_s), QUrl(u"http://dv.local"_s));
        qunsetenv("HF_ENDPOINT");
        QCOMPARE(fromEnv.endpoint, QUrl(u"http://env.example"_s));
        QCOMPARE(fromEnv.datasetsServer, QUrl(u"http://dv.local"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
