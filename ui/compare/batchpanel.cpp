// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/batchpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include "app/inference/batchrunner.h"

using namespace Qt::StringLiterals;

namespace {

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return BatchPanel::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

BatchPanel::BatchPanel(BatchRunner *runner, QWidget *parent)
    : QFrame(parent)
    , m_runner(runner)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel batch"), this))
    , m_rerun(new QPushButton(tr("Re-run failed"), this))
    , m_close(new QPushButton(tr("Hide"), this))
{
    setFrameShape(QFrame::StyledPanel);
    m_bar->setAccessibleName(tr("Batch progress"));
    m_bar->setTextVisible(true);
    m_label->setAccessibleName(tr("Batch status"));
    m_rerun->hide();
    m_close->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label, 2);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);
    layout->addWidget(m_rerun);
    layout->addWidget(m_close);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner->isPaused())
            m_runner->resume();
        else
            m_runner->pause();
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &BatchRunner::cancel);
    connect(m_rerun, &QPushButton::clicked, this, &BatchPanel::rerunFailedRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_runner, &BatchRunner::progressChanged, this, &BatchPanel::showProgress);
    hide();
}

BatchPanel::~BatchPanel() = default;

QString BatchPanel::progressText(const BatchProgress &p)
{
    QString text = tr("%1 of %2 · %3 ok · %4 failed · %5 retrying")
                       .arg(p.completed())
                       .arg(p.total)
                       .arg(p.done)
                       .arg(p.failed)
                       .arg(p.retrying);
    if (p.finished)
        return text;
    text += u" · "_s + tr("%1/s").arg(p.throughputPerSecond, 0, 'f', 1);
    if (p.paused)
        text += u" · "_s + tr("paused");
    else if (p.etaMs >= 0)
        text += u" · "_s + tr("ETA %1").arg(durationText(p.etaMs));
    return text;
}

void BatchPanel::showProgress(const BatchProgress &progress)
{
    show();
    m_bar->setRange(0, std::max(1, progress.total));
    m_bar->setValue(progress.completed());
    m_label->setText(progressText(progress));
    const bool running = m_runner->isActive();
    m_pause->setVisible(running);
    m_cancel->setVisible(running);
    m_pause->setText(progress.paused ? tr("&Resume") : tr("&Pause"));
    m_rerun->setVisible(!running && progress.failed > 0);
    m_close->setVisible(!running);
}
