// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardpage.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include "app/core/appsettings.h"
#include "app/eval/reporthtml.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "ui/common/banner.h"
#include "ui/dashboard/chartcard.h"
#include "ui/dashboard/heatmapview.h"
#include "ui/dashboard/reportpdf.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int DebounceMs = 400;

// Stats::kappaBand and alphaBand give English keys; these make them translatable.
[[maybe_unused]] constexpr const char *AgreementBands[] = {QT_TRANSLATE_NOOP("AgreementBand", "poor"),
    QT_TRANSLATE_NOOP("AgreementBand", "slight"), QT_TRANSLATE_NOOP("AgreementBand", "fair"),
    QT_TRANSLATE_NOOP("AgreementBand", "moderate"), QT_TRANSLATE_NOOP("AgreementBand", "substantial"),
    QT_TRANSLATE_NOOP("AgreementBand", "almost perfect"), QT_TRANSLATE_NOOP("AgreementBand", "reliable"),
    QT_TRANSLATE_NOOP("AgreementBand", "tentative"), QT_TRANSLATE_NOOP("AgreementBand", "unreliable")};
constexpr int MaxLabelsCharted = 12;

struct Computed
{
    SessionReport report;
    QString error;
};

QString points(double value)
{
    return QString::number(std::round(value), 'f', 0);
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// Follows the window's palette so the charts read in light and dark themes.
void applyPalette(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    const QColor text = palette.color(QPalette::Text);
    chart->legend()->setLabelColor(text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

QTableWidget *newTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

QTableWidgetItem *textItem(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

QTableWidgetItem *numberItem(const QString &text, const QString &toolTip = QString())
{
    QTableWidgetItem *item = textItem(text, toolTip);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString optionalNumber(const std::optional<double> &value, int decimals, const QString &suffix = QString())
{
    return value ? QString::number(*value, 'f', decimals) + suffix : u"–"_s;
}

// A session name as part of a suggested file name: no folder separators or characters file systems refuse.
QString fileSafe(const QString &name)
{
    QString safe = name;
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>'
            || c == u'|' || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return safe.trimmed().isEmpty() ? u"session"_s : safe.trimmed();
}

void fitHeight(QTableWidget *table)
{
    table->resizeColumnsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    // Room for the horizontal scroll bar a narrow window needs, so it never covers the last row.
    table->setFixedHeight(height + 2 + table->horizontalScrollBar()->sizeHint().height());
}

} // namespace

DashboardPage::DashboardPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *sessionLabel = new QLabel(tr("&Session:"), this);
    m_sessions = new QComboBox(this);
    m_sessions->setMinimumContentsLength(20);
    m_sessions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sessionLabel->setBuddy(m_sessions);
    m_state = new QLabel(this);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_exportButton = new QPushButton(tr("Export &report…"), this);
    m_exportButton->setToolTip(tr("Save the whole dashboard as an HTML page or a PDF to send"));
    top->addWidget(sessionLabel);
    top->addWidget(m_sessions);
    top->addWidget(m_state, 1);
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    m_banner = new Banner(this);
    layout->addWidget(m_banner);
    connect(m_banner, &Banner::retryRequested, this, [this] {
        m_banner->hide();
        refresh();
    });

    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    layout->addWidget(m_headline);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const auto addChart = [this](const QString &name) {
        auto *view = new QChartView(newChart());
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        auto *card = new ChartCard(name, view, true);
        m_cards.insert(name, card);
        return card;
    };
    const auto addTable = [this](const QString &name, QTableWidget *table) {
        auto *card = new ChartCard(name, table, false);
        m_cards.insert(name, card);
        return card;
    };
    m_leaderboard = newTable({tr("#"), tr("Candidate"), tr("Endpoint"), tr("Strength"), tr("95 % CI"), tr("Elo"),
        tr("Wins"), tr("Ties"), tr("Losses"), tr("Both bad"), tr("Win rate"), tr("Mean rating (95 % CI)")});
    m_criteria = newTable({tr("Verdict"), tr("Criterion"), tr("Endpoint"), tr("Value"), tr("Evidence")});
    m_agreement =
        newTable({tr("Data"), tr("Measure"), tr("Value"), tr("Reading"), tr("Shared items"), tr("Reviewers")});
    m_latency = newTable({tr("Candidate"), tr("Runs"), tr("TTFT median"), tr("TTFT p90"), tr("TTFT p95"),
        tr("Total median"), tr("Total p90"), tr("Total p95"), tr("Tokens/s"), tr("Errors"), tr("$ / 1k output")});
    m_heatmap = new HeatmapView;
    auto *heatCard = new ChartCard(u"win-rate"_s, m_heatmap, true);
    m_cards.insert(u"win-rate"_s, heatCard);

    grid->addWidget(addChart(u"leaderboard"_s), 0, 0);
    grid->addWidget(addTable(u"criteria-table"_s, m_criteria), 0, 1);
    grid->addWidget(addTable(u"leaderboard-table"_s, m_leaderboard), 1, 0, 1, 2);
    grid->addWidget(heatCard, 2, 0);
    grid->addWidget(addChart(u"ratings"_s), 2, 1);
    grid->addWidget(addChart(u"ttft"_s), 3, 0);
    grid->addWidget(addChart(u"total-time"_s), 3, 1);
    grid->addWidget(addChart(u"tokens-per-second"_s), 4, 0);
    grid->addWidget(addChart(u"labels"_s), 4, 1);
    grid->addWidget(addTable(u"agreement-table"_s, m_agreement), 5, 0, 1, 2);
    grid->addWidget(addTable(u"latency-table"_s, m_latency), 6, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(7, 1);
    m_cards.value(u"criteria-table"_s)->setTitle(tr("Success criteria"));
    m_cards.value(u"leaderboard-table"_s)->setTitle(tr("Leaderboard"));
    m_cards.value(u"agreement-table"_s)->setTitle(tr("Agreement between reviewers"));
    m_cards.value(u"latency-table"_s)->setTitle(tr("Latency, throughput and cost"));
    for (ChartCard *card : std::as_const(m_cards)) {
        connect(card, &ChartCard::exportRequested, this, [this](const QString &name, const QString &format) {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
            const QString suggested = u"%1/%2-%3.%4"_s.arg(folder, fileSafe(m_report.sessionName), name, format);
            const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested,
                format == u"svg"_s ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)"));
            if (path.isEmpty())
                return;
            QString error;
            if (exportChart(name, path, &error))
                Q_EMIT statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
            else
                Q_EMIT statusMessage(tr("Could not save the chart: %1").arg(error));
        });
    }
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::startComputing);
    connect(m_sessions, &QComboBox::activated, this,
        [this](int index) { openSession(m_sessions->itemData(index).toLongLong()); });
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardPage::chooseExportReport);
    if (m_services.runs) {
        connect(m_services.runs, &RunStore::sessionsChanged, this, [this] {
            reloadSessions();
            scheduleRefresh(); // settings (criteria, scale) live with the session
        });
        connect(m_services.runs, &RunStore::runSaved, this, [this](qint64 session, qint64) {
            if (session == m_sessionId)
                scheduleRefresh();
        });
    }
    if (m_services.judgments) {
        connect(m_services.judgments, &JudgmentStore::judgmentsChanged, this, [this](qint64 session) {
            if (session == m_sessionId)
                scheduleRefresh();
        });
    }
    reloadSessions();
    m_empty->setText(tr("No session yet — run prompts in Compare, then judge them in Review."));
    m_stack->setCurrentWidget(m_empty);
    m_exportButton->setEnabled(false);
}

DashboardPage::~DashboardPage()
{
    m_pool.waitForDone();
}

void DashboardPage::reloadSessions()
{
    if (!m_services.runs)
        return;
    const qint64 current = m_sessionId;
    m_sessions->clear();
    for (const SessionInfo &session : m_services.runs->sessions()) {
        if (!session.deletedAt.isValid())
            m_sessions->addItem(session.name, session.id);
    }
    int index = m_sessions->findData(current);
    if (index < 0 && m_sessions->count() > 0)
        index = 0;
    m_sessions->setCurrentIndex(index);
    const qint64 chosen = index >= 0 ? m_sessions->itemData(index).toLongLong() : 0;
    if (chosen != m_sessionId)
        openSession(chosen);
}

void DashboardPage::openSession(qint64 sessionId)
{
    const int index = m_sessions->findData(sessionId);
    if (index >= 0)
        m_sessions->setCurrentIndex(index);
    if (sessionId == m_sessionId && (m_computing || !m_report.sessionName.isEmpty()))
        return;
    m_sessionId = sessionId;
    if (isVisible())
        refresh();
    else
        m_dirty = true; // computed when the page is first shown, not at every start of the app
}

qint64 DashboardPage::sessionId() const
{
    return m_sessionId;
}

void DashboardPage::refresh()
{
    m_debounce->stop();
    startComputing();
}

void DashboardPage::scheduleRefresh()
{
    if (!isVisible()) {
        m_dirty = true; // computed when the page is shown
        return;
    }
    // A throttle, not a debounce: while a batch saves a run every few milliseconds the page still updates.
    if (!m_debounce->isActive())
        m_debounce->start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardPage::startComputing()
{
    m_dirty = false;
    if (!m_services.runs || m_sessionId == 0) {
        apply(SessionReport(), QString());
        return;
    }
    if (m_computing) {
        m_dirty = true; // once more when this one is done
        return;
    }
    m_computing = true;
    m_state->setText(tr("Updating…"));
    if (m_report.sessionName.isEmpty()) {
        m_empty->setText(tr("Computing the dashboard…"));
        m_stack->setCurrentWidget(m_empty);
    }
    const QString path = m_services.runs->databasePath();
    const qint64 session = m_sessionId;
    auto *watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcher<Computed>::finished, this, [this, watcher, session] {
        const Computed computed = watcher->result();
        watcher->deleteLater();
        m_computing = false;
        if (session == m_sessionId)
            apply(computed.report, computed.error);
        if (m_dirty || session != m_sessionId)
            refresh();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, session] {
        Computed computed;
        const std::optional<ReportInput> input = SessionReports::load(path, session, &computed.error);
        if (input)
            computed.report = SessionReports::build(*input);
        return computed;
    }));
}

void DashboardPage::apply(const SessionReport &report, const QString &error)
{
    if (!error.isEmpty()) {
        // The last good numbers stay in view; the banner says why they were not refreshed.
        m_banner->showMessage(
            Banner::Kind::Error, tr("The dashboard could not be updated from the session database."), error, true);
        m_state->setText(tr("Not updated"));
        if (m_report.sessionName.isEmpty()) {
            m_empty->setText(tr("The dashboard could not be computed."));
            m_stack->setCurrentWidget(m_empty);
        }
        Q_EMIT reportUpdated();
        return;
    }
    m_banner->hide();
    m_report = report;
    QStringList labels;
    for (const ReportCandidate &candidate : m_report.candidates)
        labels.append(candidate.label);
    m_colours = m_services.settings ? m_services.settings->seriesColours(labels) : QStringList();
    while (m_colours.size() < labels.size())
        m_colours.append(AppSettings::seriesPalette().at(m_colours.size() % AppSettings::seriesPalette().size()));
    if (m_sessionId != 0) {
        m_state->setText(tr("%n run(s)", nullptr, m_report.runCount) + u" · "_s
            + tr("%n judgment(s)", nullptr, m_report.judgmentCount + m_report.pairCount) + u" · "_s
            + tr("updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } else {
        m_state->clear();
    }
    const bool empty = m_report.candidates.isEmpty();
    m_exportButton->setEnabled(!m_report.sessionName.isEmpty());
    if (empty) {
        m_headline->clear();
        m_empty->setText(m_sessionId == 0
                ? tr("No session yet — run prompts in Compare, then judge them in Review.")
                : tr("No runs in this session yet — run prompts in Compare or a batch, then judge them in Review."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentIndex(1);
        rebuildCharts();
        fillTables();
    }
    Q_EMIT reportUpdated();
}

QStringList DashboardPage::chartNames() const
{
    return {
        u"leaderboard"_s, u"win-rate"_s, u"ttft"_s, u"total-time"_s, u"tokens-per-second"_s, u"ratings"_s, u"labels"_s};
}

QChart *DashboardPage::chart(const QString &name) const
{
    ChartCard *card = m_cards.value(name);
    auto *view = card ? qobject_cast<QChartView *>(card->content()) : nullptr;
    return view ? view->chart() : nullptr;
}

QWidget *DashboardPage::chartWidget(const QString &name) const
{
    ChartCard *card = m_cards.value(name);
    return card ? card->content() : nullptr;
}

QString DashboardPage::chartTitle(const QString &name) const
{
    ChartCard *card = m_cards.value(name);
    return card ? card->title() : QString();
}

void DashboardPage::rebuildCharts()
{
    const SessionReport &report = m_report;
    const QPalette palette = this->palette();
    const auto colourOf = [this](int candidate) {
        return QColor(m_colours.value(candidate, u"#0072b2"_s));
    };
    const auto label = [&report](int candidate) {
        return report.candidates.at(candidate).label;
    };
    const auto replace = [this](const QString &name) {
        auto *view = qobject_cast<QChartView *>(m_cards.value(name)->content());
        QChart *chart = newChart();
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
        return chart;
    };

    // Leaderboard: strength with its interval, best on top.
    {
        QChart *chart = replace(u"leaderboard"_s);
        QList<const LeaderboardRow *> ranked;
        for (const LeaderboardRow &row : report.leaderboard) {
            if (row.ranked)
                ranked.append(&row);
        }
        auto *x = new QValueAxis;
        x->setTitleText(tr("Strength (points, 95 % CI)"));
        chart->setToolTip(tr(
            "Bradley–Terry strength on an Elo-like scale: 1000 is the average candidate, 400 points mean 10:1 odds"));
        x->setLabelFormat(u"%.0f"_s);
        auto *y = new QCategoryAxis;
        y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        y->setGridLineVisible(false);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double lo = 1e300;
        double hi = -1e300;
        const int n = int(ranked.size());
        for (int i = 0; i < n; ++i) {
            const LeaderboardRow &row = *ranked.at(i);
            const double position = n - 1 - i;
            lo = std::min(lo, row.ciLow);
            hi = std::max(hi, row.ciHigh);
            auto *interval = new QLineSeries;
            interval->setName(tr("%1 (95 % CI)").arg(label(row.candidate)));
            interval->append(row.ciLow, position);
            interval->append(row.ciHigh, position);
            interval->setPen(QPen(colourOf(row.candidate), 3));
            auto *point = new QScatterSeries;
            point->setName(label(row.candidate));
            point->append(row.strength, position);
            point->setColor(colourOf(row.candidate));
            point->setBorderColor(palette.color(QPalette::Base));
            point->setMarkerSize(12);
            const QString tip = tr("%1: %2 points (95 % CI %3–%4)\n%5 wins, %6 ties, %7 losses · Elo %8")
                                    .arg(label(row.candidate), points(row.strength), points(row.ciLow),
                                        points(row.ciHigh), QString::number(row.wins), QString::number(row.ties),
                                        QString::number(row.losses), points(row.elo));
            connect(point, &QScatterSeries::hovered, this, [tip](const QPointF &, bool state) {
                if (state)
                    showTip(tip);
            });
            chart->addSeries(interval);
            chart->addSeries(point);
            for (QAbstractSeries *series :
                {static_cast<QAbstractSeries *>(interval), static_cast<QAbstractSeries *>(point)}) {
                series->attachAxis(x);
                series->attachAxis(y);
            }
        }
        y->setStartValue(-0.5);
        for (int i = n - 1; i >= 0; --i)
            y->append(label(ranked.at(i)->candidate), n - 1 - i);
        y->setRange(-0.5, std::max(0.5, n - 0.5));
        if (n > 0) {
            const double pad = std::max(10.0, (hi - lo) * 0.08);
            x->setRange(lo - pad, hi + pad);
            x->applyNiceNumbers();
        }
        QString title;
        if (n < 2) {
            title = tr("No ranking yet: judge pairs of outputs in Review (pairwise or rank all)");
        } else {
            const LeaderboardRow &first = *ranked.at(0);
            const LeaderboardRow &second = *ranked.at(1);
            // The same rule as SessionReport::headline, worded for the page.
            title = !report.canNameALeader()
                ? tr("%1 is ahead (%2 vs %3 points), but %n prompt(s) are too few to say so with confidence", nullptr,
                    report.promptsCompared)
                      .arg(label(first.candidate), points(first.strength), points(second.strength))
                : first.ciLow <= second.ciHigh
                ? tr("%1 and %2 are level within their 95 % intervals (%3 vs %4 points)")
                      .arg(label(first.candidate), label(second.candidate), points(first.strength),
                          points(second.strength))
                : tr("%1 leads: %2 win rate, %3 points (95 % CI %4–%5)")
                      .arg(label(first.candidate), QString::number(first.winRate().value_or(0), 'f', 2),
                          points(first.strength), points(first.ciLow), points(first.ciHigh));
        }
        m_cards.value(u"leaderboard"_s)->setTitle(title);
        applyPalette(chart, palette);
    }

    // Win-rate heatmap over the ranked candidates, best first.
    {
        QStringList labels;
        QList<int> order;
        for (const LeaderboardRow &row : report.leaderboard) {
            if (row.ranked) {
                order.append(row.candidate);
                labels.append(label(row.candidate));
            }
        }
        QList<QList<Stats::PairRecord>> matrix;
        for (int i : order) {
            QList<Stats::PairRecord> line;
            for (int j : order)
                line.append(report.winMatrix.at(i).at(j));
            matrix.append(line);
        }
        m_heatmap->setData(labels, matrix);
        m_cards.value(u"win-rate"_s)
            ->setTitle(order.size() < 2 ? tr("Win rate between every pair: no pairwise judgments yet")
                                        : tr("Win rate between every pair (row against column)"));
    }

    // Box plots of time to first token and total time.
    for (const bool ttft : {true, false}) {
        const QString name = ttft ? u"ttft"_s : u"total-time"_s;
        QChart *chart = replace(name);
        auto *series = new QBoxPlotSeries;
        QStringList categories;
        double best = 1e300;
        QString bestLabel;
        double hi = 0;
        for (const LatencyRow &row : report.latency) {
            const Stats::BoxSummary &box = ttft ? row.ttft : row.total;
            if (box.count == 0)
                continue;
            auto *set = new QBoxSet(box.lowerWhisker, box.lowerQuartile, box.median, box.upperQuartile,
                box.upperWhisker, label(row.candidate));
            QColor fill = colourOf(row.candidate);
            set->setBrush(fill);
            set->setPen(QPen(palette.color(QPalette::Text), 1));
            const QString tip =
                tr("%1: median %2 ms, quartiles %3–%4 ms, whiskers %5–%6 ms\n%7 runs, %8 outliers")
                    .arg(label(row.candidate), QString::number(box.median, 'f', 0),
                        QString::number(box.lowerQuartile, 'f', 0), QString::number(box.upperQuartile, 'f', 0),
                        QString::number(box.lowerWhisker, 'f', 0), QString::number(box.upperWhisker, 'f', 0),
                        QString::number(box.count), QString::number(box.outliers.size()));
            connect(set, &QBoxSet::hovered, this, [tip](bool state) {
                if (state)
                    showTip(tip);
            });
            series->append(set);
            categories.append(label(row.candidate));
            hi = std::max(hi, box.upperWhisker);
            if (box.median < best) {
                best = box.median;
                bestLabel = label(row.candidate);
            }
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        auto *y = new QValueAxis;
        y->setTitleText(ttft ? tr("Time to first token (ms)") : tr("Total time (ms)"));
        y->setLabelFormat(u"%.0f"_s);
        y->setRange(0, hi > 0 ? hi * 1.08 : 1);
        y->applyNiceNumbers();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        applyPalette(chart, palette);
        QString title;
        if (categories.isEmpty())
            title = ttft ? tr("Time to first token: no successful runs yet") : tr("Total time: no successful runs yet");
        else if (ttft)
            title = tr("Fastest first token: %1 (median %2 ms)").arg(bestLabel, QString::number(best, 'f', 0));
        else
            title = tr("Fastest answer: %1 (median %2 ms in all)").arg(bestLabel, QString::number(best, 'f', 0));
        m_cards.value(name)->setTitle(title);
    }

    // Tokens per second: one bar per candidate in its colour (a stacked series with one set per candidate).
    {
        QChart *chart = replace(u"tokens-per-second"_s);
        auto *series = new QHorizontalStackedBarSeries;
        QStringList categories;
        QList<const LatencyRow *> rows;
        for (const LatencyRow &row : report.latency) {
            if (row.tokensPerSecondMedian)
                rows.append(&row);
        }
        double best = -1;
        QString bestLabel;
        for (int i = 0; i < rows.size(); ++i) {
            const LatencyRow &row = *rows.at(i);
            auto *set = new QBarSet(label(row.candidate));
            for (int j = 0; j < rows.size(); ++j)
                set->append(j == i ? *row.tokensPerSecondMedian : 0.0);
            set->setColor(colourOf(row.candidate));
            set->setBorderColor(colourOf(row.candidate));
            const QString tip = tr("%1: %2 tokens/s (median of %n run(s))", nullptr, int(row.tokensPerSecond.size()))
                                    .arg(label(row.candidate), QString::number(*row.tokensPerSecondMedian, 'f', 1));
            connect(set, &QBarSet::hovered, this, [tip](bool state, int) {
                if (state)
                    showTip(tip);
            });
            series->append(set);
            categories.append(label(row.candidate));
            if (*row.tokensPerSecondMedian > best) {
                best = *row.tokensPerSecondMedian;
                bestLabel = label(row.candidate);
            }
        }
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        auto *x = new QValueAxis;
        x->setTitleText(tr("Output tokens per second (median)"));
        x->setLabelFormat(u"%.0f"_s);
        x->setRange(0, best > 0 ? best * 1.1 : 1);
        x->applyNiceNumbers();
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        applyPalette(chart, palette);
        m_cards.value(u"tokens-per-second"_s)
            ->setTitle(rows.isEmpty()
                    ? tr("Throughput: no measurements yet")
                    : tr("Highest throughput: %1 (%2 tokens/s median)").arg(bestLabel, QString::number(best, 'f', 1)));
    }

    // Rating distribution: bars per rating value, one set per candidate.
    {
        QChart *chart = replace(u"ratings"_s);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *series = new QBarSeries;
        int total = 0;
        int max = 0;
        for (int i = 0; i < report.candidates.size(); ++i) {
            auto *set = new QBarSet(label(i));
            set->setColor(colourOf(i));
            set->setBorderColor(colourOf(i));
            const QList<int> counts = report.ratingCounts.value(i);
            for (int count : counts) {
                set->append(count);
                total += count;
                max = std::max(max, count);
            }
            const QString name = label(i);
            const int ratingMin = report.ratingMin;
            connect(set, &QBarSet::hovered, this, [name, counts, ratingMin](bool state, int index) {
                if (state) {
                    showTip(DashboardPage::tr("%1 rated %2: %n time(s)", nullptr, counts.value(index))
                                .arg(name, QString::number(ratingMin + index)));
                }
            });
            series->append(set);
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        for (int r = report.ratingMin; r <= report.ratingMax; ++r)
            x->append(QString::number(r));
        x->setTitleText(tr("Rating"));
        auto *y = new QValueAxis;
        y->setTitleText(tr("Judgments"));
        y->setLabelFormat(u"%.0f"_s);
        y->setRange(0, std::max(1, max));
        y->applyNiceNumbers();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        applyPalette(chart, palette);
        const LeaderboardRow *best = nullptr;
        for (const LeaderboardRow &row : report.leaderboard) {
            if (row.rating.count > 0 && (!best || row.rating.mean > best->rating.mean))
                best = &row;
        }
        QString title;
        if (total == 0)
            title = tr("Ratings: none yet (rate single outputs in Review)");
        else if (best->rating.hasInterval)
            title = tr("Rated highest: %1, mean %2 (95 % CI %3–%4)")
                        .arg(label(best->candidate), QString::number(best->rating.mean, 'f', 2),
                            QString::number(best->rating.ciLow, 'f', 2), QString::number(best->rating.ciHigh, 'f', 2));
        else
            title = tr("Rated highest: %1, mean %2")
                        .arg(label(best->candidate), QString::number(best->rating.mean, 'f', 2));
        m_cards.value(u"ratings"_s)->setTitle(title);
    }

    // Label counts: one bar per label and candidate, the most used labels first.
    {
        QChart *chart = replace(u"labels"_s);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *series = new QHorizontalBarSeries;
        const int shown = int(std::min<qsizetype>(report.labels.size(), MaxLabelsCharted));
        int max = 0;
        for (int i = 0; i < report.candidates.size(); ++i) {
            auto *set = new QBarSet(label(i));
            set->setColor(colourOf(i));
            set->setBorderColor(colourOf(i));
            QList<int> counts;
            // Most used at the top: a horizontal bar axis runs bottom-up.
            for (int l = shown - 1; l >= 0; --l) {
                const int count = report.labelCounts.at(l).value(i);
                counts.append(count);
                set->append(count);
                max = std::max(max, count);
            }
            const QString name = label(i);
            QStringList names;
            for (int l = shown - 1; l >= 0; --l)
                names.append(report.labels.at(l));
            connect(set, &QBarSet::hovered, this, [name, names, counts](bool state, int index) {
                if (state) {
                    showTip(DashboardPage::tr("%1 labelled “%2”: %n time(s)", nullptr, counts.value(index))
                                .arg(name, names.value(index)));
                }
            });
            series->append(set);
        }
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        for (int l = shown - 1; l >= 0; --l)
            y->append(report.labels.at(l));
        auto *x = new QValueAxis;
        x->setTitleText(tr("Judgments"));
        x->setLabelFormat(u"%.0f"_s);
        x->setRange(0, std::max(1, max));
        x->applyNiceNumbers();
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        applyPalette(chart, palette);
        int total = 0;
        if (!report.labels.isEmpty()) {
            for (int count : report.labelCounts.first())
                total += count;
        }
        m_cards.value(u"labels"_s)
            ->setTitle(report.labels.isEmpty()
                    ? tr("Labels: none used yet")
                    : tr("Most used label: “%1” (%n time(s))", nullptr, total).arg(report.labels.first()));
    }
    m_headline->setText(m_cards.value(u"leaderboard"_s)->title());
}

void DashboardPage::fillTables()
{
    const SessionReport &report = m_report;
    const auto swatch = [this](int candidate) {
        QPixmap pixmap(10, 10);
        pixmap.fill(QColor(m_colours.value(candidate, u"#0072b2"_s)));
        return QIcon(pixmap);
    };

    m_leaderboard->setRowCount(int(report.leaderboard.size()));
    int rank = 0;
    for (int r = 0; r < report.leaderboard.size(); ++r) {
        const LeaderboardRow &row = report.leaderboard.at(r);
        const ReportCandidate &candidate = report.candidates.at(row.candidate);
        QTableWidgetItem *name = textItem(candidate.label, candidate.model);
        name->setIcon(swatch(row.candidate));
        const QString rating = row.rating.count == 0
            ? u"–"_s
            : (row.rating.hasInterval
                    ? tr("%1 (%2–%3), n = %4")
                          .arg(QString::number(row.rating.mean, 'f', 2), QString::number(row.rating.ciLow, 'f', 2),
                              QString::number(row.rating.ciHigh, 'f', 2), QString::number(row.rating.count))
                    : tr("%1, n = %2")
                          .arg(QString::number(row.rating.mean, 'f', 2), QString::number(row.rating.count)));
        const QList<QTableWidgetItem *> items{numberItem(row.ranked ? QString::number(++rank) : u"–"_s), name,
            textItem(candidate.endpoint), numberItem(row.ranked ? points(row.strength) : u"–"_s),
            numberItem(row.ranked ? u"%1–%2"_s.arg(points(row.ciLow), points(row.ciHigh)) : u"–"_s),
            numberItem(row.ranked ? points(row.elo) : u"–"_s), numberItem(QString::number(row.wins)),
            numberItem(QString::number(row.ties)), numberItem(QString::number(row.losses)),
            numberItem(QString::number(row.bothBad)), numberItem(optionalNumber(row.winRate(), 2)), numberItem(rating)};
        for (int c = 0; c < items.size(); ++c)
            m_leaderboard->setItem(r, c, items.at(c));
    }
    fitHeight(m_leaderboard);

    const QPalette palette = this->palette();
    m_criteria->setRowCount(int(report.criteria.size()));
    int passed = 0;
    for (int r = 0; r < report.criteria.size(); ++r) {
        const CriterionResult &result = report.criteria.at(r);
        QString verdict;
        QColor badge;
        switch (result.state) {
        case CriterionResult::State::Pass:
            verdict = tr("pass");
            badge = QColor(0x1a, 0x7f, 0x37);
            ++passed;
            break;
        case CriterionResult::State::Fail:
            verdict = tr("fail");
            badge = QColor(0xc0, 0x24, 0x24);
            break;
        case CriterionResult::State::NoData:
            verdict = tr("no data");
            badge = palette.color(QPalette::Mid);
            break;
        case CriterionResult::State::Invalid:
            verdict = tr("invalid");
            badge = QColor(0xc0, 0x24, 0x24);
            break;
        }
        QTableWidgetItem *verdictItem = textItem(verdict);
        verdictItem->setBackground(badge);
        verdictItem->setForeground(QColor(Qt::white));
        verdictItem->setTextAlignment(Qt::AlignCenter);
        QFont bold = verdictItem->font();
        bold.setBold(true);
        verdictItem->setFont(bold);
        m_criteria->setItem(r, 0, verdictItem);
        m_criteria->setItem(
            r, 1, textItem(result.state == CriterionResult::State::Invalid ? result.error : result.criterion.text()));
        m_criteria->setItem(r, 2, textItem(result.endpoint.isEmpty() ? u"–"_s : result.endpoint));
        m_criteria->setItem(
            r, 3, numberItem(result.value ? Criteria::formatValue(result.criterion.metric, *result.value) : u"–"_s));
        m_criteria->setItem(r, 4,
            numberItem(QString::number(result.evidence),
                tr("Computed from %n rating(s), judgment(s) or run(s)", nullptr, result.evidence)));
    }
    fitHeight(m_criteria);
    m_cards.value(u"criteria-table"_s)
        ->setTitle(report.criteria.isEmpty()
                ? tr("Success criteria: none set (add them on the Sessions page)")
                : tr("Success criteria: %1 of %2 met")
                      .arg(QString::number(passed), QString::number(report.criteria.size())));

    m_agreement->setRowCount(int(report.agreement.size()));
    for (int r = 0; r < report.agreement.size(); ++r) {
        const AgreementRow &row = report.agreement.at(r);
        const QString dataName = row.data == u"ratings"_s ? tr("Ratings")
            : row.data == u"labels"_s                     ? tr("Labels")
                                                          : tr("Pairwise outcomes");
        const QString measure = row.measure == u"cohen_kappa"_s ? tr("Cohen's kappa")
            : row.measure == u"fleiss_kappa"_s                  ? tr("Fleiss' kappa")
            : row.level == u"ordinal"_s                         ? tr("Krippendorff's alpha (ordinal)")
                                                                : tr("Krippendorff's alpha (nominal)");
        m_agreement->setItem(r, 0, textItem(dataName));
        m_agreement->setItem(r, 1, textItem(measure));
        m_agreement->setItem(r, 2, numberItem(optionalNumber(row.agreement.value, 3)));
        m_agreement->setItem(r, 3,
            textItem(row.band.isEmpty() ? u"–"_s
                                        : QCoreApplication::translate("AgreementBand", row.band.toUtf8().constData())));
        m_agreement->setItem(r, 4, numberItem(QString::number(row.agreement.items)));
        m_agreement->setItem(r, 5, textItem(row.reviewers.join(u", "_s)));
    }
    fitHeight(m_agreement);
    m_cards.value(u"agreement-table"_s)
        ->setTitle(report.agreement.isEmpty()
                ? tr("Agreement between reviewers: needs two or more reviewers judging the same items")
                : tr("Agreement between reviewers (kappa after Landis & Koch, alpha after Krippendorff)"));

    m_latency->setRowCount(int(report.latency.size()));
    for (int r = 0; r < report.latency.size(); ++r) {
        const LatencyRow &row = report.latency.at(r);
        QTableWidgetItem *name = textItem(report.candidates.at(row.candidate).label);
        name->setIcon(swatch(row.candidate));
        const QList<QTableWidgetItem *> items{name, numberItem(QString::number(row.runs)),
            numberItem(row.ttft.count > 0 ? QString::number(row.ttft.median, 'f', 0) + u" ms"_s : u"–"_s),
            numberItem(optionalNumber(row.ttftP90, 0, u" ms"_s)), numberItem(optionalNumber(row.ttftP95, 0, u" ms"_s)),
            numberItem(row.total.count > 0 ? QString::number(row.total.median, 'f', 0) + u" ms"_s : u"–"_s),
            numberItem(optionalNumber(row.totalP90, 0, u" ms"_s)),
            numberItem(optionalNumber(row.totalP95, 0, u" ms"_s)),
            numberItem(optionalNumber(row.tokensPerSecondMedian, 1)),
            numberItem(optionalNumber(row.errorRate, 1, u" %"_s)),
            numberItem(
                row.costPer1kOutputTokens ? u"$"_s + QString::number(*row.costPer1kOutputTokens, 'f', 4) : u"–"_s)};
        for (int c = 0; c < items.size(); ++c)
            m_latency->setItem(r, c, items.at(c));
    }
    fitHeight(m_latency);
}

bool DashboardPage::exportChart(const QString &name, const QString &path, QString *error)
{
    ChartCard *card = m_cards.value(name);
    if (!card) {
        *error = tr("There is no chart named %1.").arg(name);
        return false;
    }
    return card->exportTo(path, error);
}

bool DashboardPage::exportReport(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return ReportPdf::write(m_report, m_colours, path, error);
    QSaveFile file(path);
    const QByteArray html = ReportHtml::render(m_report, m_colours).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void DashboardPage::chooseExportReport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
        u"%1/%2 report.html"_s.arg(folder, fileSafe(m_report.sessionName)),
        tr("HTML page (*.html);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(u"pdf"_s) ? u".pdf"_s : u".html"_s;
    QString error;
    if (exportReport(target, &error))
        Q_EMIT statusMessage(tr("Saved the report to %1").arg(QFileInfo(target).fileName()));
    else
        Q_EMIT statusMessage(tr("Could not save the report: %1").arg(error));
}
