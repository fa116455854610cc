// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/httpreply.h"

#include <curl/curl.h>

#include <QDateTime>

#include "app/core/logging.h"
#include "app/core/redact.h"
#include "app/net/curlmulti.h"

using namespace Qt::StringLiterals;

namespace {

NetError mapCurlCode(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return NetError::None;
    case CURLE_COULDNT_RESOLVE_HOST:
        return NetError::HostNotFound;
    case CURLE_COULDNT_RESOLVE_PROXY:
        return NetError::Proxy;
    case CURLE_COULDNT_CONNECT:
        return NetError::ConnectionRefused;
    case CURLE_OPERATION_TIMEDOUT:
        return NetError::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
        return NetError::Tls;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return NetError::ConnectionClosed;
    case CURLE_ABORTED_BY_CALLBACK:
        return NetError::Cancelled;
    default:
        return NetError::Other;
    }
}

bool isTransient(NetError error)
{
    return error == NetError::ConnectionRefused || error == NetError::ConnectionClosed || error == NetError::Timeout
        || error == NetError::IdleTimeout;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

HttpReply::HttpReply(CurlMulti *multi, const HttpRequest &request)
    : QObject(multi)
    , m_multi(multi)
    , m_request(request)
    , m_currentUrl(request.url)
    , m_currentMethod(request.method.toUpper())
    , m_currentBody(request.body)
    , m_errorBuffer(new char[CURL_ERROR_SIZE])
{
    m_errorBuffer[0] = '\0';
    m_clock.start();
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpReply::onIdleTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpReply::startAttempt);
}

HttpReply::~HttpReply()
{
    stopTransfer();
    delete[] m_errorBuffer;
}

void HttpReply::startAttempt()
{
    if (m_finished)
        return;
    if (!m_multi) {
        failWith(NetError::Cancelled, u"the network engine was shut down"_s);
        return;
    }
    m_attemptHeaders.clear();
    m_attemptStatus = 0;
    m_headersDone = false;
    m_deliveredData = false;
    m_bodyTooLarge = false;
    m_idleExpired = false;
    m_attemptBody.clear();
    m_pending.clear();
    m_headersPending = false;
    m_pendingHeaders.clear();
    m_errorBuffer[0] = '\0';

    m_easy = curl_easy_init();
    CURL *easy = m_easy;
    const QByteArray url = m_currentUrl.toEncoded();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, this);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &HttpReply::writeCallback);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &HttpReply::headerCallback);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L); // redirects are followed here, so secrets stay on their host
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS)); // h2, else HTTP/1.1
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_request.connectTimeoutMs));
    if (m_request.totalTimeoutMs > 0)
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(m_request.totalTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_USERAGENT, m_multi->userAgent().constData());
    // Proxy variables (http_proxy, https_proxy, no_proxy) are honoured by libcurl itself; loopback never goes
    // through a proxy unless no_proxy says otherwise.
    if (qEnvironmentVariableIsEmpty("no_proxy") && qEnvironmentVariableIsEmpty("NO_PROXY"))
        curl_easy_setopt(easy, CURLOPT_NOPROXY, "localhost,127.0.0.1,::1");
    // TLS peer and host verification stay at libcurl's defaults (on); there is deliberately no way to turn them off.

    if (m_currentMethod == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (m_currentMethod == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(m_currentBody.size()));
        curl_easy_setopt(easy, CURLOPT_COPYPOSTFIELDS, m_currentBody.constData());
        if (m_currentMethod != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, m_currentMethod.constData());
    }

    curl_slist *list = nullptr;
    const bool sameOrigin = isSameOrigin(m_currentUrl, m_request.url);
    for (const auto &[name, value] : m_request.headers) {
        if (Redact::isSecretHeader(name) && (!m_sendSecrets || !sameOrigin))
            continue;
        list = curl_slist_append(list, QByteArray(name + ": " + value).constData());
    }
    if (!m_request.bearerToken.isEmpty() && m_sendSecrets && sameOrigin)
        list = curl_slist_append(list, QByteArray("Authorization: Bearer " + m_request.bearerToken).constData());
    list = curl_slist_append(list, "Expect:"); // no 100-continue round trip for POST bodies
    m_headerList = list;
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headerList);

    qCDebug(lcNet).noquote() << m_currentMethod << Redact::url(m_currentUrl);
    // The idle timer is not restarted per chunk (thousands of timer re-registrations a second when streaming):
    // callbacks only note the time, and the timer re-arms itself for what is left when it fires early.
    m_lastActivityMs = m_clock.elapsed();
    if (m_request.idleTimeoutMs > 0)
        m_idleTimer.start(m_request.idleTimeoutMs);
    m_multi->addTransfer(this, easy);
}

void HttpReply::stopTransfer()
{
    m_idleTimer.stop();
    if (m_easy) {
        if (m_multi)
            m_multi->removeTransfer(m_easy);
        curl_easy_cleanup(m_easy);
        m_easy = nullptr;
    }
    if (m_headerList) {
        curl_slist_free_all(m_headerList);
        m_headerList = nullptr;
    }
}

void HttpReply::attemptDone(int curlCode)
{
    stopTransfer();
    // Queued, so that user code never runs inside CurlMulti's processing and pending data is delivered first.
    QMetaObject::invokeMethod(
        this, [this, curlCode] { finishAttempt(curlCode); }, Qt::QueuedConnection);
}

void HttpReply::finishAttempt(int curlCode)
{
    if (m_finished)
        return;
    flushPending();
    if (m_finished) // a dataReceived() receiver aborted us
        return;

    NetError error = mapCurlCode(static_cast<CURLcode>(curlCode));
    QString message;
    if (m_bodyTooLarge) {
        error = NetError::TooLarge;
        message = u"the response is larger than %1 bytes"_s.arg(m_request.maxBodyBytes);
    } else if (m_idleExpired) {
        error = NetError::IdleTimeout;
        message = u"no data received for %1 s"_s.arg(m_request.idleTimeoutMs / 1000.0);
    } else if (error != NetError::None) {
        message = Redact::text(
            QString::fromUtf8(m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(static_cast<CURLcode>(curlCode))));
    }

    if (error == NetError::None && isRedirect(m_attemptStatus) && m_request.redirects != RedirectPolicy::None) {
        const QByteArray location = headerValue(m_attemptHeaders, "location");
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location.trimmed()));
        const bool relative = QUrl::fromEncoded(location.trimmed()).isRelative();
        const bool allowed = !location.isEmpty() && target.isValid()
            && (m_request.redirects == RedirectPolicy::Any || relative || isSameOrigin(target, m_currentUrl));
        if (allowed) {
            if (++m_result.redirects > m_request.maxRedirects) {
                failWith(NetError::TooManyRedirects, u"more than %1 redirects"_s.arg(m_request.maxRedirects));
                return;
            }
            if (!isSameOrigin(target, m_request.url))
                m_sendSecrets = false; // never again for this reply, even if a later hop comes back
            if (m_attemptStatus == 303
                || ((m_attemptStatus == 301 || m_attemptStatus == 302) && m_currentMethod == "POST")) {
                m_currentMethod = "GET";
                m_currentBody.clear();
            }
            qCDebug(lcNet).noquote() << "redirect" << m_attemptStatus << "to" << Redact::url(target);
            m_currentUrl = target;
            startAttempt();
            return;
        }
    }

    m_result.error = error;
    m_result.errorString = message;
    m_result.curlCode = curlCode;
    m_result.status = m_attemptStatus;
    m_result.headers = m_attemptHeaders;
    m_result.body = m_attemptBody;
    m_result.url = m_currentUrl;

    const bool retryable = (error == NetError::None && Retry::isRetryableStatus(m_attemptStatus))
        || (isTransient(error) && m_request.retry.retryNetworkErrors);
    if (retryable && !m_deliveredData && m_retries < m_request.retry.maxRetries) {
        const qint64 serverDelay = Retry::serverDelayMs(m_attemptHeaders, QDateTime::currentDateTimeUtc());
        if (serverDelay <= m_request.retry.maxServerDelayMs) {
            ++m_retries;
            const int delay =
                serverDelay >= 0 ? static_cast<int>(serverDelay) : Retry::backoffDelayMs(m_request.retry, m_retries);
            const QString reason = error != NetError::None ? netErrorName(error) : u"HTTP %1"_s.arg(m_attemptStatus);
            qCInfo(lcNet).noquote() << "retry" << m_retries << "in" << delay << "ms after" << reason << "for"
                                    << Redact::url(m_currentUrl);
            Q_EMIT retrying(m_retries, delay, reason);
            if (m_finished) // aborted from the retrying() receiver
                return;
            m_retryTimer.start(delay);
            return;
        }
    }
    qCDebug(lcNet).noquote() << m_currentMethod << Redact::url(m_currentUrl) << "->" << m_attemptStatus
                             << netErrorName(error) << m_clock.elapsed() << "ms";
    finish();
}

void HttpReply::failWith(NetError error, const QString &message)
{
    stopTransfer();
    m_result.error = error;
    m_result.errorString = message;
    m_result.url = m_currentUrl;
    finish();
}

void HttpReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer.stop();
    m_retryTimer.stop();
    m_result.attempts = m_retries + 1;
    m_result.elapsedMs = m_clock.elapsed();
    Q_EMIT finished();
    deleteLater();
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    stopTransfer();
    m_pending.clear();
    m_result.error = NetError::Cancelled;
    m_result.errorString = u"cancelled"_s;
    m_result.url = m_currentUrl;
    m_result.attempts = m_retries + 1;
    m_result.elapsedMs = m_clock.elapsed();
    m_finished = true;
    m_retryTimer.stop();
    // finished() still arrives, queued, so that owners can clean up in one place.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

void HttpReply::onIdleTimeout()
{
    if (m_finished || !m_easy)
        return;
    const qint64 idle = m_clock.elapsed() - m_lastActivityMs;
    if (idle < m_request.idleTimeoutMs) {
        m_idleTimer.start(int(m_request.idleTimeoutMs - idle));
        return;
    }
    m_idleExpired = true;
    stopTransfer();
    finishAttempt(CURLE_OPERATION_TIMEDOUT);
}

void HttpReply::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    if (!m_multi || !m_multi->queueFlush(this))
        QMetaObject::invokeMethod(this, &HttpReply::flushPending, Qt::QueuedConnection);
}

void HttpReply::flushPending()
{
    m_flushScheduled = false;
    if (m_finished)
        return;
    if (m_headersPending) {
        m_headersPending = false;
        Q_EMIT headersReceived(m_pendingStatus, std::exchange(m_pendingHeaders, {}));
        if (m_finished) // a receiver aborted us
            return;
    }
    if (m_pending.isEmpty())
        return;
    const QByteArray chunk = std::exchange(m_pending, {});
    Q_EMIT dataReceived(chunk);
}

size_t HttpReply::writeCallback(char *data, size_t size, size_t count, void *userp)
{
    auto *self = static_cast<HttpReply *>(userp);
    const size_t bytes = size * count;
    self->m_lastActivityMs = self->m_clock.elapsed();
    const bool success = self->m_attemptStatus >= 200 && self->m_attemptStatus < 300;
    const bool keep = !success || self->m_request.accumulateBody;
    if (keep && self->m_attemptBody.size() + qint64(bytes) > self->m_request.maxBodyBytes) {
        self->m_bodyTooLarge = true;
        return 0; // CURLE_WRITE_ERROR ends the transfer
    }
    if (keep)
        self->m_attemptBody.append(data, static_cast<qsizetype>(bytes));
    if (success && bytes > 0) {
        if (self->m_firstByteMs < 0)
            self->m_firstByteMs = self->m_clock.elapsed();
        self->m_deliveredData = true;
        self->m_pending.append(data, static_cast<qsizetype>(bytes));
        self->scheduleFlush();
    }
    return bytes;
}

size_t HttpReply::headerCallback(char *data, size_t size, size_t count, void *userp)
{
    auto *self = static_cast<HttpReply *>(userp);
    const size_t bytes = size * count;
    self->m_lastActivityMs = self->m_clock.elapsed();
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response block (after 100 Continue, or the only one).
        self->m_attemptHeaders.clear();
        self->m_headersDone = false;
        const QList<QByteArray> parts = line.split(' ');
        self->m_attemptStatus = parts.size() > 1 ? parts.at(1).toInt() : 0;
    } else if (line.isEmpty()) {
        if (self->m_attemptStatus >= 200 && !self->m_headersDone) {
            self->m_headersDone = true;
            const bool followed = isRedirect(self->m_attemptStatus) && self->m_request.redirects != RedirectPolicy::None
                && !headerValue(self->m_attemptHeaders, "location").isEmpty();
            if (!followed) {
                // Delivered with the data, in order, once curl has returned (see flushPending()).
                self->m_headersPending = true;
                self->m_pendingStatus = self->m_attemptStatus;
                self->m_pendingHeaders = self->m_attemptHeaders;
                self->scheduleFlush();
            }
        }
    } else {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            self->m_attemptHeaders.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return bytes;
}
