// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent>
#include <qt6keychain/keychain.h>

#include "app/core/logging.h"
#include "app/core/paths.h"

using namespace Qt::StringLiterals;

namespace {

struct FileResult
{
    bool ok = false;
    std::optional<QByteArray> value;
    QString error;
};

// The whole file as a JSON object of base64 values. A missing file is an empty object; anything else unreadable is
// an error (never silently replaced: it may hold other secrets).
bool loadSecrets(const QString &path, QJsonObject *secrets, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *secrets = {};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SecretStore::tr("Cannot read the secrets file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error =
            SecretStore::tr("The secrets file %1 is damaged (not a JSON object); delete it and save the secrets again")
                .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *secrets = document.object();
    return true;
}

bool saveSecrets(const QString &path, const QJsonObject &secrets, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = SecretStore::tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = SecretStore::tr("Cannot write the secrets file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Owner-only before a single byte is written (this applies to the temporary file that commit() renames).
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        *error = SecretStore::tr("Cannot restrict the permissions of %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = SecretStore::tr("Cannot write the secrets file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

FileResult fileRead(const QString &path, const QString &key)
{
    FileResult result;
    QJsonObject secrets;
    if (!loadSecrets(path, &secrets, &result.error))
        return result;
    result.ok = true;
    const QJsonValue value = secrets.value(key);
    if (value.isString())
        result.value = QByteArray::fromBase64(value.toString().toLatin1());
    return result;
}

FileResult fileWrite(const QString &path, const QString &key, const std::optional<QByteArray> &value)
{
    FileResult result;
    QJsonObject secrets;
    if (!loadSecrets(path, &secrets, &result.error))
        return result;
    if (value) {
        secrets.insert(key, QString::fromLatin1(value->toBase64()));
    } else {
        if (!secrets.contains(key)) {
            result.ok = true;
            return result;
        }
        secrets.remove(key);
    }
    result.ok = saveSecrets(path, secrets, &result.error);
    return result;
}

bool keychainUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

struct SecretStore::Request
{
    Operation operation = Operation::Read;
    QString key;
    QByteArray value;
    QPointer<QObject> context;
    ReadCallback readDone;
    DoneCallback done;
};

SecretStore::SecretStore(QObject *parent)
    : SecretStore(Options{}, parent)
{
}

SecretStore::SecretStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_service(options.service.isEmpty() ? u"HubLens"_s : options.service)
    , m_filePath(options.filePath.isEmpty() ? Paths::dataDir() + u"/secrets.json"_s : options.filePath)
    , m_backend(options.fileOnly || qEnvironmentVariableIntValue("HUBLENS_SECRETS_FILE_ONLY") == 1 ? Backend::File
                                                                                                   : Backend::Keychain)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

SecretStore::~SecretStore()
{
    m_pool.waitForDone();
}

QString SecretStore::hubTokenKey()
{
    return u"hub-token"_s;
}

SecretStore::Backend SecretStore::backend() const
{
    return m_backend;
}

QString SecretStore::filePath() const
{
    return m_filePath;
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto request = std::make_shared<Request>();
    request->operation = Operation::Read;
    request->key = key;
    request->context = context ? context : this;
    request->readDone = std::move(done);
    m_backend == Backend::Keychain ? runKeychain(request) : runFile(request);
}

void SecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    auto request = std::make_shared<Request>();
    request->operation = Operation::Write;
    request->key = key;
    request->value = value;
    request->context = context ? context : this;
    request->done = std::move(done);
    m_backend == Backend::Keychain ? runKeychain(request) : runFile(request);
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto request = std::make_shared<Request>();
    request->operation = Operation::Remove;
    request->key = key;
    request->context = context ? context : this;
    request->done = std::move(done);
    m_backend == Backend::Keychain ? runKeychain(request) : runFile(request);
}

void SecretStore::waitForDone()
{
    m_pool.waitForDone();
}

void SecretStore::runKeychain(const std::shared_ptr<Request> &request)
{
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setBinaryData(request->value);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(request->key);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (keychainUnavailable(error)) {
            // Only the error text, never the secret.
            qCInfo(lcStorage).noquote() << u"system keychain unavailable (%1); secrets go to %2"_s.arg(
                finished->errorString(), QDir::toNativeSeparators(m_filePath));
            fallBackToFile();
            runFile(request);
            return;
        }
        if (!request->context)
            return;
        if (request->operation == Operation::Read) {
            if (error == QKeychain::NoError)
                request->readDone(qobject_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData(), QString());
            else if (error == QKeychain::EntryNotFound)
                request->readDone(std::nullopt, QString());
            else
                request->readDone(std::nullopt, finished->errorString());
            return;
        }
        const bool ok = error == QKeychain::NoError
            || (request->operation == Operation::Remove && error == QKeychain::EntryNotFound);
        request->done(ok, ok ? QString() : finished->errorString());
    });
    job->start();
}

void SecretStore::runFile(const std::shared_ptr<Request> &request)
{
    const QString path = m_filePath;
    const QString key = request->key;
    // Continuations run on this object's thread; the caller's context is checked there (it may die meanwhile).
    QObject *context = this;
    switch (request->operation) {
    case Operation::Read:
        QtConcurrent::run(&m_pool, [path, key] {
            return fileRead(path, key);
        }).then(context, [request](const FileResult &result) {
            if (request->context)
                request->readDone(result.value, result.error);
        });
        return;
    case Operation::Write:
    case Operation::Remove: {
        std::optional<QByteArray> value;
        if (request->operation == Operation::Write)
            value = request->value;
        QtConcurrent::run(&m_pool, [path, key, value] {
            return fileWrite(path, key, value);
        }).then(context, [request](const FileResult &result) {
            if (request->context)
                request->done(result.ok, result.error);
        });
        return;
    }
    }
}

void SecretStore::fallBackToFile()
{
    if (m_backend == Backend::File)
        return;
    m_backend = Backend::File;
    Q_EMIT backendChanged(m_backend);
}
