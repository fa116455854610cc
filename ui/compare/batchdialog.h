// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "app/inference/endpoint.h"
#include "app/inference/promptset.h"
#include "app/storage/batchstore.h"

class EndpointStore;
class HubClient;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

// "Batch run…": where the prompts come from (a JSONL/CSV file, rows of a Hub dataset, or typed), the column or the
// template, the endpoints and the concurrency; a preview of the first rendered prompts and the number of requests.
// Accepting it hands back the spec, the endpoints and the prompts; it sends nothing itself.
class BatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDialog)

public:
    static constexpr int PreviewRows = 10;

    BatchDialog(EndpointStore *endpoints, HubClient *hub, QWidget *parent = nullptr);
    ~BatchDialog() override;

    // After accept(): what to run.
    BatchSpec spec() const;
    QList<Endpoint> selectedEndpoints() const;
    QList<RenderedPrompt> prompts() const
    {
        return m_prompts;
    }

    // The source tabs, in order.
    enum SourceTab
    {
        FileTab,
        DatasetTab,
        TypedTab
    };
    void loadFile(const QString &path); // what Browse… does after the file dialog
    void loadDataset(); // what Load does on the dataset tab

    QTabWidget *sourceTabs() const
    {
        return m_tabs;
    }
    QPlainTextEdit *typedEdit() const
    {
        return m_typed;
    }
    QLineEdit *datasetEdit() const
    {
        return m_dataset;
    }
    QComboBox *columnCombo() const
    {
        return m_column;
    }
    QLineEdit *templateEdit() const
    {
        return m_template;
    }
    QListWidget *endpointList() const
    {
        return m_endpoints;
    }
    QSpinBox *concurrencySpin() const
    {
        return m_concurrency;
    }
    QSpinBox *endpointConcurrencySpin() const
    {
        return m_endpointConcurrency;
    }
    QSpinBox *timeoutSpin() const
    {
        return m_timeout;
    }
    QTableWidget *previewTable() const
    {
        return m_preview;
    }
    QLabel *countLabel() const
    {
        return m_count;
    }
    QPushButton *startButton() const
    {
        return m_start;
    }

private:
    void setPromptSet(const std::optional<PromptSet> &set, const QJsonObject &source, const QString &error);
    void refreshPreview();

    HubClient *m_hub;
    QTabWidget *m_tabs;
    QLineEdit *m_file;
    QLineEdit *m_dataset;
    QLineEdit *m_config;
    QLineEdit *m_split;
    QSpinBox *m_rowFrom;
    QSpinBox *m_rowTo;
    QPushButton *m_loadDataset;
    QPlainTextEdit *m_typed;
    QComboBox *m_column;
    QLineEdit *m_template;
    QLineEdit *m_system;
    QSpinBox *m_maxTokens;
    QListWidget *m_endpoints;
    QSpinBox *m_concurrency;
    QSpinBox *m_retries;
    QSpinBox *m_endpointConcurrency;
    QSpinBox *m_timeout;
    QTableWidget *m_preview;
    QLabel *m_count;
    QLabel *m_error;
    QPushButton *m_start;
    std::optional<PromptSet> m_fileSet;
    std::optional<PromptSet> m_datasetSet;
    QJsonObject m_fileSource;
    QJsonObject m_datasetSource;
    QList<Endpoint> m_allEndpoints;
    QList<RenderedPrompt> m_prompts;
};
