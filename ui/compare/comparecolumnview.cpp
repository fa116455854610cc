// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparecolumnview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/common/icons.h"

using namespace Qt::StringLiterals;

namespace {

// Streamed text is laid out ~10 times a second per column, whatever the token rate: re-laying out a growing
// paragraph is what costs (measured by tests/bench/bench_compare), and 10 Hz still reads as live.
constexpr int FlushIntervalMs = 100;

QString formatMs(double ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 10000)
        return QCoreApplication::translate("CompareColumnView", "%1 ms").arg(QLocale().toString(ms, 'f', 0));
    return QCoreApplication::translate("CompareColumnView", "%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString offerText(const ProviderOffer &offer)
{
    QStringList parts{offer.provider};
    if (offer.status == u"error"_s)
        parts.append(QCoreApplication::translate("CompareColumnView", "(error)"));
    if (offer.priceInputPerMillion && offer.priceOutputPerMillion)
        parts.append(QCoreApplication::translate("CompareColumnView", "$%1/$%2 per 1M")
                         .arg(QLocale().toString(*offer.priceInputPerMillion, 'g', 3),
                             QLocale().toString(*offer.priceOutputPerMillion, 'g', 3)));
    if (offer.contextLength > 0)
        parts.append(QCoreApplication::translate("CompareColumnView", "%1k context").arg(offer.contextLength / 1000));
    if (offer.throughput > 0)
        parts.append(QCoreApplication::translate("CompareColumnView", "%1 tok/s").arg(qRound(offer.throughput)));
    return parts.join(u' ');
}

} // namespace

CompareColumnView::CompareColumnView(QWidget *parent)
    : QFrame(parent)
    , m_endpointBox(new QComboBox(this))
    , m_modelBox(new QComboBox(this))
    , m_overridesButton(new QToolButton(this))
    , m_stopButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
    , m_providers(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_reasoningToggle(new QToolButton(this))
    , m_reasoning(new QPlainTextEdit(this))
    , m_output(new QTextBrowser(this))
    , m_metrics(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(220);
    m_endpointBox->setAccessibleName(tr("Endpoint"));
    m_endpointBox->setToolTip(tr("Endpoint"));
    m_modelBox->setEditable(true);
    m_modelBox->setInsertPolicy(QComboBox::NoInsert);
    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->lineEdit()->setPlaceholderText(tr("Model"));
    m_overridesButton->setText(tr("Parameters…"));
    m_overridesButton->setToolTip(tr("Override the shared parameters for this column"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setEnabled(false);
    m_removeButton->setText(u"✕"_s);
    m_removeButton->setToolTip(tr("Remove this column"));
    m_removeButton->setAccessibleName(tr("Remove column"));
    m_providers->setWordWrap(true);
    m_providers->setVisible(false);
    m_providers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_status->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"columnError"_s);
    m_error->setStyleSheet(
        u"QLabel#columnError { border: 1px solid palette(mid); border-left: 4px solid #c0392b; padding: 6px; }"_s);
    m_reasoningToggle->setText(tr("Reasoning"));
    m_reasoningToggle->setCheckable(true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setArrowType(Qt::RightArrow);
    m_reasoningToggle->setAutoRaise(true);
    m_reasoningToggle->setVisible(false);
    m_reasoning->setReadOnly(true);
    m_reasoning->setVisible(false);
    m_reasoning->setMaximumHeight(160);
    m_output->setOpenExternalLinks(true);
    m_output->setOpenLinks(true);
    m_output->setPlaceholderText(tr("The answer appears here"));
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_endpointBox, 2);
    header->addWidget(m_removeButton);
    auto *second = new QHBoxLayout;
    second->addWidget(m_modelBox, 1);
    second->addWidget(m_overridesButton);
    second->addWidget(m_stopButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addLayout(second);
    layout->addWidget(m_providers);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_reasoningToggle);
    layout->addWidget(m_reasoning);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_metrics);

    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CompareColumnView::flush);
    connect(m_endpointBox, &QComboBox::currentIndexChanged, this, [this] {
        const Endpoint chosen = endpoint();
        m_models.clear();
        setModel(chosen.defaultModel);
        m_providers->setVisible(false);
        Q_EMIT endpointChanged();
    });
    connect(m_modelBox, &QComboBox::currentTextChanged, this, [this] {
        const QList<ProviderOffer> list = offers();
        QStringList lines;
        for (const ProviderOffer &offer : list)
            lines.append(offerText(offer));
        m_providers->setText(lines.isEmpty() ? QString() : tr("Served by: %1").arg(lines.join(u" · "_s)));
        m_providers->setVisible(!lines.isEmpty());
    });
    connect(m_stopButton, &QToolButton::clicked, this, &CompareColumnView::stopRequested);
    connect(m_removeButton, &QToolButton::clicked, this, &CompareColumnView::removeRequested);
    connect(m_reasoningToggle, &QToolButton::toggled, this, &CompareColumnView::toggleReasoning);
    connect(m_overridesButton, &QToolButton::clicked, this, &CompareColumnView::editOverrides);
}

CompareColumnView::~CompareColumnView() = default;

void CompareColumnView::setEndpoints(const QList<Endpoint> &endpoints)
{
    const QString current = m_endpointBox->currentText();
    m_endpoints = endpoints;
    const QSignalBlocker blocker(m_endpointBox);
    m_endpointBox->clear();
    for (const Endpoint &endpoint : endpoints)
        m_endpointBox->addItem(endpoint.name, endpoint.name);
    const int index = m_endpointBox->findData(current);
    m_endpointBox->setCurrentIndex(index >= 0 ? index : (endpoints.isEmpty() ? -1 : 0));
    if (index < 0 && !endpoints.isEmpty()) {
        setModel(endpoint().defaultModel);
        Q_EMIT endpointChanged();
    }
}

void CompareColumnView::setCandidateModels(const QStringList &modelIds)
{
    m_candidates = modelIds;
    setEndpointModels(m_models, {});
}

void CompareColumnView::setEndpointModels(const QList<EndpointModel> &models, const QString &error)
{
    m_models = models;
    const QString current = m_modelBox->currentText();
    const QSignalBlocker blocker(m_modelBox);
    m_modelBox->clear();
    QStringList seen;
    for (const EndpointModel &model : models) {
        m_modelBox->addItem(model.id);
        seen.append(model.id);
    }
    for (const QString &candidate : m_candidates) {
        if (!seen.contains(candidate))
            m_modelBox->addItem(Icons::get(u"candidates"_s), candidate);
    }
    m_modelBox->setEditText(current);
    m_modelBox->setToolTip(error.isEmpty() ? tr("%n model(s) listed by the endpoint", nullptr, int(models.size()))
                                           : tr("Could not list the models: %1").arg(error));
    Q_EMIT m_modelBox->currentTextChanged(current);
}

bool CompareColumnView::hasEndpoint() const
{
    return m_endpointBox->currentIndex() >= 0 && m_endpointBox->currentIndex() < m_endpoints.size();
}

Endpoint CompareColumnView::endpoint() const
{
    return hasEndpoint() ? m_endpoints.at(m_endpointBox->currentIndex()) : Endpoint();
}

QString CompareColumnView::model() const
{
    return m_modelBox->currentText().trimmed();
}

GenerationParams CompareColumnView::overrides() const
{
    return m_overrides;
}

QList<ProviderOffer> CompareColumnView::offers() const
{
    QString id = model();
    const qsizetype colon = id.indexOf(u':');
    if (colon > 0)
        id = id.left(colon);
    for (const EndpointModel &listed : m_models) {
        if (listed.id == id)
            return listed.providers;
    }
    return {};
}

void CompareColumnView::selectEndpoint(const QString &name)
{
    const int index = m_endpointBox->findData(name);
    if (index >= 0)
        m_endpointBox->setCurrentIndex(index);
}

void CompareColumnView::setModel(const QString &model)
{
    m_modelBox->setEditText(model);
}

void CompareColumnView::begin(const QString &userPrompt, bool followUp)
{
    if (!followUp)
        m_transcript.clear();
    else if (!m_current.isEmpty() || !m_transcript.isEmpty())
        m_transcript += m_current + u"\n\n---\n\n"_s;
    if (followUp)
        m_transcript += u"**"_s + tr("You") + u":** "_s + userPrompt + u"\n\n"_s;
    m_current.clear();
    m_pendingContent.clear();
    m_pendingReasoning.clear();
    m_reasoningAll.clear();
    m_liveTtftMs = -1;
    m_reasoning->clear();
    m_reasoningToggle->setVisible(false);
    m_reasoningToggle->setChecked(false);
    m_error->setVisible(false);
    m_status->setVisible(false);
    m_output->setMarkdown(m_transcript);
    m_output->moveCursor(QTextCursor::End);
    m_running = true;
    m_stopButton->setEnabled(true);
    m_endpointBox->setEnabled(false);
    m_modelBox->setEnabled(false);
    m_removeButton->setEnabled(false);
    m_clock.start();
    m_metrics->setText(tr("Waiting for the first token…"));
    m_flushTimer.stop();
    QTimer::singleShot(m_flushPhaseMs, &m_flushTimer, [this] {
        if (m_running)
            m_flushTimer.start();
    });
}

void CompareColumnView::setFlushPhase(int index, int columns)
{
    m_flushPhaseMs = columns > 0 ? (index % columns) * FlushIntervalMs / columns : 0;
}

void CompareColumnView::appendText(const QString &content, const QString &reasoning)
{
    m_pendingContent += content;
    m_pendingReasoning += reasoning;
}

void CompareColumnView::setLiveTtft(double ms)
{
    m_liveTtftMs = ms;
}

void CompareColumnView::setStatusText(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CompareColumnView::flush()
{
    if (!m_pendingReasoning.isEmpty()) {
        m_reasoningAll += m_pendingReasoning;
        m_reasoning->moveCursor(QTextCursor::End);
        m_reasoning->insertPlainText(std::exchange(m_pendingReasoning, {}));
        m_reasoningToggle->setVisible(true);
        m_reasoningToggle->setText(tr("Reasoning (%n character(s))", nullptr, int(m_reasoningAll.size())));
    }
    if (!m_pendingContent.isEmpty()) {
        QScrollBar *bar = m_output->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 4;
        m_current += m_pendingContent;
        QTextCursor cursor(m_output->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(std::exchange(m_pendingContent, {}));
        if (atEnd)
            bar->setValue(bar->maximum());
        m_status->setVisible(false);
    }
    if (m_running) {
        // Whole seconds: a label that changes its text relayouts the column.
        QString running = tr("Running — %n s", nullptr, int(m_clock.elapsed() / 1000));
        if (m_liveTtftMs >= 0)
            running += u" · "_s + tr("TTFT %1").arg(formatMs(m_liveTtftMs));
        if (m_metrics->text() != running)
            m_metrics->setText(running);
    }
}

void CompareColumnView::finish(const RunResult &result)
{
    flush();
    m_flushTimer.stop();
    m_running = false;
    m_last = result;
    m_stopButton->setEnabled(false);
    m_endpointBox->setEnabled(true);
    m_modelBox->setEnabled(true);
    m_removeButton->setEnabled(true);
    m_status->setVisible(false);
    m_current = result.text;
    // Rendered as Markdown now that it is complete; in its own event-loop turn (by phase), so columns that end
    // together do not lay out all at once.
    QTimer::singleShot(m_flushPhaseMs, this, [this] {
        if (!m_running)
            m_output->setMarkdown(m_transcript + m_current);
    });
    if (!result.reasoning.isEmpty() && m_reasoningAll != result.reasoning) {
        m_reasoningAll = result.reasoning;
        m_reasoning->setPlainText(result.reasoning);
        m_reasoningToggle->setVisible(true);
    }
    if (result.status == RunStatus::Failed || result.status == RunStatus::Truncated
        || result.status == RunStatus::Cancelled) {
        QString text;
        if (result.status == RunStatus::Failed)
            text = result.httpStatus > 0 && result.httpStatus != 200
                ? tr("Failed — HTTP %1: %2").arg(result.httpStatus).arg(result.errorMessage)
                : tr("Failed: %1").arg(result.errorMessage);
        else if (result.status == RunStatus::Truncated)
            text = tr("Truncated: %1").arg(result.errorMessage);
        else
            text = tr("Stopped");
        m_error->setText(text);
        m_error->setVisible(true);
    }
    updateMetrics();
}

void CompareColumnView::updateMetrics()
{
    const RunResult &r = m_last;
    QStringList parts;
    parts.append(tr("TTFT %1").arg(formatMs(r.ttftMs)));
    parts.append(tr("total %1").arg(formatMs(r.totalMs)));
    if (r.completionTokens >= 0 && (r.usageReported || r.completionTokens > 0))
        parts.append(r.usageReported ? tr("%n token(s)", nullptr, int(r.completionTokens))
                                     : tr("~%n token(s) (estimated)", nullptr, int(r.completionTokens)));
    if (r.tokensPerSecond > 0)
        parts.append(tr("%1 tok/s").arg(QLocale().toString(r.tokensPerSecond, 'f', 1)));
    if (!r.finishReason.isEmpty())
        parts.append(tr("finish: %1").arg(r.finishReason));
    if (!r.provider.isEmpty())
        parts.append(tr("via %1").arg(r.provider));
    if (r.costUsd)
        parts.append(tr("$%1").arg(QLocale().toString(*r.costUsd, 'f', 6)));
    if (r.waitedMs > 0)
        parts.append(tr("waited %1").arg(formatMs(double(r.waitedMs))));
    m_metrics->setText(parts.join(u" · "_s));
}

void CompareColumnView::toggleReasoning()
{
    const bool open = m_reasoningToggle->isChecked();
    m_reasoning->setVisible(open);
    m_reasoningToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
}

void CompareColumnView::editOverrides()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Parameters for this column"));
    auto *form = new QFormLayout;
    auto *temperatureOn = new QCheckBox(tr("Temperature"), &dialog);
    auto *temperature = new QDoubleSpinBox(&dialog);
    temperature->setRange(0, 2);
    temperature->setSingleStep(0.1);
    temperature->setValue(m_overrides.temperature.value_or(0.7));
    temperatureOn->setChecked(m_overrides.temperature.has_value());
    auto *topPOn = new QCheckBox(tr("Top p"), &dialog);
    auto *topP = new QDoubleSpinBox(&dialog);
    topP->setRange(0, 1);
    topP->setSingleStep(0.05);
    topP->setValue(m_overrides.topP.value_or(1.0));
    topPOn->setChecked(m_overrides.topP.has_value());
    auto *maxOn = new QCheckBox(tr("Max tokens"), &dialog);
    auto *maxTokens = new QSpinBox(&dialog);
    maxTokens->setRange(1, 1000000);
    maxTokens->setValue(m_overrides.maxTokens.value_or(512));
    maxOn->setChecked(m_overrides.maxTokens.has_value());
    auto *seedOn = new QCheckBox(tr("Seed"), &dialog);
    auto *seed = new QSpinBox(&dialog);
    seed->setRange(0, std::numeric_limits<int>::max());
    seed->setValue(int(m_overrides.seed.value_or(0)));
    seedOn->setChecked(m_overrides.seed.has_value());
    auto *stop = new QLineEdit(m_overrides.stop.join(u'|'), &dialog);
    stop->setPlaceholderText(tr("Stop sequences, separated by |"));
    form->addRow(temperatureOn, temperature);
    form->addRow(topPOn, topP);
    form->addRow(maxOn, maxTokens);
    form->addRow(seedOn, seed);
    form->addRow(tr("Stop", "the stop sequences field of a column's parameters"), stop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Checked values replace the shared ones for this column only."), &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GenerationParams params;
    if (temperatureOn->isChecked())
        params.temperature = temperature->value();
    if (topPOn->isChecked())
        params.topP = topP->value();
    if (maxOn->isChecked())
        params.maxTokens = maxTokens->value();
    if (seedOn->isChecked())
        params.seed = seed->value();
    for (const QString &part : stop->text().split(u'|', Qt::SkipEmptyParts))
        params.stop.append(part);
    m_overrides = params;
    const bool any = params.temperature || params.topP || params.maxTokens || params.seed || !params.stop.isEmpty();
    m_overridesButton->setText(any ? tr("Parameters • custom") : tr("Parameters…"));
}

QString CompareColumnView::outputText() const
{
    return m_output->toPlainText();
}

QString CompareColumnView::metricsText() const
{
    return m_metrics->text();
}

QString CompareColumnView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString CompareColumnView::reasoningText() const
{
    return m_reasoningAll;
}
