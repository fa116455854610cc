// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/explore/datasetpreview.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "app/core/format.h"
#include "app/hub/dvrowsmodel.h"
#include "ui/common/banner.h"

namespace {
constexpr int kPageRows = 100;
}

DatasetPreview::DatasetPreview(HubClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_config(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_banner(new Banner(this))
    , m_table(new QTableView(this))
    , m_model(new DvRowsModel(this))
{
    m_config->setAccessibleName(tr("Subset"));
    m_split->setAccessibleName(tr("Split"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setDefaultSectionSize(220);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Subset"), this));
    bar->addWidget(m_config);
    bar->addWidget(new QLabel(tr("Split"), this));
    bar->addWidget(m_split);
    bar->addWidget(m_info, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_config, &QComboBox::activated, this, [this] {
        m_split->clear();
        for (const DvSplit &split : std::as_const(m_splits)) {
            if (split.config == m_config->currentText())
                m_split->addItem(split.split);
        }
        onSplitChanged();
    });
    connect(m_split, &QComboBox::activated, this, &DatasetPreview::onSplitChanged);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_offset = std::max<qint64>(0, m_offset - kPageRows);
        loadRows();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_offset += kPageRows;
        loadRows();
    });
    connect(m_banner, &Banner::retryRequested, this, [this] {
        if (m_splits.isEmpty())
            setDataset(m_dataset);
        else
            loadRows();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString link = index.data(DvRowsModel::LinkRole).toString();
        if (!link.isEmpty())
            QDesktopServices::openUrl(QUrl(link));
    });
    updatePager();
}

DatasetPreview::~DatasetPreview()
{
    cancelCalls();
}

void DatasetPreview::cancelCalls()
{
    for (HubClient::CallId id : std::as_const(m_calls))
        m_client->cancel(id);
    m_calls.clear();
    if (m_rowsCall)
        m_client->cancel(m_rowsCall);
    m_rowsCall = 0;
}

void DatasetPreview::clear()
{
    cancelCalls();
    m_dataset.clear();
    m_splits.clear();
    m_config->clear();
    m_split->clear();
    m_model->clear();
    m_info->clear();
    m_banner->hide();
    m_offset = 0;
    m_total = -1;
    updatePager();
}

void DatasetPreview::setDataset(const QString &datasetId)
{
    clear();
    m_dataset = datasetId;
    m_info->setText(tr("Loading subsets and splits…"));
    m_calls.append(m_client->datasetSplits(datasetId, this, [this](const HubResult<DvSplits> &result) {
        if (!result.ok()) {
            m_info->clear();
            m_banner->showMessage(Banner::Kind::Error,
                tr("The dataset viewer has no preview for this dataset: %1").arg(result.error.message),
                result.error.serverMessage, result.error.kind != HubError::Kind::NotFound);
            return;
        }
        m_splits = result.value->splits;
        QStringList configs;
        for (const DvSplit &split : std::as_const(m_splits)) {
            if (!configs.contains(split.config))
                configs.append(split.config);
        }
        m_config->addItems(configs);
        for (const DvSplit &split : std::as_const(m_splits)) {
            if (split.config == configs.value(0))
                m_split->addItem(split.split);
        }
        const int train = m_split->findText(QStringLiteral("train"));
        if (train >= 0)
            m_split->setCurrentIndex(train);
        if (m_splits.isEmpty())
            m_info->setText(tr("No splits are available."));
        else
            onSplitChanged();
    }));
    m_calls.append(m_client->datasetSize(datasetId, this, [this](const HubResult<DvSize> &result) {
        if (!result.ok())
            return;
        const DvSizeEntry &total = result.value->dataset;
        m_info->setToolTip(tr("%1 rows in all subsets · %2 of Parquet files")
                               .arg(QLocale().toString(total.numRows), Format::bytes(total.numBytesParquetFiles)));
    }));
}

void DatasetPreview::onSplitChanged()
{
    m_offset = 0;
    m_total = -1;
    loadRows();
}

void DatasetPreview::loadRows()
{
    if (m_rowsCall)
        m_client->cancel(m_rowsCall);
    const QString config = m_config->currentText();
    const QString split = m_split->currentText();
    if (config.isEmpty() || split.isEmpty())
        return;
    m_banner->hide();
    m_info->setText(tr("Loading rows…"));
    Q_EMIT statusMessage(tr("Loading rows of %1…").arg(m_dataset));
    m_rowsCall = m_client->datasetRows(
        m_dataset, config, split, m_offset, kPageRows, this, [this](const HubResult<DvRows> &result) {
            m_rowsCall = 0;
            Q_EMIT statusMessage({});
            if (!result.ok()) {
                m_info->clear();
                m_banner->showMessage(Banner::Kind::Error, tr("Could not load rows: %1").arg(result.error.message),
                    result.error.serverMessage, true);
                updatePager();
                return;
            }
            m_model->setRows(*result.value);
            m_total = result.value->numRowsTotal;
            const qint64 first = result.value->rows.isEmpty() ? m_offset : result.value->rows.first().rowIndex;
            const qint64 last = result.value->rows.isEmpty() ? m_offset : result.value->rows.last().rowIndex;
            m_info->setText(m_total >= 0
                    ? tr("Rows %1–%2 of %3")
                          .arg(QLocale().toString(first), QLocale().toString(last), QLocale().toString(m_total))
                    : tr("Rows %1–%2").arg(QLocale().toString(first), QLocale().toString(last)));
            updatePager();
        });
}

void DatasetPreview::updatePager()
{
    m_previous->setEnabled(m_offset > 0 && !m_dataset.isEmpty());
    m_next->setEnabled(m_total >= 0 && m_offset + kPageRows < m_total);
}
