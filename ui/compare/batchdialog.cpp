// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/batchdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/hub/hubclient.h"
#include "app/storage/endpointstore.h"

using namespace Qt::StringLiterals;

namespace {

QString sourceText(const QJsonObject &source)
{
    const QString kind = source.value("kind"_L1).toString();
    if (kind == u"dataset"_s)
        return BatchDialog::tr("row %1").arg(source.value("row"_L1).toInteger());
    if (kind == u"file"_s)
        return BatchDialog::tr("line %1").arg(source.value("line"_L1).toInt());
    return BatchDialog::tr("#%1").arg(source.value("index"_L1).toInt());
}

} // namespace

BatchDialog::BatchDialog(EndpointStore *endpoints, HubClient *hub, QWidget *parent)
    : QDialog(parent)
    , m_hub(hub)
    , m_tabs(new QTabWidget(this))
    , m_file(new QLineEdit(this))
    , m_dataset(new QLineEdit(this))
    , m_config(new QLineEdit(this))
    , m_split(new QLineEdit(this))
    , m_rowFrom(new QSpinBox(this))
    , m_rowTo(new QSpinBox(this))
    , m_loadDataset(new QPushButton(tr("&Load rows"), this))
    , m_typed(new QPlainTextEdit(this))
    , m_column(new QComboBox(this))
    , m_template(new QLineEdit(this))
    , m_system(new QLineEdit(this))
    , m_maxTokens(new QSpinBox(this))
    , m_endpoints(new QListWidget(this))
    , m_concurrency(new QSpinBox(this))
    , m_retries(new QSpinBox(this))
    , m_endpointConcurrency(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_preview(new QTableWidget(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_start(nullptr)
{
    setWindowTitle(tr("Batch run"));
    // File
    auto *fileTab = new QWidget(m_tabs);
    auto *browse = new QPushButton(tr("&Browse…"), fileTab);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A JSONL, CSV or TSV file"));
    m_file->setAccessibleName(tr("Prompt file"));
    auto *fileLayout = new QHBoxLayout(fileTab);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Prompt file"), {}, tr("Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    // Dataset
    auto *datasetTab = new QWidget(m_tabs);
    m_dataset->setPlaceholderText(tr("owner/dataset"));
    m_dataset->setAccessibleName(tr("Dataset"));
    m_config->setPlaceholderText(tr("first config"));
    m_split->setPlaceholderText(tr("train"));
    m_rowFrom->setRange(0, 100000000);
    m_rowTo->setRange(1, 100000000);
    m_rowTo->setValue(100);
    auto *datasetLayout = new QFormLayout(datasetTab);
    datasetLayout->addRow(tr("Dataset"), m_dataset);
    auto *configRow = new QHBoxLayout;
    configRow->addWidget(m_config);
    configRow->addWidget(new QLabel(tr("Split"), datasetTab));
    configRow->addWidget(m_split);
    datasetLayout->addRow(tr("Config"), configRow);
    auto *rowsRow = new QHBoxLayout;
    rowsRow->addWidget(m_rowFrom);
    rowsRow->addWidget(new QLabel(tr("to (excluded)"), datasetTab));
    rowsRow->addWidget(m_rowTo);
    rowsRow->addStretch();
    rowsRow->addWidget(m_loadDataset);
    datasetLayout->addRow(tr("Rows"), rowsRow);
    m_loadDataset->setEnabled(m_hub != nullptr);
    connect(m_loadDataset, &QPushButton::clicked, this, &BatchDialog::loadDataset);
    // Typed
    m_typed->setPlaceholderText(tr("One prompt per line"));
    m_typed->setAccessibleName(tr("Prompts"));
    m_typed->setTabChangesFocus(true);
    connect(m_typed, &QPlainTextEdit::textChanged, this, &BatchDialog::refreshPreview);

    m_tabs->addTab(fileTab, tr("&File"));
    m_tabs->addTab(datasetTab, tr("&Dataset"));
    m_tabs->addTab(m_typed, tr("&Typed"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const std::optional<PromptSet> &set = m_tabs->currentIndex() == FileTab ? m_fileSet : m_datasetSet;
        m_column->blockSignals(true);
        m_column->clear();
        if (m_tabs->currentIndex() != TypedTab && set) {
            m_column->addItems(set->columns());
            m_column->setCurrentText(set->defaultColumn());
        }
        m_column->blockSignals(false);
        refreshPreview();
    });

    m_column->setAccessibleName(tr("Prompt column"));
    m_template->setPlaceholderText(tr("Optional: Summarise in one sentence: {{text}}"));
    m_template->setAccessibleName(tr("Template"));
    m_system->setPlaceholderText(tr("Optional"));
    m_maxTokens->setRange(1, 1000000);
    m_maxTokens->setValue(512);
    m_endpoints->setAccessibleName(tr("Endpoints"));
    m_endpoints->setMaximumHeight(m_endpoints->fontMetrics().lineSpacing() * 6);
    m_allEndpoints = endpoints ? endpoints->list() : QList<Endpoint>();
    for (const Endpoint &endpoint : std::as_const(m_allEndpoints)) {
        auto *item = new QListWidgetItem(
            endpoint.defaultModel.isEmpty() ? endpoint.name : tr("%1 — %2").arg(endpoint.name, endpoint.defaultModel),
            m_endpoints);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(8);
    m_concurrency->setToolTip(
        tr("Requests in flight over all endpoints; a rate-limited endpoint slows down by itself"));
    m_retries->setRange(0, 10);
    m_retries->setValue(3);
    m_retries->setToolTip(tr("Retries of a server error, dropped connection or timeout per request"));
    m_retries->setAccessibleName(tr("Retries"));
    m_endpointConcurrency->setRange(0, 64);
    m_endpointConcurrency->setValue(0);
    m_endpointConcurrency->setSpecialValueText(tr("no own limit"));
    m_endpointConcurrency->setToolTip(
        tr("Requests in flight to any one endpoint (a rate-limited endpoint lowers its own further)"));
    m_endpointConcurrency->setAccessibleName(tr("Concurrency per endpoint"));
    m_timeout->setRange(10, 3600);
    m_timeout->setValue(300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("The longest one request may take, from sending it to its last byte"));
    m_timeout->setAccessibleName(tr("Request timeout"));

    m_preview->setColumnCount(2);
    m_preview->setHorizontalHeaderLabels({tr("Source"), tr("Prompt")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Column"), m_column);
    form->addRow(tr("T&emplate"), m_template);
    form->addRow(tr("&System prompt"), m_system);
    form->addRow(tr("&Max tokens"), m_maxTokens);
    form->addRow(tr("E&ndpoints"), m_endpoints);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_concurrency);
    limits->addWidget(new QLabel(tr("Retries"), this));
    limits->addWidget(m_retries);
    limits->addWidget(new QLabel(tr("Per endpoint"), this));
    limits->addWidget(m_endpointConcurrency);
    limits->addWidget(new QLabel(tr("Timeout"), this));
    limits->addWidget(m_timeout);
    limits->addStretch();
    // A row holding a layout gets no buddy of its own: without one the label would show its '&' as text.
    auto *concurrencyLabel = new QLabel(tr("C&oncurrency"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    form->addRow(concurrencyLabel, limits);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    connect(m_column, &QComboBox::currentTextChanged, this, &BatchDialog::refreshPreview);
    connect(m_template, &QLineEdit::textChanged, this, &BatchDialog::refreshPreview);
    connect(m_endpoints, &QListWidget::itemChanged, this, &BatchDialog::refreshPreview);
    resize(760, 640);
    refreshPreview();
}

BatchDialog::~BatchDialog() = default;

void BatchDialog::loadFile(const QString &path)
{
    QString error;
    const std::optional<PromptSet> set = PromptSet::fromFile(path, &error);
    m_file->setText(path);
    m_tabs->setCurrentIndex(FileTab);
    m_fileSet = set;
    m_fileSource = QJsonObject{{u"kind"_s, u"file"_s}, {u"path"_s, path}};
    setPromptSet(set, m_fileSource, error);
}

void BatchDialog::loadDataset()
{
    if (!m_hub || m_dataset->text().trimmed().isEmpty())
        return;
    DatasetSlice slice;
    slice.dataset = m_dataset->text().trimmed();
    slice.config = m_config->text().trimmed();
    slice.split = m_split->text().trimmed();
    slice.first = m_rowFrom->value();
    slice.last = std::max(m_rowTo->value(), m_rowFrom->value() + 1);
    m_loadDataset->setEnabled(false);
    m_count->setText(tr("Loading rows…"));
    loadDatasetPrompts(m_hub, slice, this,
        [this](const std::optional<PromptSet> &set, const DatasetSlice &resolved, const QString &error) {
            m_loadDataset->setEnabled(true);
            m_config->setText(resolved.config);
            m_split->setText(resolved.split);
            m_datasetSet = set;
            m_datasetSource =
                QJsonObject{{u"kind"_s, u"dataset"_s}, {u"dataset"_s, resolved.dataset}, {u"config"_s, resolved.config},
                    {u"split"_s, resolved.split}, {u"first"_s, resolved.first}, {u"last"_s, resolved.last}};
            m_tabs->setCurrentIndex(DatasetTab);
            setPromptSet(set, m_datasetSource, error);
        });
}

void BatchDialog::setPromptSet(const std::optional<PromptSet> &set, const QJsonObject &, const QString &error)
{
    m_column->blockSignals(true);
    m_column->clear();
    if (set) {
        m_column->addItems(set->columns());
        m_column->setCurrentText(set->defaultColumn());
    }
    m_column->blockSignals(false);
    if (!set) {
        m_error->setText(error);
        m_error->show();
    }
    refreshPreview();
    if (!set)
        m_error->show();
}

void BatchDialog::refreshPreview()
{
    std::optional<PromptSet> set;
    switch (m_tabs->currentIndex()) {
    case FileTab:
        set = m_fileSet;
        break;
    case DatasetTab:
        set = m_datasetSet;
        break;
    default:
        set = PromptSet::fromTyped(m_typed->toPlainText().split(u'\n'));
        break;
    }
    QString error;
    m_prompts = set ? set->render(m_template->text(),
                    m_tabs->currentIndex() == TypedTab ? QString() : m_column->currentText(), &error)
                    : QList<RenderedPrompt>();
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    const int shown = int(std::min<qsizetype>(PreviewRows, m_prompts.size()));
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        m_preview->setItem(row, 0, new QTableWidgetItem(sourceText(m_prompts.at(row).source)));
        m_preview->setItem(row, 1, new QTableWidgetItem(m_prompts.at(row).text.simplified()));
    }
    const int endpoints = int(selectedEndpoints().size());
    m_count->setText(tr("%n prompt(s)", nullptr, int(m_prompts.size())) + u" × "_s
        + tr("%n endpoint(s)", nullptr, endpoints) + u" = "_s
        + tr("%n request(s)", nullptr, int(m_prompts.size()) * endpoints));
    if (m_start)
        m_start->setEnabled(!m_prompts.isEmpty() && endpoints > 0);
}

QList<Endpoint> BatchDialog::selectedEndpoints() const
{
    QList<Endpoint> selected;
    for (int row = 0; row < m_endpoints->count() && row < m_allEndpoints.size(); ++row) {
        if (m_endpoints->item(row)->checkState() == Qt::Checked)
            selected.append(m_allEndpoints.at(row));
    }
    return selected;
}

BatchSpec BatchDialog::spec() const
{
    BatchSpec spec;
    switch (m_tabs->currentIndex()) {
    case FileTab:
        spec.source = m_fileSource;
        break;
    case DatasetTab:
        spec.source = m_datasetSource;
        break;
    default:
        spec.source = QJsonObject{{u"kind"_s, u"typed"_s}};
        break;
    }
    spec.templateText = m_template->text();
    spec.column = m_tabs->currentIndex() == TypedTab ? QString() : m_column->currentText();
    spec.systemPrompt = m_system->text();
    spec.params.maxTokens = m_maxTokens->value();
    spec.concurrency = m_concurrency->value();
    spec.maxRetries = m_retries->value();
    spec.endpointConcurrency = m_endpointConcurrency->value();
    spec.requestTimeoutSeconds = m_timeout->value();
    for (const Endpoint &endpoint : selectedEndpoints())
        spec.endpoints.append({endpoint.id, endpoint.name, endpoint.defaultModel});
    return spec;
}
