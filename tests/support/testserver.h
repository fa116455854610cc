// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QThread;
class TestServerWorker;

// A loopback HTTP/1.1 server for tests and demos. It listens on 127.0.0.1 only, runs on its own thread (so a test can
// block or measure the client without starving it), replays recorded fixtures with their headers, serves generated
// paginated listings with Link headers, and scripts faults: delays, trickling bytes, dropped connections, 429/5xx.
// Handlers run on the server thread and must be thread-safe.
struct TestRequest
{
    QByteArray method;
    QByteArray target; // path and query exactly as sent
    QString path; // decoded path
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QStringList queryValues(const QString &key) const; // every value of a repeated key, decoded
};

struct TestResponse
{
    struct Chunk
    {
        QByteArray data;
        int delayMs = 0; // wait before sending this chunk
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // sent with Content-Length unless `chunks` is set
    QList<Chunk> chunks; // sent with Transfer-Encoding: chunked, one HTTP chunk each
    int delayMs = 0; // before the status line
    qint64 dropAfterBodyBytes = -1; // close the connection after this many body bytes
    bool closeWithoutResponse = false;

    static TestResponse json(const QByteArray &body, int status = 200);
    static TestResponse text(const QByteArray &body, int status);
    // Splits `body` into `pieces` chunks sent `intervalMs` apart.
    static TestResponse trickle(const QByteArray &body, int pieces, int intervalMs, int status = 200);
    // A recorded response: <base>.meta.json (status, headers) + its body file, relative to the fixtures dir.
    static TestResponse fixture(const QString &metaRelativePath);
    TestResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

using TestHandler = std::function<TestResponse(const TestRequest &)>;

class TestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    bool start(quint16 port = 0); // 0: any free port
    void stop();
    quint16 port() const;
    QUrl url(const QString &pathAndQuery = {}) const; // http://127.0.0.1:PORT + pathAndQuery

    // Routes match the method (empty = any) and the exact decoded path, or a path prefix ending in '*'.
    // Later routes win over earlier ones for the same path.
    void route(const QByteArray &method, const QString &path, TestHandler handler);
    void setFallback(TestHandler handler); // default: 404 {"error":"Not found"}
    void clearRoutes();

    // Serves `items` (JSON objects) as a cursor-paginated array at `path`, `pageSize` per page unless the request
    // has `limit`; each page but the last carries `Link: <…&cursor=…>; rel="next"` like the Hub.
    void servePaginated(const QString &path, const QList<QByteArray> &items, int defaultPageSize = 100);

    QList<TestRequest> requests() const;
    int requestCount(const QString &path = {}) const;
    void clearRequests();

    // Logs the request and runs the matching handler (called on the server thread).
    TestResponse dispatch(const TestRequest &request);

private:
    mutable QMutex m_mutex;
    struct Route
    {
        QByteArray method;
        QString path;
        bool prefix = false;
        TestHandler handler;
    };
    QList<Route> m_routes;
    TestHandler m_fallback;
    QList<TestRequest> m_requests;
    QThread *m_thread = nullptr;
    TestServerWorker *m_worker = nullptr;
    std::atomic<quint16> m_port{0};
};

// Generated Hub listing items with realistic fields (the expand set HubLens sends) for pagination tests and benchmarks.
namespace TestData {
QList<QByteArray> modelListItems(int count, const QString &idPrefix = QStringLiteral("org"));
QList<QByteArray> datasetListItems(int count);
} // namespace TestData
