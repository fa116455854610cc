// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include "app/eval/sessionreport.h"

class AppSettings;
class Banner;
class ChartCard;
class HeatmapView;
class JudgmentStore;
class QChart;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;
class RunStore;

// The product manager's view of a session: which candidate wins, by how much, how sure we are, and whether it meets
// the session's criteria. Every number comes from one SessionReport, computed on a worker thread with its own
// database connection and recomputed (debounced) as runs and judgments arrive. Each chart exports to PNG and SVG;
// the whole page exports as an HTML or PDF report with the same numbers (ReportHtml).
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    struct Services
    {
        RunStore *runs = nullptr;
        JudgmentStore *judgments = nullptr;
        AppSettings *settings = nullptr; // keeps each candidate's colour
    };

    explicit DashboardPage(const Services &services, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void openSession(qint64 sessionId);
    qint64 sessionId() const;
    void refresh(); // recompute now (debounced while runs and judgments arrive)

    const SessionReport &report() const
    {
        return m_report;
    }
    QStringList colours() const
    {
        return m_colours;
    }
    bool isComputing() const
    {
        return m_computing;
    }
    // Chart names as ReportHtml's: leaderboard, win-rate, ttft, total-time, tokens-per-second, ratings, labels.
    QStringList chartNames() const;
    QChart *chart(const QString &name) const; // nullptr for the heatmap, which is not a QChart
    QWidget *chartWidget(const QString &name) const; // what gets exported
    QString chartTitle(const QString &name) const;
    QTableWidget *leaderboardTable() const
    {
        return m_leaderboard;
    }
    QTableWidget *criteriaTable() const
    {
        return m_criteria;
    }
    QTableWidget *agreementTable() const
    {
        return m_agreement;
    }
    QTableWidget *latencyTable() const
    {
        return m_latency;
    }
    HeatmapView *heatmap() const
    {
        return m_heatmap;
    }

    // PNG or SVG by the suffix; false and *error on failure.
    bool exportChart(const QString &name, const QString &path, QString *error);
    // HTML or PDF by the suffix.
    bool exportReport(const QString &path, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void reportUpdated(); // the page shows a new report

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadSessions();
    void scheduleRefresh();
    void startComputing();
    void apply(const SessionReport &report, const QString &error);
    void rebuildCharts();
    void fillTables();
    void chooseExportReport();

    Services m_services;
    SessionReport m_report;
    QStringList m_colours;
    qint64 m_sessionId = 0;
    bool m_computing = false;
    bool m_dirty = false;
    QThreadPool m_pool; // one worker; waited for in the destructor

    Banner *m_banner = nullptr;
    QComboBox *m_sessions = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_exportButton = nullptr;
    QStackedWidget *m_stack = nullptr; // the empty state or the charts
    QLabel *m_empty = nullptr;
    QTimer *m_debounce = nullptr;
    QHash<QString, ChartCard *> m_cards;
    HeatmapView *m_heatmap = nullptr;
    QTableWidget *m_leaderboard = nullptr;
    QTableWidget *m_criteria = nullptr;
    QTableWidget *m_agreement = nullptr;
    QTableWidget *m_latency = nullptr;
};
