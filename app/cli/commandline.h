// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QStringList>

#include "app/hub/huberror.h"
#include "app/inference/endpoint.h"
#include "app/storage/runstore.h"

class BatchRunner;
class BatchStore;
class CompareRunner;
class CurlMulti;
class EndpointService;
class EndpointStore;
class HubCache;
class JudgmentStore;
class RunStore;
class SecretStore;
class HubClient;
class QCommandLineParser;
class QIODevice;
class QTextStream;
struct SessionReport;

// The `hublens` command-line verbs (search, info, files, card, rows, whoami, endpoints, compare, batch, …), on the same
// core the GUI uses. exec() runs one command to completion on the current thread's event loop and returns the process
// exit code.
class CommandLine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    enum ExitCode
    {
        Ok = 0,
        Failure = 1,
        Usage = 2,
        NotFound = 3,
        AuthOrGated = 4,
        NetworkOrServer = 5,
        SomeFailed = 6
    };

    CommandLine(QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CommandLine() override;

    // True when `arguments` (argv without the program) ask for the command line rather than the GUI: any leading word
    // (a verb, or a mistyped one that exec() rejects) and --version/--help.
    static bool isCommand(const QStringList &arguments);
    static int exitCodeFor(const HubError &error);
    static QString versionText();
    static QString usageText();

    int exec(const QStringList &arguments);

    // `report --pdf` needs a painter, which the core library has none of: the executable supplies one (ui/dashboard
    // ReportPdf) and runs that command under a QGuiApplication (wantsPdf).
    using PdfWriter = std::function<bool(
        const SessionReport &report, const QStringList &colours, const QString &path, QString *error)>;
    static void setPdfWriter(PdfWriter writer);
    static bool wantsPdf(const QStringList &arguments);

private:
    int usageError(const QString &message);
    void finish(int code);
    void fail(const HubError &error, const QString &what);
    bool setUp();
    void runSearch(const QStringList &arguments);
    void runInfo(const QStringList &arguments);
    void runFiles(const QStringList &arguments);
    void runCard(const QStringList &arguments);
    void runRows(const QStringList &arguments);
    void runWhoAmI(const QStringList &arguments);
    // app/cli/inferencecommands.cpp
    bool setUpInference();
    void runEndpoints(const QStringList &arguments);
    void runCompare(const QStringList &arguments);
    void endpointsList(bool json);
    void endpointsTest(const QString &name);
    void endpointsDetect(bool json);
    // app/cli/batchcommands.cpp
    void runBatch(const QStringList &arguments);
    void startBatch(qint64 batchId, const QList<Endpoint> &endpoints, bool json);
    void printBatchSummary(qint64 batchId, bool json);
    // app/cli/sessioncommands.cpp
    bool setUpSessions();
    std::optional<SessionInfo> sessionNamed(const QString &name); // reports and finishes when there is none
    void runSessions(const QStringList &arguments);
    void runCriteria(const QCommandLineParser &parser, const QString &name);
    void runJudge(const QStringList &arguments);
    void exportSession(const QString &name, const QString &formatName, const QString &out);
    void importSessions(const QString &path);
    void runDecide(const QStringList &arguments);
    // app/cli/reportcommand.cpp
    void runReport(const QStringList &arguments);
    void progress(const QString &text);
    void warnIfCached(bool fromCache, const QDateTime &fetchedAt, const HubError &error);

    std::unique_ptr<QTextStream> m_out;
    std::unique_ptr<QTextStream> m_err;
    bool m_errIsTerminal = false;
    bool m_progressShown = false;
    std::unique_ptr<CurlMulti> m_network;
    std::unique_ptr<HubCache> m_cache;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EndpointStore> m_endpoints;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<JudgmentStore> m_judgments;
    std::unique_ptr<EndpointService> m_endpointService;
    std::unique_ptr<CompareRunner> m_compare;
    std::unique_ptr<BatchStore> m_batches;
    std::unique_ptr<BatchRunner> m_batchRunner;
    int m_exitCode = -1;
    bool m_done = false;
};
