// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/explore/repodetailview.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "app/core/format.h"
#include "app/hub/repofiles.h"
#include "ui/common/banner.h"
#include "ui/common/cardbrowser.h"
#include "ui/common/icons.h"
#include "ui/explore/datasetpreview.h"

using namespace Qt::StringLiterals;

namespace {

QString pill(const QString &text)
{
    return u"<span style=\"white-space:nowrap;\">&nbsp;%1&nbsp;</span>"_s.arg(text.toHtmlEscaped());
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *numberItem(const QString &text, const QString &tooltip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!tooltip.isEmpty())
        item->setToolTip(tooltip);
    return item;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

RepoDetailView::RepoDetailView(HubClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_addCandidate(new QPushButton(Icons::get(u"candidates"_s), tr("Add to candidates"), this))
    , m_openOnHub(new QPushButton(Icons::get(u"external"_s), tr("Open on the Hub"), this))
    , m_banner(new Banner(this))
    , m_tabs(new QTabWidget(this))
    , m_card(new CardBrowser(this))
    , m_detailsPage(new QWidget(this))
    , m_form(new QFormLayout)
    , m_evals(makeTable({tr("Dataset"), tr("Split"), tr("Metric"), tr("Value"), tr("Source")}, this))
    , m_providers(makeTable({tr("Provider"), tr("Status"), tr("Provider's model id"), tr("Task")}, this))
    , m_filesSummary(new QLabel(this))
    , m_files(makeTable({tr("File"), tr("Size"), tr("Storage")}, this))
    , m_gguf(makeTable({tr("Quantisation"), tr("Size"), tr("Files")}, this))
    , m_preview(new DatasetPreview(client, this))
    , m_empty(new QLabel(tr("Select a repository to see its card, metadata and files."), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"repoDetail"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(120);
    m_badges->setMinimumWidth(120);
    m_addCandidate->setToolTip(tr("Add this model to the candidate list (Ctrl+Enter)"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_evals->setObjectName(u"evalResults"_s);
    m_providers->setObjectName(u"providers"_s);
    m_files->setObjectName(u"files"_s);
    m_gguf->setObjectName(u"ggufQuantisations"_s);
    m_card->setObjectName(u"card"_s);

    // The id and the badges each get the full width (badges wrap between pills, never one per line beside the
    // buttons of a narrow pane); the actions follow on their own row.
    auto *header = new QVBoxLayout;
    header->setSpacing(4);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addCandidate);
    actions->addWidget(m_openOnHub);
    actions->addStretch(1);
    header->addWidget(m_title);
    header->addWidget(m_badges);
    header->addLayout(actions);

    // Details: a two-column form, eval results and providers below it, all in one scroll area.
    auto *detailsLayout = new QVBoxLayout(m_detailsPage);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailsLayout->addLayout(m_form);
    detailsLayout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Inference providers")), m_detailsPage));
    detailsLayout->addWidget(m_providers);
    detailsLayout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Evaluation results (model-index)")), m_detailsPage));
    detailsLayout->addWidget(m_evals);
    detailsLayout->addStretch(1);
    m_providers->setMinimumHeight(110);
    m_evals->setMinimumHeight(180);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detailsPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *filesPage = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesPage);
    filesLayout->addWidget(m_filesSummary);
    filesLayout->addWidget(m_files, 3);
    filesLayout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("GGUF quantisations")), filesPage));
    filesLayout->addWidget(m_gguf, 1);
    m_files->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->horizontalHeader()->setStretchLastSection(false);

    m_tabs->addTab(m_card, tr("Card"));
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(filesPage, tr("Files"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120); // arrowing through the list does not start a request per row
    connect(m_debounce, &QTimer::timeout, this, &RepoDetailView::load);
    connect(m_addCandidate, &QPushButton::clicked, this, [this] {
        if (!m_repoId.isEmpty())
            Q_EMIT addCandidateRequested(m_type, m_repoId);
    });
    connect(m_openOnHub, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(repoPageUrl()); });
    connect(m_banner, &Banner::retryRequested, this, &RepoDetailView::load);
    connect(m_preview, &DatasetPreview::statusMessage, this, &RepoDetailView::statusMessage);
    clear();
}

RepoDetailView::~RepoDetailView()
{
    cancelCalls();
}

void RepoDetailView::cancelCalls()
{
    for (HubClient::CallId id : std::as_const(m_calls))
        m_client->cancel(id);
    m_calls.clear();
    m_outstanding = 0;
}

bool RepoDetailView::isLoading() const
{
    return m_outstanding > 0 || m_debounce->isActive();
}

void RepoDetailView::clear()
{
    cancelCalls();
    m_debounce->stop();
    m_repoId.clear();
    m_title->clear();
    m_badges->clear();
    m_banner->hide();
    m_card->clear();
    m_preview->clear();
    for (QWidget *widget :
        {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_badges), static_cast<QWidget *>(m_addCandidate),
            static_cast<QWidget *>(m_openOnHub), static_cast<QWidget *>(m_tabs)})
        widget->hide();
    m_empty->show();
}

QUrl RepoDetailView::repoPageUrl() const
{
    const QString prefix = m_type == RepoType::Dataset ? u"/datasets/"_s : u"/"_s;
    return QUrl(m_client->config().endpoint.toString() + prefix + m_repoId);
}

void RepoDetailView::showModel(const ModelInfo &summary)
{
    m_type = RepoType::Model;
    m_repoId = summary.id;
    m_model = summary;
    m_dataset = DatasetInfo();
    fillHeader(summary, &m_model, nullptr);
    fillDetails(summary, &m_model, nullptr);
    m_debounce->start();
}

void RepoDetailView::showDataset(const DatasetInfo &summary)
{
    m_type = RepoType::Dataset;
    m_repoId = summary.id;
    m_dataset = summary;
    m_model = ModelInfo();
    fillHeader(summary, nullptr, &m_dataset);
    fillDetails(summary, nullptr, &m_dataset);
    m_debounce->start();
}

void RepoDetailView::load()
{
    cancelCalls();
    m_banner->hide();
    m_empty->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_badges),
             static_cast<QWidget *>(m_openOnHub), static_cast<QWidget *>(m_tabs)})
        widget->show();
    m_addCandidate->setVisible(m_type == RepoType::Model);
    m_tabs->setTabVisible(3, m_type == RepoType::Dataset);
    m_card->setPlainText(tr("Loading the card…"));
    m_filesSummary->setText(tr("Loading files…"));
    m_files->setRowCount(0);
    m_gguf->setRowCount(0);
    const QString id = m_repoId;
    Q_EMIT statusMessage(tr("Loading %1…").arg(id));
    m_outstanding = 3;

    if (m_type == RepoType::Model) {
        m_calls.append(m_client->modelInfo(id, {}, this, [this](const HubResult<ModelInfo> &result) {
            if (result.ok()) {
                ModelInfo full = *result.value;
                if (full.providers.isEmpty())
                    full.providers = m_model.providers; // the listing expanded them; the info call does not
                m_model = full;
                fillHeader(m_model, &m_model, nullptr);
                fillDetails(m_model, &m_model, nullptr);
            } else {
                showError(result.error, tr("details"));
            }
            finishOne();
        }));
    } else {
        m_calls.append(m_client->datasetInfo(id, {}, this, [this](const HubResult<DatasetInfo> &result) {
            if (result.ok()) {
                m_dataset = *result.value;
                fillHeader(m_dataset, nullptr, &m_dataset);
                fillDetails(m_dataset, nullptr, &m_dataset);
            } else {
                showError(result.error, tr("details"));
            }
            finishOne();
        }));
        m_preview->setDataset(id);
    }
    const QUrl base = QUrl(repoPageUrl().toString() + u"/blob/main/"_s);
    m_calls.append(m_client->card(m_type, id, {}, this, [this, base](const HubResult<QString> &result) {
        if (result.ok())
            m_card->setCard(*result.value, base);
        else if (result.error.kind == HubError::Kind::EntryNotFound)
            m_card->setPlainText(tr("This repository has no card (README.md)."));
        else
            m_card->setPlainText(tr("The card could not be loaded: %1").arg(result.error.message));
        finishOne();
    }));
    m_calls.append(m_client->listFiles(m_type, id, {}, this, [this](const HubResult<QList<RepoTreeEntry>> &result) {
        if (result.ok())
            fillFiles(*result.value);
        else
            m_filesSummary->setText(tr("The file list could not be loaded: %1").arg(result.error.message));
        finishOne();
    }));
}

void RepoDetailView::finishOne()
{
    if (m_outstanding > 0 && --m_outstanding == 0) {
        m_calls.clear();
        Q_EMIT statusMessage({});
        Q_EMIT loaded();
    }
}

void RepoDetailView::showError(const HubError &error, const QString &what)
{
    const bool retryable = error.kind != HubError::Kind::NotFound && error.kind != HubError::Kind::Gated;
    m_banner->showMessage(Banner::Kind::Error, tr("Could not load the %1: %2").arg(what, error.message),
        error.serverMessage.isEmpty() ? QString() : tr("HTTP %1 · %2").arg(error.status).arg(error.serverMessage),
        retryable);
}

void RepoDetailView::fillHeader(const RepoInfo &repo, const ModelInfo *model, const DatasetInfo *dataset)
{
    m_title->setText(repo.id);
    QStringList badges;
    if (model && !model->pipelineTag.isEmpty())
        badges.append(pill(model->pipelineTag));
    if (dataset && !dataset->taskCategories.isEmpty())
        badges.append(pill(dataset->taskCategories.first()));
    if (model && !model->libraryName.isEmpty())
        badges.append(pill(model->libraryName));
    if (!repo.license.isEmpty())
        badges.append(pill(tr("License: %1").arg(repo.license)));
    if (repo.gated != GatedMode::Off)
        badges.append(
            pill(tr("🔒 Gated (%1)").arg(repo.gated == GatedMode::Manual ? tr("manual approval") : tr("automatic"))));
    if (repo.isPrivate)
        badges.append(pill(tr("Private")));
    if (model) {
        int live = 0;
        for (const InferenceProviderEntry &entry : model->providers)
            live += entry.status == u"live"_s ? 1 : 0;
        if (live > 0)
            badges.append(pill(tr("Served by %n provider(s)", nullptr, live)));
        if (model->parameters > 0)
            badges.append(pill(tr("%1 parameters").arg(Format::parameters(model->parameters))));
    }
    badges.append(pill(tr("↓ %1").arg(Format::compactCount(repo.downloads))));
    badges.append(pill(tr("♥ %1").arg(Format::compactCount(repo.likes))));
    m_badges->setText(badges.join(u"&nbsp; "_s));
}

void RepoDetailView::fillDetails(const RepoInfo &repo, const ModelInfo *model, const DatasetInfo *dataset)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto row = [this](const QString &label, const QString &value, const QString &tooltip = {}) {
        auto *field = new QLabel(orDash(value), m_detailsPage);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        field->setToolTip(tooltip);
        m_form->addRow(label, field);
    };
    const auto date = [](const QDateTime &when) {
        return when.isValid()
            ? u"%1 (%2)"_s.arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), Format::relativeTime(when))
            : QString();
    };
    row(tr("Author"), repo.author);
    row(tr("License"), repo.license);
    row(tr("Gated"),
        repo.gated == GatedMode::Off
            ? tr("No")
            : (repo.gated == GatedMode::Manual ? tr("Yes, manual approval") : tr("Yes, automatic approval")));
    if (model) {
        row(tr("Task"), model->pipelineTag);
        row(tr("Library"), model->libraryName);
        row(tr("Base model"), model->baseModels.join(u", "_s));
        row(tr("Datasets"), model->datasets.join(u", "_s));
        row(tr("Parameters"), model->parameters > 0 ? Format::parameters(model->parameters) : QString(),
            model->parameters > 0 ? QLocale().toString(model->parameters) : QString());
        row(tr("Context length"), model->contextLength > 0 ? QLocale().toString(model->contextLength) : QString());
        row(tr("Architecture"),
            (model->architectures
                + (model->modelType.isEmpty() ? QStringList() : QStringList{u"(%1)"_s.arg(model->modelType)}))
                .join(u' '));
        row(tr("Chat template"), model->hasChatTemplate ? tr("Yes") : QString());
    }
    if (dataset) {
        row(tr("Name"), dataset->prettyName);
        row(tr("Task categories"), dataset->taskCategories.join(u", "_s));
        row(tr("Size category"), dataset->sizeCategories.join(u", "_s));
    }
    row(tr("Languages"), repo.languages.join(u", "_s));
    row(tr("Downloads (30 days)"), repo.downloads >= 0 ? QLocale().toString(repo.downloads) : QString());
    row(tr("Likes"), repo.likes >= 0 ? QLocale().toString(repo.likes) : QString());
    row(tr("Revision"), repo.sha);
    row(tr("Created"), date(repo.createdAt));
    row(tr("Updated"), date(repo.lastModified));

    m_providers->setRowCount(0);
    m_evals->setRowCount(0);
    if (model) {
        for (const InferenceProviderEntry &entry : model->providers) {
            const int r = m_providers->rowCount();
            m_providers->insertRow(r);
            m_providers->setItem(r, 0, new QTableWidgetItem(entry.provider));
            m_providers->setItem(r, 1, new QTableWidgetItem(entry.status));
            m_providers->setItem(r, 2, new QTableWidgetItem(entry.providerId));
            m_providers->setItem(r, 3, new QTableWidgetItem(entry.task));
        }
        for (const EvalResult &eval : model->evalResults) {
            const int r = m_evals->rowCount();
            m_evals->insertRow(r);
            m_evals->setItem(
                r, 0, new QTableWidgetItem(orDash(eval.datasetName.isEmpty() ? eval.datasetType : eval.datasetName)));
            m_evals->setItem(r, 1, new QTableWidgetItem(eval.datasetSplit));
            m_evals->setItem(r, 2, new QTableWidgetItem(eval.metricName.isEmpty() ? eval.metricType : eval.metricName));
            const QString value =
                eval.value.isDouble() ? QLocale().toString(eval.value.toDouble(), 'g', 6) : eval.value.toString();
            m_evals->setItem(r, 3, numberItem(value + (eval.verified ? u" ✓"_s : QString())));
            m_evals->setItem(r, 4, new QTableWidgetItem(eval.sourceName));
        }
    }
    m_providers->setVisible(model && !model->providers.isEmpty());
    m_evals->setVisible(model && !model->evalResults.isEmpty());
    m_providers->resizeColumnsToContents();
    m_evals->resizeColumnsToContents();
}

void RepoDetailView::fillFiles(const QList<RepoTreeEntry> &entries)
{
    const RepoFiles::Summary summary = RepoFiles::summarize(entries);
    m_filesSummary->setText(
        tr("%n file(s), %1 in total", nullptr, summary.files).arg(Format::bytes(summary.totalBytes)));
    m_filesSummary->setToolTip(tr("%1 bytes").arg(QLocale().toString(summary.totalBytes)));
    m_files->setSortingEnabled(false);
    m_files->setRowCount(0);
    for (const RepoTreeEntry &entry : entries) {
        if (entry.isDirectory)
            continue;
        const int r = m_files->rowCount();
        m_files->insertRow(r);
        m_files->setItem(r, 0, new QTableWidgetItem(entry.path));
        m_files->setItem(r, 1, numberItem(Format::bytes(entry.size), QLocale().toString(entry.size)));
        m_files->setItem(r, 2, new QTableWidgetItem(RepoFiles::storageKind(entry)));
    }
    m_gguf->setRowCount(0);
    for (const RepoFiles::GgufQuant &quant : summary.gguf) {
        const int r = m_gguf->rowCount();
        m_gguf->insertRow(r);
        m_gguf->setItem(r, 0, new QTableWidgetItem(quant.quant));
        m_gguf->setItem(r, 1, numberItem(Format::bytes(quant.totalBytes), QLocale().toString(quant.totalBytes)));
        m_gguf->setItem(r, 2, new QTableWidgetItem(quant.files.join(u", "_s)));
    }
    m_gguf->setVisible(!summary.gguf.isEmpty());
}
