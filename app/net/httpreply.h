// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/net/httptypes.h"

class CurlMulti;
struct curl_slist;
typedef void CURL; // NOLINT(modernize-use-using)

// One HTTP exchange made by CurlMulti, including its redirects and retries. Emits dataReceived() for the bytes of a
// 2xx response as they arrive (streaming), retrying() before each new attempt, and finished() exactly once; then it
// deletes itself. abort() ends it at once with NetError::Cancelled. Lives on the CurlMulti's thread.
class HttpReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    ~HttpReply() override;

    const HttpRequest &request() const
    {
        return m_request;
    }
    const HttpResult &result() const
    {
        return m_result;
    }
    bool isFinished() const
    {
        return m_finished;
    }
    // Milliseconds from send() to the first body byte of the final response; -1 before it.
    qint64 firstByteMs() const
    {
        return m_firstByteMs;
    }
    void abort();

Q_SIGNALS:
    void headersReceived(int status, const HttpHeaders &headers);
    void dataReceived(const QByteArray &chunk);
    void retrying(int retry, int delayMs, const QString &reason);
    void finished();

private:
    friend class CurlMulti;
    HttpReply(CurlMulti *multi, const HttpRequest &request);

    void startAttempt();
    void stopTransfer();
    void attemptDone(int curlCode); // called by CurlMulti outside curl callbacks
    void finishAttempt(int curlCode);
    void flushPending();
    void finish();
    void failWith(NetError error, const QString &message);
    void scheduleFlush();
    void onIdleTimeout();
    static size_t writeCallback(char *data, size_t size, size_t count, void *userp);
    static size_t headerCallback(char *data, size_t size, size_t count, void *userp);

    QPointer<CurlMulti> m_multi;
    HttpRequest m_request;
    HttpResult m_result;
    QUrl m_currentUrl;
    QByteArray m_currentMethod;
    QByteArray m_currentBody;
    bool m_sendSecrets = true;
    CURL *m_easy = nullptr;
    curl_slist *m_headerList = nullptr;
    char *m_errorBuffer = nullptr;
    HttpHeaders m_attemptHeaders;
    int m_attemptStatus = 0;
    bool m_headersDone = false;
    bool m_deliveredData = false; // bytes of this attempt were handed to the caller: no retry possible
    bool m_bodyTooLarge = false;
    bool m_idleExpired = false;
    bool m_headersPending = false; // headersReceived() not yet emitted for this attempt
    int m_pendingStatus = 0;
    HttpHeaders m_pendingHeaders;
    qint64 m_lastActivityMs = 0; // m_clock time of the last header or body bytes
    bool m_flushScheduled = false;
    bool m_finished = false;
    QByteArray m_pending;
    QByteArray m_attemptBody;
    qint64 m_firstByteMs = -1;
    int m_retries = 0;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
};
