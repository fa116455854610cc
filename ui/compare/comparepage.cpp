// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparepage.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include "app/inference/batchrunner.h"
#include "app/inference/chatrun.h"
#include "app/inference/comparerunner.h"
#include "app/inference/endpointservice.h"
#include "app/storage/candidatestore.h"
#include "app/storage/endpointstore.h"
#include "app/storage/runstore.h"
#include "ui/common/banner.h"
#include "ui/common/icons.h"
#include "ui/compare/batchdialog.h"
#include "ui/compare/batchpanel.h"
#include "ui/compare/comparecolumnview.h"
#include "ui/compare/endpointsdialog.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int DefaultColumns = 2;
}

ComparePage::ComparePage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_banner(new Banner(this))
    , m_sessionLabel(new QLabel(this))
    , m_system(new QPlainTextEdit(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_temperatureOn(new QCheckBox(tr("Temperature"), this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_topPOn(new QCheckBox(tr("Top p"), this))
    , m_topP(new QDoubleSpinBox(this))
    , m_maxTokensOn(new QCheckBox(tr("Max tokens"), this))
    , m_maxTokens(new QSpinBox(this))
    , m_seedOn(new QCheckBox(tr("Seed"), this))
    , m_seed(new QSpinBox(this))
    , m_stop(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_followUp(new QPushButton(tr("&Follow up"), this))
    , m_stopAll(new QPushButton(tr("Stop all"), this))
    , m_addColumn(new QPushButton(tr("Add column"), this))
    , m_columns(new QSplitter(Qt::Horizontal, this))
    , m_empty(new QLabel(this))
    , m_batchBanner(new Banner(this))
    , m_batchAction(new QAction(tr("&Batch run…"), this))
{
    Q_ASSERT(m_services.runner && m_services.endpoints && m_services.runs);
    m_banner->hide();
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setTabChangesFocus(true);
    m_system->setMaximumHeight(m_system->fontMetrics().lineSpacing() * 3 + 12);
    m_prompt->setPlaceholderText(tr("Prompt — Ctrl+Enter runs it on every column; Ctrl+Shift+Enter continues each "
                                    "conversation"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 5 + 12);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.7);
    m_topP->setRange(0, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1.0);
    m_maxTokens->setRange(1, 1000000);
    m_maxTokens->setValue(512);
    m_maxTokensOn->setChecked(true);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_stop->setPlaceholderText(tr("Stop sequences, separated by |"));
    for (QCheckBox *box : {m_temperatureOn, m_topPOn, m_maxTokensOn, m_seedOn})
        box->setToolTip(tr("Unchecked: not sent, the server's default applies"));
    m_run->setIcon(Icons::get(u"refresh"_s));
    m_run->setDefault(true);
    m_followUp->setToolTip(tr("Send this prompt as the next turn of every column's conversation"));
    m_stopAll->setToolTip(tr("Stop every column (Esc)"));
    m_addColumn->setIcon(Icons::get(u"add"_s));
    m_columns->setChildrenCollapsible(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No endpoints yet. Add one (Hugging Face Inference Providers, an Inference Endpoint, Ollama, "
                        "llama.cpp, vLLM, LM Studio, TGI) with “Endpoints…”, or let HubLens detect local servers."));
    auto *endpointsButton = new QPushButton(tr("&Endpoints…"), this);

    auto *batchButton = new QPushButton(tr("&Batch run…"), this);
    batchButton->setToolTip(tr("Run a prompt set (a file, a Hub dataset or a typed list) against several endpoints"));
    m_batchAction->setObjectName(u"batchRunAction"_s);
    m_batchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    const bool batches = m_services.batchRunner && m_services.batches;
    batchButton->setEnabled(batches);
    m_batchAction->setEnabled(batches);
    m_batchBanner->hide();
    m_batchBanner->setActionText(tr("Resume"));
    if (batches)
        m_batchPanel = new BatchPanel(m_services.batchRunner, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sessionLabel, 1);
    top->addWidget(batchButton);
    top->addWidget(endpointsButton);
    top->addWidget(m_addColumn);
    auto *params = new QHBoxLayout;
    params->addWidget(m_temperatureOn);
    params->addWidget(m_temperature);
    params->addWidget(m_topPOn);
    params->addWidget(m_topP);
    params->addWidget(m_maxTokensOn);
    params->addWidget(m_maxTokens);
    params->addWidget(m_seedOn);
    params->addWidget(m_seed);
    params->addWidget(m_stop, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_stopAll);
    buttons->addWidget(m_followUp);
    buttons->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_batchBanner);
    if (m_batchPanel)
        layout->addWidget(m_batchPanel);
    layout->addLayout(top);
    layout->addWidget(m_system);
    layout->addWidget(m_prompt);
    layout->addLayout(params);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_columns, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_followUp, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_stopAll, &QPushButton::clicked, m_services.runner, &CompareRunner::stopAll);
    connect(m_addColumn, &QPushButton::clicked, this, &ComparePage::addColumn);
    connect(endpointsButton, &QPushButton::clicked, this, &ComparePage::openEndpointsDialog);
    connect(batchButton, &QPushButton::clicked, this, &ComparePage::openBatchDialog);
    connect(m_batchAction, &QAction::triggered, this, &ComparePage::openBatchDialog);
    connect(m_batchBanner, &Banner::retryRequested, this, &ComparePage::resumeBatch);
    if (m_batchPanel) {
        connect(m_batchPanel, &BatchPanel::rerunFailedRequested, this, &ComparePage::rerunFailedBatch);
        connect(m_services.batchRunner, &BatchRunner::finished, this, [this] {
            const BatchProgress progress = m_services.batchRunner->progress();
            Q_EMIT statusMessage(progress.finished
                    ? tr("Batch finished: %1 ok, %2 failed").arg(progress.done).arg(progress.failed)
                    : tr("Batch cancelled: %1 of %2 done; resume it later")
                          .arg(progress.completed())
                          .arg(progress.total));
            checkUnfinishedBatch();
        });
        connect(m_services.batchRunner, &BatchRunner::saveFailed, this,
            [this](const QString &message) { m_banner->showMessage(Banner::Kind::Error, message); });
    }
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &ComparePage::updateButtons);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runShortcut, &QShortcut::activated, this, [this] { run(false); });
    auto *runShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(runShortcut2, &QShortcut::activated, this, [this] { run(false); });
    auto *followShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    connect(followShortcut, &QShortcut::activated, this, [this] { run(true); });
    auto *stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopShortcut, &QShortcut::activated, m_services.runner, &CompareRunner::stopAll);

    CompareRunner *runner = m_services.runner;
    connect(
        runner, &CompareRunner::columnText, this, [this](int index, const QString &content, const QString &reasoning) {
            if (CompareColumnView *view = column(index)) {
                view->appendText(content, reasoning);
                if (const ChatRun *run = m_services.runner->chatRun(index))
                    view->setLiveTtft(run->result().ttftMs);
            }
        });
    connect(runner, &CompareRunner::columnStatus, this, [this](int index, const QString &message) {
        if (CompareColumnView *view = column(index))
            view->setStatusText(message);
    });
    connect(runner, &CompareRunner::columnFinished, this, [this](int index, const RunResult &result, qint64) {
        if (CompareColumnView *view = column(index))
            view->finish(result);
        updateButtons();
    });
    connect(runner, &CompareRunner::allFinished, this, [this] {
        updateButtons();
        updateSessionLabel();
        Q_EMIT statusMessage(tr("All columns finished; the runs are saved in the session"));
    });
    connect(runner, &CompareRunner::saveFailed, this, [this](const QString &message) {
        m_banner->showMessage(Banner::Kind::Error, tr("A run could not be saved"), message);
    });
    // The run count beside the session's name follows the runs a batch saves, at most twice a second.
    auto *countRefresh = new QTimer(this);
    countRefresh->setSingleShot(true);
    countRefresh->setInterval(500);
    connect(countRefresh, &QTimer::timeout, this, &ComparePage::updateSessionLabel);
    connect(m_services.runs, &RunStore::runSaved, this, [this, countRefresh](qint64 sessionId, qint64) {
        if (sessionId == m_services.runner->sessionId() && !countRefresh->isActive())
            countRefresh->start();
    });
    connect(m_services.endpoints, &EndpointStore::changed, this, &ComparePage::reloadEndpoints);
    if (m_services.candidates)
        connect(m_services.candidates, &CandidateStore::changed, this, &ComparePage::reloadCandidates);

    for (int i = 0; i < DefaultColumns; ++i)
        addColumn();
    reloadEndpoints();
    updateSessionLabel();
    updateButtons();
}

ComparePage::~ComparePage() = default;

int ComparePage::columnCount() const
{
    return int(m_views.size());
}

CompareColumnView *ComparePage::column(int index) const
{
    return index >= 0 && index < m_views.size() ? m_views.at(index).data() : nullptr;
}

void ComparePage::addColumn()
{
    if (m_views.size() >= CompareRunner::MaxColumns || m_services.runner->isRunning())
        return;
    auto *view = new CompareColumnView(m_columns);
    m_columns->addWidget(view);
    m_views.append(view);
    view->setEndpoints(m_services.endpoints->list());
    // A new column starts on the next endpoint, so two columns compare two endpoints out of the box.
    const QList<Endpoint> endpoints = m_services.endpoints->list();
    if (!endpoints.isEmpty())
        view->selectEndpoint(endpoints.at((m_views.size() - 1) % endpoints.size()).name);
    reloadCandidates();
    connect(view, &CompareColumnView::endpointChanged, this, [this, view] { loadModels(view); });
    connect(view, &CompareColumnView::stopRequested, this,
        [this, view] { m_services.runner->stop(int(m_views.indexOf(view))); });
    connect(
        view, &CompareColumnView::removeRequested, this, [this, view] { removeColumn(int(m_views.indexOf(view))); });
    loadModels(view);
    updateButtons();
}

void ComparePage::removeColumn(int index)
{
    if (index < 0 || index >= m_views.size() || m_views.size() <= 1 || m_services.runner->isRunning())
        return;
    CompareColumnView *view = m_views.takeAt(index);
    view->deleteLater();
    updateButtons();
}

void ComparePage::compareModels(const QStringList &modelIds)
{
    const QList<Endpoint> endpoints = m_services.endpoints->list();
    if (endpoints.isEmpty() || modelIds.isEmpty() || m_services.runner->isRunning())
        return;
    // Prefer the router: it serves Hub model ids as they are.
    QString endpointName = endpoints.first().name;
    for (const Endpoint &endpoint : endpoints) {
        if (endpoint.kind == EndpointKind::HfRouter) {
            endpointName = endpoint.name;
            break;
        }
    }
    const int wanted = std::clamp(int(modelIds.size()), 1, CompareRunner::MaxColumns);
    while (m_views.size() < wanted)
        addColumn();
    while (m_views.size() > wanted)
        removeColumn(int(m_views.size()) - 1);
    for (int i = 0; i < wanted; ++i) {
        m_views.at(i)->selectEndpoint(endpointName);
        m_views.at(i)->setModel(modelIds.at(i));
    }
}

void ComparePage::reloadEndpoints()
{
    const QList<Endpoint> endpoints = m_services.endpoints->list();
    for (CompareColumnView *view : std::as_const(m_views))
        view->setEndpoints(endpoints);
    m_empty->setVisible(endpoints.isEmpty());
    updateButtons();
}

void ComparePage::reloadCandidates()
{
    if (!m_services.candidates)
        return;
    QStringList models;
    for (const Candidate &candidate : m_services.candidates->list()) {
        if (candidate.type == RepoType::Model)
            models.append(candidate.repoId);
    }
    for (CompareColumnView *view : std::as_const(m_views))
        view->setCandidateModels(models);
}

void ComparePage::loadModels(CompareColumnView *view)
{
    if (!m_services.endpointService || !view->hasEndpoint())
        return;
    QPointer<CompareColumnView> guard(view);
    const QString name = view->endpoint().name;
    m_services.endpointService->listModels(
        view->endpoint(), view, [guard, name](const QList<EndpointModel> &models, const QString &error) {
            if (guard && guard->endpoint().name == name)
                guard->setEndpointModels(models, error);
        });
}

void ComparePage::run(bool followUp)
{
    CompareRunner *runner = m_services.runner;
    if (runner->isRunning())
        return;
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        m_prompt->setFocus();
        return;
    }
    QList<CompareColumn> columns;
    for (CompareColumnView *view : std::as_const(m_views)) {
        if (!view->hasEndpoint()) {
            m_banner->showMessage(Banner::Kind::Warning, tr("Every column needs an endpoint"),
                tr("Add endpoints with “Endpoints…”, or remove the empty column."));
            return;
        }
        CompareColumn column;
        column.endpoint = view->endpoint();
        column.model = view->model();
        column.overrides = view->overrides();
        column.offers = view->offers();
        if (column.model.isEmpty() && column.endpoint.kind != EndpointKind::Tgi) {
            m_banner->showMessage(Banner::Kind::Warning, tr("Column “%1” has no model").arg(column.endpoint.name),
                tr("Pick a model from the list or type its id."));
            return;
        }
        columns.append(column);
    }
    const bool continuing = followUp && runner->hasConversation() && runner->columns().size() == columns.size();
    if (!continuing || !followUp) {
        bool same = runner->columns().size() == columns.size();
        for (qsizetype i = 0; same && i < columns.size(); ++i) {
            same = runner->columns().at(i).endpoint.id == columns.at(i).endpoint.id
                && runner->columns().at(i).model == columns.at(i).model;
        }
        if (!same || !followUp)
            runner->setColumns(columns);
    }
    GenerationParams shared;
    if (m_temperatureOn->isChecked())
        shared.temperature = m_temperature->value();
    if (m_topPOn->isChecked())
        shared.topP = m_topP->value();
    if (m_maxTokensOn->isChecked())
        shared.maxTokens = m_maxTokens->value();
    if (m_seedOn->isChecked())
        shared.seed = m_seed->value();
    shared.stop = m_stop->text().split(u'|', Qt::SkipEmptyParts);
    const bool asFollowUp = continuing && followUp;
    m_banner->hide();
    if (!runner->run(prompt, m_system->toPlainText(), shared, asFollowUp))
        return;
    for (int i = 0; i < m_views.size(); ++i) {
        m_views.at(i)->setFlushPhase(i, int(m_views.size()));
        m_views.at(i)->begin(prompt, asFollowUp);
    }
    if (asFollowUp)
        m_prompt->clear();
    updateButtons();
    updateSessionLabel();
    Q_EMIT statusMessage(tr("Streaming from %n column(s)…", nullptr, int(columns.size())));
}

void ComparePage::updateButtons()
{
    const bool running = m_services.runner->isRunning();
    const bool hasPrompt = !m_prompt->toPlainText().trimmed().isEmpty();
    const bool hasEndpoints = !m_services.endpoints->list().isEmpty();
    m_run->setEnabled(!running && hasPrompt && hasEndpoints);
    m_followUp->setEnabled(!running && hasPrompt && m_services.runner->hasConversation());
    m_stopAll->setEnabled(running);
    m_addColumn->setEnabled(!running && m_views.size() < CompareRunner::MaxColumns);
    m_system->setReadOnly(running);
}

void ComparePage::openSession(qint64 sessionId)
{
    if (m_services.runner->isRunning() || sessionId == m_services.runner->sessionId())
        return;
    m_services.runner->setSessionId(sessionId);
    updateSessionLabel();
    checkUnfinishedBatch();
    updateButtons();
}

void ComparePage::updateSessionLabel()
{
    const qint64 id = m_services.runner->sessionId();
    const std::optional<SessionInfo> session = id > 0 ? m_services.runs->session(id) : std::nullopt;
    m_sessionLabel->setText(session
            ? tr("Session: <b>%1</b> — %n run(s)", nullptr, session->runCount).arg(session->name.toHtmlEscaped())
            : tr("Session: a default session is created on the first run"));
}

void ComparePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_services.runner->isRunning())
        m_prompt->setFocus(); // the page opens ready to type
    checkUnfinishedBatch(); // a batch interrupted when the app last stopped is offered for resuming
}

void ComparePage::openEndpointsDialog()
{
    EndpointsDialog dialog(m_services.endpoints, m_services.endpointService, m_services.secrets, this);
    dialog.exec();
    reloadEndpoints();
}

qint64 ComparePage::ensureSession()
{
    qint64 id = m_services.runner->sessionId();
    if (id <= 0 || !m_services.runs->session(id)) {
        id = m_services.runs->ensureSession(RunStore::defaultSessionName());
        if (id > 0)
            m_services.runner->setSessionId(id);
        updateSessionLabel();
    }
    return id;
}

void ComparePage::checkUnfinishedBatch()
{
    if (!m_services.batches || !m_services.batchRunner)
        return;
    const qint64 sessionId = m_services.runner->sessionId();
    const std::optional<BatchInfo> batch = sessionId > 0 && !m_services.batchRunner->isActive()
        ? m_services.batches->unfinishedBatch(sessionId)
        : std::nullopt;
    if (!batch) {
        m_batchBanner->hide();
        return;
    }
    const BatchCounts &counts = batch->counts;
    m_batchBanner->showMessage(Banner::Kind::Info,
        tr("This session has an unfinished batch: %1 of %2 requests done. Resume it to send the rest; finished results "
           "are kept and never sent again.")
            .arg(counts.done + counts.failed)
            .arg(counts.total),
        {}, true);
    m_batchBanner->setActionText(tr("Resume"));
}

void ComparePage::openBatchDialog()
{
    if (!m_services.batches || !m_services.batchRunner)
        return;
    if (m_services.batchRunner->isActive()) {
        Q_EMIT statusMessage(tr("A batch is already running"));
        return;
    }
    auto *dialog = new BatchDialog(m_services.endpoints, m_services.hub, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startBatch(dialog->spec(), dialog->prompts()); });
    dialog->open();
}

bool ComparePage::startBatch(const BatchSpec &spec, const QList<RenderedPrompt> &prompts)
{
    if (!m_services.batches || !m_services.batchRunner || m_services.batchRunner->isActive() || prompts.isEmpty()
        || spec.endpoints.isEmpty())
        return false;
    const qint64 sessionId = ensureSession();
    if (sessionId <= 0) {
        m_banner->showMessage(Banner::Kind::Error, tr("The session could not be opened"), m_services.runs->lastError());
        return false;
    }
    if (m_services.batches->unfinishedBatch(sessionId)) {
        m_banner->showMessage(Banner::Kind::Warning,
            tr("This session already has an unfinished batch: resume it, or start the new batch in another session"));
        return false;
    }
    QList<QString> texts;
    QList<QJsonObject> sources;
    for (const RenderedPrompt &prompt : prompts) {
        texts.append(prompt.text);
        sources.append(prompt.source);
    }
    const qint64 batchId = m_services.batches->createBatch(sessionId, spec, texts, sources);
    if (batchId <= 0) {
        m_banner->showMessage(Banner::Kind::Error, tr("The batch could not be saved"), m_services.batches->lastError());
        return false;
    }
    return startStoredBatch(batchId); // its endpoints are found from the stored spec, as on resume
}

bool ComparePage::startStoredBatch(qint64 batchId)
{
    const std::optional<BatchInfo> batch = m_services.batches->batch(batchId);
    if (!batch)
        return false;
    QString missing;
    const std::optional<QList<Endpoint>> endpoints =
        Batches::resolveEndpoints(m_services.endpoints, batch->spec, &missing);
    if (!endpoints) {
        m_banner->showMessage(
            Banner::Kind::Error, tr("The batch's endpoint %1 no longer exists; add it again to resume").arg(missing));
        return false;
    }
    m_batchBanner->hide();
    if (!m_services.batchRunner->start(batchId, *endpoints)) {
        m_banner->showMessage(Banner::Kind::Error, tr("The batch could not start"), m_services.batchRunner->error());
        return false;
    }
    Q_EMIT statusMessage(tr("Batch running: %n request(s) to send", nullptr,
        m_services.batchRunner->progress().total - m_services.batchRunner->progress().done
            - m_services.batchRunner->progress().failed));
    return true;
}

bool ComparePage::resumeBatch()
{
    if (!m_services.batches || !m_services.batchRunner || m_services.batchRunner->isActive())
        return false;
    const std::optional<BatchInfo> batch = m_services.batches->unfinishedBatch(m_services.runner->sessionId());
    return batch && startStoredBatch(batch->id);
}

bool ComparePage::rerunFailedBatch()
{
    if (!m_services.batches || !m_services.batchRunner || m_services.batchRunner->isActive())
        return false;
    const qint64 batchId = m_services.batchRunner->batchId();
    if (batchId <= 0 || m_services.batches->requeueFailed(batchId) <= 0)
        return false;
    return startStoredBatch(batchId);
}
