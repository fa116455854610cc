// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testserver.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include "tests/support/fixtures.h"

using namespace Qt::StringLiterals;

QByteArray TestRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList TestRequest::queryValues(const QString &key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

TestResponse TestResponse::json(const QByteArray &body, int status)
{
    TestResponse response;
    response.status = status;
    response.body = body;
    response.withHeader("content-type", "application/json; charset=utf-8");
    return response;
}

TestResponse TestResponse::text(const QByteArray &body, int status)
{
    TestResponse response;
    response.status = status;
    response.body = body;
    response.withHeader("content-type", "text/plain; charset=utf-8");
    return response;
}

TestResponse TestResponse::trickle(const QByteArray &body, int pieces, int intervalMs, int status)
{
    TestResponse response;
    response.status = status;
    response.withHeader("content-type", "application/json; charset=utf-8");
    pieces = std::max(1, pieces);
    const qsizetype step = std::max<qsizetype>(1, (body.size() + pieces - 1) / pieces);
    for (qsizetype pos = 0; pos < body.size(); pos += step)
        response.chunks.append({body.mid(pos, step), intervalMs});
    return response;
}

TestResponse TestResponse::fixture(const QString &metaRelativePath)
{
    TestResponse out;
    const QJsonObject meta = QJsonDocument::fromJson(Fixtures::read(metaRelativePath)).object();
    const QJsonObject response = meta.value(u"response"_s).toObject();
    out.status = response.value(u"status"_s).toInt(200);
    const QJsonValue headers = response.value(u"headers"_s);
    static const QList<QByteArray> skipped = {
        "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"};
    if (headers.isObject()) {
        const QJsonObject object = headers.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray name = it.key().toLatin1().toLower();
            if (skipped.contains(name))
                continue;
            const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &value : values)
                out.headers.append({name, value.toString().toUtf8()});
        }
    }
    const QString contentType = response.value(u"content_type"_s).toString();
    if (!contentType.isEmpty()) {
        bool has = false;
        for (const auto &header : std::as_const(out.headers))
            has = has || header.first == "content-type";
        if (!has)
            out.withHeader("content-type", contentType.toUtf8());
    }
    const QString bodyFile = response.value(u"body_file"_s).toString();
    if (!bodyFile.isEmpty())
        out.body = Fixtures::read(QFileInfo(metaRelativePath).path() + u'/' + bodyFile);
    return out;
}

TestResponse &TestResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name.toLower(), value});
    return *this;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

// One client connection: parses requests (keep-alive, one at a time) and writes scripted responses.
class TestConnection final : public QObject
{
public:
    TestConnection(QTcpSocket *socket, TestServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
    {
        connect(socket, &QTcpSocket::readyRead, this, &TestConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer.append(m_socket->readAll());
        tryHandle();
    }

    void tryHandle()
    {
        if (m_busy)
            return;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        TestRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (m_buffer.size() < headerEnd + 4 + contentLength)
            return;
        request.body = m_buffer.mid(headerEnd + 4, contentLength);
        m_buffer.remove(0, headerEnd + 4 + contentLength);
        const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + request.target);
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        m_busy = true;
        m_head = request.method == "HEAD";
        const TestResponse response = m_server->dispatch(request);
        QPointer<TestConnection> self(this);
        QTimer::singleShot(response.delayMs, this, [self, response] {
            if (self)
                self->send(response);
        });
    }

    void send(const TestResponse &response)
    {
        if (response.closeWithoutResponse) {
            m_socket->abort();
            return;
        }
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        const bool chunked = !response.chunks.isEmpty();
        if (chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (response.status != 304 && response.status != 204)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += "\r\n";
        m_socket->write(head);
        if (m_head) {
            done();
            return;
        }
        if (!chunked) {
            if (response.dropAfterBodyBytes >= 0 && response.dropAfterBodyBytes < response.body.size()) {
                m_socket->write(response.body.left(response.dropAfterBodyBytes));
                m_socket->disconnectFromHost();
                return;
            }
            m_socket->write(response.body);
            done();
            return;
        }
        m_chunks = response.chunks;
        m_dropAfter = response.dropAfterBodyBytes;
        m_sentBody = 0;
        sendNextChunk();
    }

    void sendNextChunk()
    {
        if (m_chunks.isEmpty()) {
            m_socket->write("0\r\n\r\n");
            done();
            return;
        }
        const TestResponse::Chunk chunk = m_chunks.takeFirst();
        QPointer<TestConnection> self(this);
        auto write = [self, chunk] {
            if (!self || self->m_socket->state() != QAbstractSocket::ConnectedState)
                return;
            QByteArray data = chunk.data;
            bool drop = false;
            if (self->m_dropAfter >= 0 && self->m_sentBody + data.size() >= self->m_dropAfter) {
                data = data.left(self->m_dropAfter - self->m_sentBody);
                drop = true;
            }
            if (!data.isEmpty())
                self->m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
            self->m_sentBody += data.size();
            self->m_socket->flush();
            if (drop) {
                self->m_socket->disconnectFromHost();
                return;
            }
            self->sendNextChunk();
        };
        if (chunk.delayMs > 0)
            QTimer::singleShot(chunk.delayMs, this, write);
        else
            write();
    }

    void done()
    {
        m_socket->flush();
        m_busy = false;
        if (!m_buffer.isEmpty())
            tryHandle();
    }

    QTcpSocket *m_socket;
    TestServer *m_server;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_head = false;
    QList<TestResponse::Chunk> m_chunks;
    qint64 m_dropAfter = -1;
    qint64 m_sentBody = 0;
};

class TestServerWorker final : public QObject
{
public:
    explicit TestServerWorker(TestServer *server)
        : m_server(server)
    {
    }

    quint16 listen(quint16 port)
    {
        m_tcp = new QTcpServer(this);
        if (!m_tcp->listen(QHostAddress::LocalHost, port))
            return 0;
        connect(m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
                socket->setParent(this);
                // No Nagle delay: streamed chunks must leave when written, or timings measure the server's socket.
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                new TestConnection(socket, m_server);
            }
        });
        return m_tcp->serverPort();
    }

    void shutdown()
    {
        if (m_tcp)
            m_tcp->close();
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }

private:
    TestServer *m_server;
    QTcpServer *m_tcp = nullptr;
};

TestServer::TestServer(QObject *parent)
    : QObject(parent)
{
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(quint16 port)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(u"TestServer"_s);
    m_worker = new TestServerWorker(this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, port, &bound] { bound = m_worker->listen(port); }, Qt::BlockingQueuedConnection);
    m_port = bound;
    return bound != 0;
}

void TestServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_worker->shutdown();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

quint16 TestServer::port() const
{
    return m_port;
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port.load()).arg(pathAndQuery));
}

void TestServer::route(const QByteArray &method, const QString &path, TestHandler handler)
{
    QMutexLocker lock(&m_mutex);
    Route route;
    route.method = method;
    route.prefix = path.endsWith(u'*');
    route.path = route.prefix ? path.chopped(1) : path;
    route.handler = std::move(handler);
    m_routes.prepend(std::move(route));
}

void TestServer::setFallback(TestHandler handler)
{
    QMutexLocker lock(&m_mutex);
    m_fallback = std::move(handler);
}

void TestServer::clearRoutes()
{
    QMutexLocker lock(&m_mutex);
    m_routes.clear();
    m_fallback = {};
}

QList<TestRequest> TestServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int TestServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    if (path.isEmpty())
        return static_cast<int>(m_requests.size());
    return static_cast<int>(std::count_if(
        m_requests.cbegin(), m_requests.cend(), [&path](const TestRequest &request) { return request.path == path; }));
}

void TestServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

TestResponse TestServer::dispatch(const TestRequest &request)
{
    TestHandler handler;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        for (const Route &route : std::as_const(m_routes)) {
            if (!route.method.isEmpty() && route.method != request.method)
                continue;
            if (route.prefix ? request.path.startsWith(route.path) : request.path == route.path) {
                handler = route.handler;
                break;
            }
        }
        if (!handler)
            handler = m_fallback;
    }
    if (!handler)
        return TestResponse::json(R"({"error":"Not found"})", 404);
    return handler(request);
}

void TestServer::servePaginated(const QString &path, const QList<QByteArray> &items, int defaultPageSize)
{
    // Only the raw bytes and the fields the filters look at are kept, extracted once: a request scans every item, and
    // the benchmarks page through 10,000 of them in the same process, so per-request JSON lookups or a parsed object
    // per item would make the server, not the client, what is measured (time and memory). `sort` parses on demand.
    struct Item
    {
        QByteArray bytes;
        QString id;
        QString pipelineTag;
        QByteArray tags; // UTF-8, each tag between '\n's: "\nen\nlicense:mit\n"
    };
    auto parsed = std::make_shared<QList<Item>>();
    parsed->reserve(items.size());
    for (const QByteArray &bytes : items) {
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        QByteArray tags = "\n";
        for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
            tags += tag.toString().toUtf8() + '\n';
        parsed->append({bytes, object.value(u"id"_s).toString(), object.value(u"pipeline_tag"_s).toString(), tags});
    }

    route("GET", path, [this, parsed, defaultPageSize, path](const TestRequest &request) {
        const QString search = request.query.queryItemValue(u"search"_s, QUrl::FullyDecoded);
        const QString author = request.query.queryItemValue(u"author"_s, QUrl::FullyDecoded);
        const QStringList filters = request.queryValues(u"filter"_s);
        const QString task = request.query.queryItemValue(u"pipeline_tag"_s, QUrl::FullyDecoded);
        const QString sort = request.query.queryItemValue(u"sort"_s, QUrl::FullyDecoded);
        const int limit =
            request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : defaultPageSize;
        if (limit <= 0)
            return TestResponse::json(R"({"error":"\"limit\" must be a positive number"})", 400);
        qsizetype offset = 0;
        if (request.query.hasQueryItem(u"cursor"_s)) {
            const QByteArray cursor = request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded).toLatin1();
            if (cursor.isEmpty())
                return TestResponse::json(R"({"error":"\"cursor\" is not allowed to be empty"})", 400);
            offset = QJsonDocument::fromJson(QByteArray::fromBase64(cursor)).object().value(u"$skip"_s).toInteger(-1);
            if (offset < 0)
                return TestResponse::json(R"({"error":"Invalid cursor"})", 400);
        }
        QList<const Item *> matching;
        matching.reserve(parsed->size());
        const QString authorPrefix = author + u'/';
        QByteArrayList tagNeedles;
        for (const QString &filter : filters)
            tagNeedles.append('\n' + filter.toUtf8() + '\n');
        for (const Item &item : std::as_const(*parsed)) {
            if (!search.isEmpty() && !item.id.contains(search, Qt::CaseInsensitive))
                continue;
            if (!author.isEmpty() && !item.id.startsWith(authorPrefix))
                continue;
            if (!task.isEmpty() && item.pipelineTag != task)
                continue;
            bool all = true;
            for (const QByteArray &needle : std::as_const(tagNeedles))
                all = all && item.tags.contains(needle);
            if (!all)
                continue;
            matching.append(&item);
        }
        if (!sort.isEmpty()) {
            QList<QPair<const Item *, QJsonValue>> keyed;
            keyed.reserve(matching.size());
            for (const Item *item : std::as_const(matching))
                keyed.append({item, QJsonDocument::fromJson(item->bytes).object().value(sort)});
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
                if (a.second.isString() || b.second.isString())
                    return a.second.toString() > b.second.toString();
                return a.second.toDouble() > b.second.toDouble();
            });
            for (qsizetype i = 0; i < keyed.size(); ++i)
                matching[i] = keyed.at(i).first;
        }
        QByteArray body = "[";
        const qsizetype end = std::min<qsizetype>(matching.size(), offset + limit);
        for (qsizetype i = offset; i < end; ++i) {
            if (i > offset)
                body += ',';
            body += matching.at(i)->bytes;
        }
        body += ']';
        TestResponse response = TestResponse::json(body);
        if (end < matching.size()) {
            // Like the Hub: the next URL repeats the query and adds an opaque, percent-encoded cursor.
            QUrlQuery next = request.query;
            next.removeAllQueryItems(u"cursor"_s);
            const QByteArray cursor =
                QJsonDocument(QJsonObject{{u"$skip"_s, qint64(end)}}).toJson(QJsonDocument::Compact).toBase64();
            QByteArray nextQuery = next.query(QUrl::FullyEncoded).toLatin1();
            if (!nextQuery.isEmpty())
                nextQuery += '&';
            nextQuery += "cursor=" + cursor.toPercentEncoding();
            const QByteArray link = "<" + url(path).toEncoded() + "?" + nextQuery + ">; rel=\"next\"";
            response.withHeader("link", link);
        }
        return response;
    });
}

namespace TestData {

QList<QByteArray> modelListItems(int count, const QString &idPrefix)
{
    static const QStringList tasks = {u"text-generation"_s, u"text-classification"_s, u"image-text-to-text"_s,
        u"automatic-speech-recognition"_s, u"feature-extraction"_s};
    static const QStringList libraries = {u"transformers"_s, u"gguf"_s, u"sentence-transformers"_s, u"diffusers"_s};
    static const QStringList licenses = {u"apache-2.0"_s, u"mit"_s, u"llama3.1"_s, u"other"_s};
    static const QStringList architectures = {u"llama"_s, u"mistral"_s, u"qwen2"_s, u"bert"_s, u"gemma2"_s, u"phi3"_s};
    static const QStringList languages = {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"pt"_s, u"zh"_s, u"ja"_s};
    static const QStringList providers = {u"together"_s, u"novita"_s, u"fireworks-ai"_s, u"hf-inference"_s};
    QList<QByteArray> items;
    items.reserve(count);
    const QDateTime base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QString task = tasks.at(i % tasks.size());
        const QString library = libraries.at(i % libraries.size());
        const QString license = licenses.at(i % licenses.size());
        const QString author = u"%1-%2"_s.arg(idPrefix).arg(i % 37);
        QJsonObject item;
        item[u"_id"_s] = u"%1"_s.arg(0x6500000000000000ULL + quint64(i), 24, 16, QLatin1Char('0'));
        item[u"id"_s] = u"%1/%2-llama-%3b-v%4"_s.arg(author, i % 3 ? u"tiny"_s : u"chat"_s).arg(i % 70 + 1).arg(i);
        item[u"author"_s] = author;
        item[u"downloads"_s] = qint64(1000000 - i * 7 % 1000000);
        item[u"likes"_s] = qint64((i * 13) % 5000);
        item[u"trendingScore"_s] = qint64((i * 31) % 400);
        item[u"pipeline_tag"_s] = task;
        item[u"library_name"_s] = library;
        item[u"lastModified"_s] = base.addSecs(qint64(i) * 3600).toString(Qt::ISODateWithMs);
        item[u"createdAt"_s] = base.addSecs(qint64(i) * 60).toString(Qt::ISODateWithMs);
        item[u"private"_s] = false;
        item[u"gated"_s] =
            i % 11 == 0 ? QJsonValue(u"manual"_s) : (i % 7 == 0 ? QJsonValue(u"auto"_s) : QJsonValue(false));
        // Shaped like real listing tags (FX Llama-3.1-8B-Instruct has 25, zephyr-7b-beta 20): library, formats,
        // architecture, task, languages, arxiv/dataset/base_model references, license, capability and region tags.
        QStringList tags = {library, u"safetensors"_s, architectures.at(i % architectures.size()), task};
        if (task == u"text-generation"_s)
            tags << u"conversational"_s;
        for (int l = 0; l <= i % languages.size(); ++l)
            tags << languages.at(l);
        if (i % 2 == 0)
            tags << u"arxiv:%1.%2"_s.arg(2204 + i % 20).arg(10000 + i % 9000);
        if (i % 4 == 0)
            tags << u"dataset:%1/corpus-%2"_s.arg(author).arg(i % 50);
        if (i % 5 != 0) {
            const QString baseModel = u"base-org/base-model-%1b"_s.arg(i % 70 + 1);
            tags << u"base_model:"_s + baseModel << u"base_model:finetune:"_s + baseModel;
        }
        tags << u"license:"_s + license << u"autotrain_compatible"_s << u"text-generation-inference"_s
             << u"endpoints_compatible"_s << u"region:us"_s;
        item[u"tags"_s] = QJsonArray::fromStringList(tags);
        item[u"sha"_s] = u"%1"_s.arg(quint64(i) * 2654435761ULL, 40, 16, QLatin1Char('0'));
        // The list form of the listing endpoint; one model in three is served, by up to four providers.
        QJsonArray providerList;
        if (i % 3 == 0) {
            for (int p = 0; p <= i % providers.size(); ++p) {
                QJsonObject entry{{u"provider"_s, providers.at(p)}, {u"providerId"_s, u"org/model-%1"_s.arg(i)},
                    {u"status"_s, (i + p) % 2 ? u"staging"_s : u"live"_s}, {u"task"_s, u"conversational"_s}};
                if (p == 0 && i % 9 == 0) {
                    entry[u"adapter"_s] = u"lora"_s;
                    entry[u"adapterWeightsPath"_s] = u"adapter_model.safetensors"_s;
                }
                providerList.append(entry);
            }
        }
        item[u"inferenceProviderMapping"_s] = providerList;
        const qint64 bf16 = qint64(i + 1) * 1000000;
        const qint64 f32 = i % 4 == 0 ? qint64(i % 97 + 1) * 4096 : 0;
        QJsonObject dtypes{{u"BF16"_s, bf16}};
        if (f32 > 0)
            dtypes[u"F32"_s] = f32;
        item[u"safetensors"_s] = QJsonObject{{u"parameters"_s, dtypes}, {u"total"_s, bf16 + f32}};
        items.append(QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
    return items;
}

QList<QByteArray> datasetListItems(int count)
{
    QList<QByteArray> items;
    const QDateTime base = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        QJsonObject item;
        item[u"_id"_s] = u"%1"_s.arg(0x6600000000000000ULL + quint64(i), 24, 16, QLatin1Char('0'));
        item[u"id"_s] = u"datasets-org-%1/corpus-%2"_s.arg(i % 13).arg(i);
        item[u"author"_s] = u"datasets-org-%1"_s.arg(i % 13);
        item[u"downloads"_s] = qint64(500000 - i * 11 % 500000);
        item[u"likes"_s] = qint64((i * 7) % 900);
        item[u"trendingScore"_s] = qint64(i % 50);
        item[u"lastModified"_s] = base.addSecs(qint64(i) * 7200).toString(Qt::ISODateWithMs);
        item[u"createdAt"_s] = base.addSecs(qint64(i) * 120).toString(Qt::ISODateWithMs);
        item[u"private"_s] = false;
        item[u"gated"_s] = i % 9 == 0 ? QJsonValue(u"auto"_s) : QJsonValue(false);
        item[u"tags"_s] = QJsonArray::fromStringList({u"task_categories:text-classification"_s, u"language:en"_s,
            u"size_categories:10K<n<100K"_s, u"license:mit"_s});
        items.append(QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
    return items;
}

} // namespace TestData
