// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

#include "app/inference/chattypes.h"
#include "app/inference/endpoint.h"
#include "app/inference/inferenceprovider.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;
class QDoubleSpinBox;
class QSpinBox;
class QLineEdit;
class QCheckBox;

// One column of the Compare page: which endpoint and model it asks, its parameter overrides, and the answer as it
// streams in (plain text while streaming, Markdown once done), reasoning apart and collapsed, live metrics, the error
// in place when it fails. Holds no logic of its own: the page feeds it from CompareRunner.
class CompareColumnView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareColumnView)

public:
    explicit CompareColumnView(QWidget *parent = nullptr);
    ~CompareColumnView() override;

    // The endpoints to choose from (by name); keeps the current choice when it still exists.
    void setEndpoints(const QList<Endpoint> &endpoints);
    void setCandidateModels(const QStringList &modelIds);
    // The models the selected endpoint lists (and, for the router, who serves them at what price).
    void setEndpointModels(const QList<EndpointModel> &models, const QString &error);

    bool hasEndpoint() const;
    Endpoint endpoint() const;
    QString model() const;
    GenerationParams overrides() const;
    QList<ProviderOffer> offers() const; // of the chosen model, when the endpoint listed them
    void selectEndpoint(const QString &name);
    void setModel(const QString &model);

    // Run lifecycle, driven by the page.
    void begin(const QString &userPrompt, bool followUp);
    void appendText(const QString &content, const QString &reasoning);
    void setStatusText(const QString &text);
    void setLiveTtft(double ms); // shown while streaming, once the first text arrived
    void finish(const RunResult &result);
    bool isRunning() const
    {
        return m_running;
    }
    // Offsets this column's text flushes so that columns do not all lay out in the same event-loop turn.
    void setFlushPhase(int index, int columns);
    QString outputText() const; // the answer as shown (the transcript of this conversation)
    QString metricsText() const;
    QString errorText() const;
    QString reasoningText() const;

Q_SIGNALS:
    void endpointChanged();
    void stopRequested();
    void removeRequested();

private:
    void flush();
    void updateMetrics();
    void toggleReasoning();
    void editOverrides();

    QComboBox *m_endpointBox;
    QComboBox *m_modelBox;
    QToolButton *m_overridesButton;
    QToolButton *m_stopButton;
    QToolButton *m_removeButton;
    QLabel *m_providers;
    QLabel *m_status;
    QLabel *m_error;
    QToolButton *m_reasoningToggle;
    QPlainTextEdit *m_reasoning;
    QTextBrowser *m_output;
    QLabel *m_metrics;

    QList<Endpoint> m_endpoints;
    QStringList m_candidates;
    QList<EndpointModel> m_models;
    GenerationParams m_overrides;
    QString m_transcript; // earlier turns, Markdown
    QString m_current; // this turn's answer so far
    QString m_pendingContent;
    QString m_pendingReasoning;
    QString m_reasoningAll;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    bool m_running = false;
    int m_flushPhaseMs = 0;
    double m_liveTtftMs = -1;
    RunResult m_last;
};
