// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

struct BatchProgress;
class BatchRunner;
class QLabel;
class QProgressBar;
class QPushButton;

// The strip under the Compare toolbar while a batch runs: a determinate bar, done / failed / retrying, throughput and
// ETA, and Pause/Resume, Cancel and Re-run failed. It only shows the runner's state and forwards the buttons.
class BatchPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPanel)

public:
    explicit BatchPanel(BatchRunner *runner, QWidget *parent = nullptr);
    ~BatchPanel() override;

    void showProgress(const BatchProgress &progress);
    static QString progressText(const BatchProgress &progress);

    QProgressBar *bar() const
    {
        return m_bar;
    }
    QLabel *label() const
    {
        return m_label;
    }
    QPushButton *pauseButton() const
    {
        return m_pause;
    }
    QPushButton *cancelButton() const
    {
        return m_cancel;
    }
    QPushButton *rerunButton() const
    {
        return m_rerun;
    }

Q_SIGNALS:
    void rerunFailedRequested();

private:
    BatchRunner *m_runner;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
    QPushButton *m_close;
};
