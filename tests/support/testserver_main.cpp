// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "tests/support/fakehub.h"
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
    if (!server.start(static_cast<quint16>(parser.value(u"port"_s).toUInt()))) {
        QTextStream(stderr) << "could not listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream out(stdout);
    out << server.url().toString() << Qt::endl; // first line: the base URL, for scripts
    return QCoreApplication::exec();
}
