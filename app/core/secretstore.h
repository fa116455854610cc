// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>

// Named secrets (the Hub token, later endpoint API keys) in the system keychain through QtKeychain, service "HubLens".
// Every operation is asynchronous; callbacks run on the caller's thread unless `context` died first.
//
// Where no keychain is available (a QtKeychain job fails with NoBackendAvailable, NotImplemented or OtherError, as on
// a headless machine without a Secret Service) the store falls back, for the rest of its life, to a JSON file readable
// only by the user (0600, written atomically): <data dir>/secrets.json or the path given in Options. backend() then
// returns File and backendChanged() is emitted, so the Settings dialog can say where the secret went. The file backend
// is used from the start with Options::fileOnly or HUBLENS_SECRETS_FILE_ONLY=1.
//
// Secrets are never logged, not even at debug level.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend
    {
        Keychain,
        File
    };
    Q_ENUM(Backend)

    struct Options
    {
        bool fileOnly = false; // never try the keychain (tests); HUBLENS_SECRETS_FILE_ONLY=1 does the same
        QString filePath; // empty: Paths::dataDir() + "/secrets.json"
        QString service; // empty: "HubLens"
    };

    using ReadCallback = std::function<void(std::optional<QByteArray> value, QString error)>;
    using DoneCallback = std::function<void(bool ok, QString error)>;

    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(const Options &options, QObject *parent = nullptr);
    ~SecretStore() override;

    Backend backend() const;
    QString filePath() const; // where the file backend keeps (or would keep) the secrets

    // value: std::nullopt when there is no such secret (not an error). error: non-empty when the read failed.
    void read(const QString &key, QObject *context, ReadCallback done);
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done);
    // Removing a missing key succeeds.
    void remove(const QString &key, QObject *context, DoneCallback done);

    // Blocks until queued file operations are done (shutdown and tests only).
    void waitForDone();

    static QString hubTokenKey(); // "hub-token": the Hugging Face access token saved in Settings

Q_SIGNALS:
    void backendChanged(SecretStore::Backend backend);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    struct Request;

    void runKeychain(const std::shared_ptr<Request> &request);
    void runFile(const std::shared_ptr<Request> &request);
    void fallBackToFile();

    QString m_service;
    QString m_filePath;
    Backend m_backend = Backend::Keychain;
    QThreadPool m_pool; // one thread: file operations run in the order they were asked for
};
