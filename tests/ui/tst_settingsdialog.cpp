// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "app/core/appsettings.h"
#include "app/core/secretstore.h"
#include "app/hub/hubcache.h"
#include "tests/support/testutils.h"
#include "ui/common/languages.h"
#include "ui/settings/settingsdialog.h"

using namespace Qt::StringLiterals;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    SecretStore::Options fileOptions() const
    {
        SecretStore::Options options;
        options.fileOnly = true;
        options.filePath = m_dir->filePath(u"secrets.json"_s);
        return options;
    }

    template <typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        [&] {
            QVERIFY2(widget, qPrintable(name));
        }();
        return widget;
    }

    static QPushButton *saveButton(QWidget *dialog)
    {
        return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Languages::installEnglish(); // English plural forms ("1 response", "0 responses"), as the app has
    }

    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("HUBLENS_DATA_DIR", m_dir->filePath(u"data"_s).toUtf8());
    }

    void cleanup()
    {
        qunsetenv("HUBLENS_DATA_DIR");
        qunsetenv("HF_ENDPOINT");
    }

    void savedTokenGoesToTheFileBackend()
    {
        SecretStore secrets(fileOptions());
        AppSettings settings(m_dir->filePath(u"HubLens.ini"_s));
        SettingsDialog dialog(&secrets, &settings, nullptr);
        dialog.setEnvironmentTokenSource(QString());
        QSignalSpy tokenSaved(&dialog, &SettingsDialog::tokenSaved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *location = child<QLabel>(&dialog, u"tokenLocationLabel"_s);
        QVERIFY2(location->text().contains(u"readable only by you"_s), qPrintable(location->text()));
        QVERIFY(location->text().contains(QDir::toNativeSeparators(secrets.filePath())));
        QVERIFY(!child<QLabel>(&dialog, u"tokenOverrideLabel"_s)->isVisible());
        auto *state = child<QLabel>(&dialog, u"tokenStateLabel"_s);
        QTRY_VERIFY(state->text().startsWith(u"No token is saved"_s));

        auto *token = child<QLineEdit>(&dialog, u"tokenEdit"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::mouseClick(child<QToolButton>(&dialog, u"showTokenButton"_s), Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(child<QToolButton>(&dialog, u"showTokenButton"_s), Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        token->setFocus();
        QTest::keyClicks(token, u"hf_testtoken123"_s);
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(tokenSaved.count(), 1);
        QCOMPARE(tokenSaved.at(0).at(0).toByteArray(), QByteArray("hf_testtoken123"));

        // Another store on the same file finds it: it really went to disk.
        SecretStore reader(fileOptions());
        bool done = false;
        std::optional<QByteArray> stored;
        reader.read(SecretStore::hubTokenKey(), this, [&](std::optional<QByteArray> value, const QString &) {
            stored = value;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(stored, std::optional<QByteArray>("hf_testtoken123"));

        // Reopened, the dialog says a token is saved and offers to remove it.
        SettingsDialog again(&secrets, &settings, nullptr);
        again.show();
        auto *removeButton = child<QPushButton>(&again, u"removeTokenButton"_s);
        QTRY_VERIFY(removeButton->isEnabled());
        QVERIFY(child<QLabel>(&again, u"tokenStateLabel"_s)->text().startsWith(u"A token is saved"_s));
        QVERIFY(child<QLineEdit>(&again, u"tokenEdit"_s)->text().isEmpty()); // the secret is never shown back
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&again, u"tokenStateLabel"_s)->text().startsWith(u"No token is saved"_s));
    }

    void invalidEndpointIsNotSaved()
    {
        SecretStore secrets(fileOptions());
        const QString iniPath = m_dir->filePath(u"HubLens.ini"_s);
        AppSettings settings(iniPath);
        SettingsDialog dialog(&secrets, &settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *endpoint = child<QLineEdit>(&dialog, u"hubEndpointEdit"_s);
        auto *error = child<QLabel>(&dialog, u"errorLabel"_s);
        QVERIFY(!error->isVisible());
        endpoint->setFocus();
        QTest::keyClicks(endpoint, u"huggingface.co"_s); // no scheme
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"https://"_s), qPrintable(error->text()));
        QVERIFY(settings.hubEndpoint().isEmpty());
        QVERIFY(QSettings(iniPath, QSettings::IniFormat).allKeys().isEmpty());

        endpoint->clear();
        QTest::keyClicks(endpoint, u"http://127.0.0.1:8080"_s);
        QVERIFY(!error->isVisible()); // editing clears the message
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(settings.hubEndpoint(), QUrl(u"http://127.0.0.1:8080"_s));
        QCOMPARE(AppSettings(iniPath).hubEndpoint(), QUrl(u"http://127.0.0.1:8080"_s));
    }

    void languageChoiceIsSavedForTheNextStart()
    {
        SecretStore secrets(fileOptions());
        const QString iniPath = m_dir->filePath(u"HubLens.ini"_s);
        AppSettings settings(iniPath);
        {
            SettingsDialog dialog(&secrets, &settings, nullptr);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *language = child<QComboBox>(&dialog, u"languageCombo"_s);
            QCOMPARE(language->currentData().toString(), QString()); // nothing saved: the system language
            QVERIFY(language->findText(u"Deutsch"_s) > 0);
            QVERIFY(language->findText(u"简体中文"_s) > 0);
            language->setCurrentIndex(language->findData(u"de"_s));
            QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
            QTRY_VERIFY(!dialog.isVisible());
        }
        QCOMPARE(settings.language(), u"de"_s);
        QCOMPARE(AppSettings(iniPath).language(), u"de"_s);

        SettingsDialog again(&secrets, &settings, nullptr);
        auto *language = child<QComboBox>(&again, u"languageCombo"_s);
        QCOMPARE(language->currentText(), u"Deutsch"_s);
        language->setCurrentIndex(0); // back to the system language
        QTest::mouseClick(saveButton(&again), Qt::LeftButton);
        QCOMPARE(settings.language(), QString());
    }

    void environmentOverridesAreShown()
    {
        qputenv("HF_ENDPOINT", "http://env.example");
        SecretStore secrets(fileOptions());
        AppSettings settings(m_dir->filePath(u"HubLens.ini"_s));
        SettingsDialog dialog(&secrets, &settings, nullptr);
        dialog.setEnvironmentTokenSource(u"HF_TOKEN"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *endpointNote = child<QLabel>(&dialog, u"hubEndpointOverrideLabel"_s);
        QVERIFY(endpointNote->isVisible());
        QVERIFY(endpointNote->text().contains(u"http://env.example"_s));
        QVERIFY(!child<QLabel>(&dialog, u"datasetsServerOverrideLabel"_s)->isVisible());
        auto *tokenNote = child<QLabel>(&dialog, u"tokenOverrideLabel"_s);
        QVERIFY(tokenNote->isVisible());
        QVERIFY2(tokenNote->text().contains(u"HF_TOKEN is set in the environment and takes precedence"_s),
            qPrintable(tokenNote->text()));
        QCOMPARE(
            child<QLabel>(&dialog, u"dataDirLabel"_s)->text(), QDir::toNativeSeparators(m_dir->filePath(u"data"_s)));
        QVERIFY(!child<QLineEdit>(&dialog, u"tokenEdit"_s)->accessibleName().isEmpty());
    }

    void clearCacheUpdatesTheSize()
    {
        QString error;
        std::unique_ptr<HubCache> cache = HubCache::open(m_dir->filePath(u"cache.sqlite3"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        CachedResponse response;
        response.url = "https://huggingface.co/api/models/a/b";
        response.status = 200;
        response.body = QByteArray(4000, 'x');
        response.fetchedAt = QDateTime::currentDateTimeUtc();
        cache->store(response);
        cache->waitForDone();

        SecretStore secrets(fileOptions());
        AppSettings settings(m_dir->filePath(u"HubLens.ini"_s));
        SettingsDialog dialog(&secrets, &settings, cache.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *statistics = child<QLabel>(&dialog, u"cacheStatisticsLabel"_s);
        auto *clear = child<QPushButton>(&dialog, u"clearCacheButton"_s);
        QTRY_VERIFY2(statistics->text().endsWith(u"in 1 response"_s), qPrintable(statistics->text()));
        QVERIFY2(statistics->text().contains(u"KB"_s), qPrintable(statistics->text()));
        QVERIFY(clear->isEnabled());

        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(statistics->text(), u"0 B in 0 responses"_s);
        QVERIFY(!clear->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
