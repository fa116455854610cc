// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/curlmulti.h"

#include <algorithm>
#include <climits>
#include <utility>

#include <curl/curl.h>

#include <QSocketNotifier>

#include "app/core/logging.h"
#include "app/net/httpreply.h"

using namespace Qt::StringLiterals;

// Per-socket state attached to curl with curl_multi_assign. One Read and one Write notifier, enabled only for the
// directions curl asks for (a stale enabled notifier spins the loop; see style.md §4.3).
struct CurlMulti::SocketInfo
{
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
};

CurlMulti::CurlMulti(QObject *parent)
    : QObject(parent)
    , m_multi(curl_multi_init())
    , m_userAgent(QByteArrayLiteral("HubLens/" HUBLENS_VERSION))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CurlMulti::onTimeout);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
}

CurlMulti::~CurlMulti()
{
    // Replies still running are told so and detached; their easy handles leave the multi before it is cleaned up.
    const auto transfers = m_transfers.values();
    for (HttpReply *reply : transfers)
        reply->abort();
    m_transfers.clear();
    m_timer.stop();
    // The socket callback may still run during cleanup (cached connections closing), so `this` must be intact.
    curl_multi_cleanup(m_multi);
    m_multi = nullptr;
}

HttpReply *CurlMulti::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(this, request);
    // Start on the next loop iteration so callers can connect to the reply's signals first.
    QMetaObject::invokeMethod(reply, &HttpReply::startAttempt, Qt::QueuedConnection);
    return reply;
}

void CurlMulti::setUserAgent(const QByteArray &userAgent)
{
    m_userAgent = userAgent;
}

QByteArray CurlMulti::userAgent() const
{
    return m_userAgent;
}

int CurlMulti::activeTransfers() const
{
    return static_cast<int>(m_transfers.size());
}

void CurlMulti::addTransfer(HttpReply *reply, CURL *easy)
{
    m_transfers.insert(easy, reply);
    const CURLMcode code = curl_multi_add_handle(m_multi, easy);
    if (code != CURLM_OK)
        qCWarning(lcNet) << "curl_multi_add_handle failed:" << curl_multi_strerror(code);
}

void CurlMulti::removeTransfer(CURL *easy)
{
    if (m_transfers.remove(easy) > 0 && m_multi)
        curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::socketCallback(CURL * /*easy*/, int fd, int what, void *userp, void *socketp)
{
    static_cast<CurlMulti *>(userp)->handleSocket(fd, what, static_cast<SocketInfo *>(socketp));
    return 0;
}

void CurlMulti::handleSocket(int fd, int what, SocketInfo *info)
{
    if (what == CURL_POLL_REMOVE) {
        if (info) {
            // curl closes the fd right after this callback: disable first, delete later (we may be inside the
            // notifier's own activated() emission).
            for (QSocketNotifier *notifier : {info->read, info->write}) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
            delete info;
            curl_multi_assign(m_multi, fd, nullptr);
        }
        return;
    }
    if (!info) {
        info = new SocketInfo;
        info->read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        info->write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        info->read->setEnabled(false);
        info->write->setEnabled(false);
        connect(info->read, &QSocketNotifier::activated, this, [this](QSocketDescriptor socket, QSocketNotifier::Type) {
            onSocketActivated(static_cast<int>(socket), CURL_CSELECT_IN);
        });
        connect(
            info->write, &QSocketNotifier::activated, this, [this](QSocketDescriptor socket, QSocketNotifier::Type) {
                onSocketActivated(static_cast<int>(socket), CURL_CSELECT_OUT);
            });
        curl_multi_assign(m_multi, fd, info);
    }
    info->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    info->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
}

int CurlMulti::timerCallback(CURLM * /*multi*/, long timeoutMs, void *userp)
{
    auto *self = static_cast<CurlMulti *>(userp);
    // Never call back into curl from here: even a 0 ms timeout goes through the event loop.
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(static_cast<int>(std::min<long>(timeoutMs, INT_MAX)));
    return 0;
}

void CurlMulti::onSocketActivated(int fd, int eventMask)
{
    socketAction(fd, eventMask);
}

void CurlMulti::onTimeout()
{
    socketAction(CURL_SOCKET_TIMEOUT, 0);
}

bool CurlMulti::queueFlush(HttpReply *reply)
{
    if (!m_dispatching)
        return false;
    m_flushQueue.append(reply);
    return true;
}

void CurlMulti::socketAction(int fd, int eventMask)
{
    int running = 0;
    m_dispatching = true;
    curl_multi_socket_action(m_multi, fd, eventMask, &running);
    m_dispatching = false;
    // Outside curl now: receivers may abort or start transfers. Data goes out before any completion.
    const QList<QPointer<HttpReply>> flush = std::exchange(m_flushQueue, {});
    for (const QPointer<HttpReply> &reply : flush) {
        if (reply)
            reply->flushPending();
    }
    processMessages();
}

void CurlMulti::processMessages()
{
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        // The message is invalid after curl_multi_remove_handle: copy what we need first.
        CURL *easy = message->easy_handle;
        const CURLcode code = message->data.result;
        HttpReply *reply = m_transfers.value(easy, nullptr);
        removeTransfer(easy);
        if (reply)
            reply->attemptDone(static_cast<int>(code));
    }
}
