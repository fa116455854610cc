// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "tests/support/fakehub.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Loopback Hub and dataset viewer for HubLens demos and tests (127.0.0.1 only)."_s);
    parser.addHelpOption();
    parser.addOptions({{u"port"_s, u"Port to listen on (0: any)."_s, u"N"_s, u"0"_s},
        {u"models"_s, u"Generated models to list."_s, u"N"_s, u"1000"_s},
        {u"datasets"_s, u"Generated datasets to list."_s, u"N"_s, u"200"_s}});
    parser.process(app);
    TestServer server;
    FakeHub::install(server, parser.value(u"models"_s).toInt(), parser.value(u"datasets"_s).toInt());
    // Demo inference endpoints (OpenAI-compatible) replaying recorded streams, trickled so streaming is visible:
    //   /demo/<name>/v1/chat/completions and /demo/<name>/v1/models; <name> "failing" answers a recorded 422.
    const QList<QPair<QString, QString>> demos = {{u"together"_s, u"inference/router_together_chat_stream.sse"_s},
        {u"r1"_s, u"inference/fireworks_deepseek_r1_stream_think_tags.sse"_s},
        {u"fireworks"_s, u"inference/router_fireworks_chat_stream.sse"_s}};
    for (const auto &[name, fixture] : demos) {
        const QByteArray body = Fixtures::read(fixture);
        server.route("POST", u"/demo/%1/v1/chat/completions"_s.arg(name), [body, name](const TestRequest &) {
            TestResponse response = TestResponse::trickle(body, 60, 40);
            response.headers.clear(); // trickle() says JSON
            response.withHeader("content-type", "text/event-stream");
            response.withHeader("x-inference-provider", name.toUtf8());
            return response;
        });
        server.route("GET", u"/demo/%1/v1/models"_s.arg(name), [name](const TestRequest &) {
            return TestResponse::json((
                "{\"object\":\"list\",\"data\":[{\"id\":\"demo/" + name.toUtf8() + "-model\",\"object\":\"model\"}]}"));
        });
    }
    server.route("POST", u"/demo/failing/v1/chat/completions"_s, [](const TestRequest &) {
        return TestResponse::json(Fixtures::read(u"inference/hf_inference_error_422_template_error.json"_s), 422);
    });
    // A demo Inference Providers router for the candidate grid: /v1/models/{org}/{model} with per-provider prices
    // for the recorded Llama and the generated "chat" models; 404 (not served) for the rest.
    server.route("GET", u"/v1/models/*"_s, [](const TestRequest &request) {
        const QString id = request.path.mid(int(qstrlen("/v1/models/")));
        QByteArray providers;
        if (id == u"meta-llama/Llama-3.1-8B-Instruct"_s) {
            providers =
                R"({"provider":"novita","status":"live","context_length":16384,"pricing":{"input":0.02,"output":0.05}},)"
                R"({"provider":"fireworks-ai","status":"live","context_length":131072,"pricing":{"input":0.2,"output":0.2}},)"
                R"({"provider":"hf-inference","status":"live"})";
        } else if (id.contains(u"/chat-"_s)) {
            const double price = 0.05 + double(qHash(id) % 40) / 100.0;
            providers = R"({"provider":"together","status":"live","context_length":32768,"pricing":{"input":)"
                + QByteArray::number(price) + R"(,"output":)" + QByteArray::number(price * 2)
                + R"(}},{"provider":"novita","status":"live","context_length":32768,"pricing":{"input":)"
                + QByteArray::number(price + 0.01) + R"(,"output":)" + QByteArray::number(price * 2 + 0.02) + "}}";
        } else {
            return TestResponse::json(R"({"error":"Model not found"})", 404);
        }
        return TestResponse::json(
            R"({"id":")" + id.toUtf8() + R"(","object":"model","providers":[)" + providers + "]}");
    });
    if (!server.start(static_cast<quint16>(parser.value(u"port"_s).toUInt()))) {
        QTextStream(stderr) << "could not listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream out(stdout);
    out << server.url().toString() << Qt::endl; // first line: the base URL, for scripts
    return QCoreApplication::exec();
}
