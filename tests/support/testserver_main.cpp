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
    if (!server.start(static_cast<quint16>(parser.value(u"port"_s).toUInt()))) {
        QTextStream(stderr) << "could not listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream out(stdout);
    out << server.url().toString() << Qt::endl; // first line: the base URL, for scripts
    return QCoreApplication::exec();
}
