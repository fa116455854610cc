// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include "app/inference/endpoint.h"
#include "app/inference/promptset.h"
#include "app/storage/batchstore.h"

class Banner;
class BatchDialog;
class BatchPanel;
class BatchRunner;
class BatchStore;
class CandidateStore;
class CompareColumnView;
class CompareRunner;
class EndpointService;
class EndpointStore;
class HubClient;
class QAction;
class QCheckBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class RunStore;
class SecretStore;

// The Compare page: the same prompt streamed to 2–8 columns (endpoint + model) at once, with shared parameters,
// follow-up turns, Stop per column and for all, and every run saved into the current session as it finishes.
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    struct Services
    {
        CompareRunner *runner = nullptr;
        EndpointStore *endpoints = nullptr;
        EndpointService *endpointService = nullptr;
        RunStore *runs = nullptr;
        SecretStore *secrets = nullptr;
        CandidateStore *candidates = nullptr; // optional: its models are offered in every column
        BatchRunner *batchRunner = nullptr; // optional, with `batches`: "Batch run…"
        BatchStore *batches = nullptr;
        HubClient *hub = nullptr; // optional: Hub datasets as prompt sets
    };

    explicit ComparePage(const Services &services, QWidget *parent = nullptr);
    ~ComparePage() override;

    int columnCount() const;
    CompareColumnView *column(int index) const;
    void addColumn();
    void removeColumn(int index);
    // Columns for these models (from the candidate list), on the first endpoint of a suitable kind.
    void compareModels(const QStringList &modelIds);
    // New runs go into this session (from the Sessions page's "Continue in Compare"). Ignored while running.
    void openSession(qint64 sessionId);

    QPlainTextEdit *promptEdit() const
    {
        return m_prompt;
    }
    QPlainTextEdit *systemEdit() const
    {
        return m_system;
    }
    QPushButton *runButton() const
    {
        return m_run;
    }
    QPushButton *followUpButton() const
    {
        return m_followUp;
    }
    QPushButton *stopAllButton() const
    {
        return m_stopAll;
    }
    Banner *banner() const
    {
        return m_banner;
    }
    void openEndpointsDialog();

    // Batch evaluation of the current session (issue 7). The dialog is opened non-modally and starts the batch when
    // accepted; a session with an unfinished batch shows a banner offering to resume it.
    QAction *batchAction() const
    {
        return m_batchAction;
    }
    void openBatchDialog();
    // Stores the batch in the current session (one unfinished batch per session) and starts it.
    bool startBatch(const BatchSpec &spec, const QList<RenderedPrompt> &prompts);
    bool resumeBatch();
    bool rerunFailedBatch();
    Banner *batchBanner() const
    {
        return m_batchBanner;
    }
    BatchPanel *batchPanel() const
    {
        return m_batchPanel;
    }

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void run(bool followUp);
    void reloadEndpoints();
    void reloadCandidates();
    void loadModels(CompareColumnView *view);
    void updateButtons();
    void updateSessionLabel();
    qint64 ensureSession();
    void checkUnfinishedBatch();
    bool startStoredBatch(qint64 batchId);

    Services m_services;
    Banner *m_banner;
    QLabel *m_sessionLabel;
    QPlainTextEdit *m_system;
    QPlainTextEdit *m_prompt;
    QCheckBox *m_temperatureOn;
    QDoubleSpinBox *m_temperature;
    QCheckBox *m_topPOn;
    QDoubleSpinBox *m_topP;
    QCheckBox *m_maxTokensOn;
    QSpinBox *m_maxTokens;
    QCheckBox *m_seedOn;
    QSpinBox *m_seed;
    QLineEdit *m_stop;
    QPushButton *m_run;
    QPushButton *m_followUp;
    QPushButton *m_stopAll;
    QPushButton *m_addColumn;
    QSplitter *m_columns;
    QLabel *m_empty;
    QList<QPointer<CompareColumnView>> m_views;
    Banner *m_batchBanner;
    BatchPanel *m_batchPanel = nullptr;
    QAction *m_batchAction;
};
