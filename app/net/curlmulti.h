// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/net/httptypes.h"

class HttpReply;
class QSocketNotifier;
typedef void CURLM; // NOLINT(modernize-use-using): matches curl's own declaration
typedef void CURL; // NOLINT(modernize-use-using)

// The HTTP engine: one libcurl multi handle driven by the Qt event loop of the thread it lives in (QSocketNotifier per
// socket, one single-shot QTimer for curl's timeouts). Nothing blocks; every signal reaches user code queued, never
// from inside a curl callback. send() returns a reply that deletes itself after finished().
class CurlMulti final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlMulti)

public:
    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    HttpReply *send(const HttpRequest &request);
    void setUserAgent(const QByteArray &userAgent);
    QByteArray userAgent() const;
    int activeTransfers() const;

    // For HttpReply: start/stop one attempt of a transfer.
    void addTransfer(HttpReply *reply, CURL *easy);
    void removeTransfer(CURL *easy);
    // For HttpReply: while curl is delivering data (inside curl_multi_socket_action), a reply with new data asks
    // to be flushed right after curl returns, instead of posting an event per chunk. Returns false outside that
    // window; the reply then posts its own flush.
    bool queueFlush(HttpReply *reply);

private:
    struct SocketInfo;
    static int socketCallback(CURL *easy, int fd, int what, void *userp, void *socketp);
    static int timerCallback(CURLM *multi, long timeoutMs, void *userp);
    void handleSocket(int fd, int what, SocketInfo *info);
    void onSocketActivated(int fd, int eventMask);
    void onTimeout();
    void socketAction(int fd, int eventMask);
    void processMessages();

    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QByteArray m_userAgent;
    QHash<CURL *, HttpReply *> m_transfers;
    bool m_dispatching = false;
    QList<QPointer<HttpReply>> m_flushQueue;
};
