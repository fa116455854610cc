// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <curl/curl.h>

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

#include "app/cli/commandline.h"
#include "ui/application.h"
#include "ui/common/languages.h"
#include "ui/dashboard/reportpdf.h"

int main(int argc, char *argv[])
{
    // Before any thread starts (style.md §4.3).
    curl_global_init(CURL_GLOBAL_DEFAULT);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    int status = 0;
    if (CommandLine::isCommand(arguments)) {
        // The command line needs no display: a core application only, or a GUI one on the offscreen platform for
        // `report --pdf`, which lays out text with fonts.
        const bool pdf = CommandLine::wantsPdf(arguments);
        if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> application =
            pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
        if (pdf)
            CommandLine::setPdfWriter(ReportPdf::write);
        // Diagnostics stay quiet on the command line unless asked for with QT_LOGGING_RULES.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("hublens.*.info=false"));
        QCoreApplication::setApplicationName(QStringLiteral("HubLens"));
        QCoreApplication::setApplicationVersion(QStringLiteral(HUBLENS_VERSION));
        Languages::installEnglish();
        QFile out;
        QFile err;
        if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
            return 1;
        CommandLine commandLine(&out, &err);
        status = commandLine.exec(arguments);
    } else {
        status = Application::run(argc, argv);
    }
    curl_global_cleanup();
    return status;
}
