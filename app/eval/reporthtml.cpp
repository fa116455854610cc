// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/reporthtml.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int ChartWidth = 720;
constexpr int LabelWidth = 190; // candidate names left of the plot
constexpr int RightMargin = 70; // values right of the plot
constexpr int RowHeight = 28;
constexpr int AxisHeight = 36;
constexpr int TopMargin = 12;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

QString elide(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + u"…"_s;
}

// Round numbers for an axis from lo to hi: about five steps of 1, 2 or 5 times a power of ten.
QList<double> ticks(double lo, double hi)
{
    if (!(hi > lo))
        hi = lo + 1;
    const double raw = (hi - lo) / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * power;
        if (raw <= step)
            break;
    }
    QList<double> result;
    for (double tick = std::ceil(lo / step) * step; tick <= hi + step * 1e-9; tick += step)
        result.append(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    return result;
}

class Svg
{
public:
    Svg(int width, int height)
        : m_width(width)
        , m_height(height)
    {
    }
    void text(double x, double y, const QString &content, const QString &anchor = u"start"_s,
        const QString &extra = QString())
    {
        m_body += u"<text x=\"%1\" y=\"%2\" text-anchor=\"%3\"%4>%5</text>\n"_s.arg(
            num(x, 1), num(y, 1), anchor, extra.isEmpty() ? QString() : u" "_s + extra, esc(content));
    }
    void line(double x1, double y1, double x2, double y2, const QString &stroke, double width = 1)
    {
        m_body += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"/>\n"_s.arg(
            num(x1, 1), num(y1, 1), num(x2, 1), num(y2, 1), stroke, num(width, 1));
    }
    void rect(double x, double y, double w, double h, const QString &fill, const QString &title = QString(),
        const QString &stroke = QString())
    {
        m_body += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"%6>"_s.arg(num(x, 1), num(y, 1),
            num(std::max(w, 0.0), 1), num(std::max(h, 0.0), 1), fill,
            stroke.isEmpty() ? QString() : u" stroke=\"%1\""_s.arg(stroke));
        m_body += title.isEmpty() ? u"</rect>\n"_s : u"<title>%1</title></rect>\n"_s.arg(esc(title));
    }
    void circle(double x, double y, double r, const QString &fill, const QString &title = QString())
    {
        m_body += u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\">"_s.arg(num(x, 1), num(y, 1), num(r, 1), fill);
        m_body += title.isEmpty() ? u"</circle>\n"_s : u"<title>%1</title></circle>\n"_s.arg(esc(title));
    }
    // A horizontal value axis at the bottom of the plot, with vertical grid lines.
    void axis(double lo, double hi, double x0, double x1, double top, double bottom, const QString &unit)
    {
        for (double tick : ticks(lo, hi)) {
            const double x = x0 + (tick - lo) / (hi - lo) * (x1 - x0);
            line(x, top, x, bottom, u"#e3e3e3"_s);
            text(x, bottom + 14, QString::number(tick, 'g', 6), u"middle"_s, u"fill=\"#555\""_s);
        }
        line(x0, bottom, x1, bottom, u"#999"_s);
        text((x0 + x1) / 2, bottom + 30, unit, u"middle"_s, u"fill=\"#555\""_s);
    }
    void setHeight(int height)
    {
        m_height = height;
    }
    QByteArray document() const
    {
        return (u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                "font-family=\"sans-serif\" font-size=\"12\" fill=\"#222\">\n"
                "<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n"_s.arg(m_width)
                    .arg(m_height)
            + m_body + u"</svg>\n"_s)
            .toUtf8();
    }

private:
    int m_width;
    int m_height;
    QString m_body;
};

double scale(double value, double lo, double hi, double x0, double x1)
{
    return x0 + (value - lo) / (hi - lo) * (x1 - x0);
}

// Padded value range of everything plotted, never empty.
std::pair<double, double> range(double lo, double hi, bool fromZero)
{
    if (fromZero)
        lo = std::min(lo, 0.0);
    if (!(hi > lo))
        hi = lo + 1;
    const double pad = (hi - lo) * 0.05;
    return {fromZero && lo >= 0 ? lo : lo - pad, hi + pad};
}

ReportHtml::Chart leaderboardChart(const SessionReport &report, const QStringList &colours)
{
    QList<const LeaderboardRow *> rows;
    double lo = 1e300;
    double hi = -1e300;
    for (const LeaderboardRow &row : report.leaderboard) {
        if (!row.ranked)
            continue;
        rows.append(&row);
        lo = std::min(lo, row.ciLow);
        hi = std::max(hi, row.ciHigh);
    }
    const auto [from, to] = range(lo, hi, false);
    const int height = TopMargin + int(rows.size()) * RowHeight + AxisHeight;
    Svg svg(ChartWidth, height);
    const double x0 = LabelWidth;
    const double x1 = ChartWidth - RightMargin;
    svg.axis(from, to, x0, x1, TopMargin, height - AxisHeight, u"Bradley–Terry strength (points, 95 % CI)"_s);
    for (int i = 0; i < rows.size(); ++i) {
        const LeaderboardRow &row = *rows.at(i);
        const double y = TopMargin + i * RowHeight + RowHeight / 2.0;
        const QString colour = colours.value(row.candidate, u"#0072b2"_s);
        const QString label = report.candidates.at(row.candidate).label;
        svg.text(x0 - 8, y + 4, elide(label, 28), u"end"_s);
        const double a = scale(row.ciLow, from, to, x0, x1);
        const double b = scale(row.ciHigh, from, to, x0, x1);
        svg.line(a, y, b, y, colour, 2);
        svg.line(a, y - 6, a, y + 6, colour, 2);
        svg.line(b, y - 6, b, y + 6, colour, 2);
        svg.circle(scale(row.strength, from, to, x0, x1), y, 5, colour,
            u"%1: %2 points (95 % CI %3–%4); %5 wins, %6 ties, %7 losses"_s.arg(label, num(row.strength),
                num(row.ciLow), num(row.ciHigh), QString::number(row.wins), QString::number(row.ties),
                QString::number(row.losses)));
        svg.text(x1 + 8, y + 4, num(row.strength));
    }
    return {u"leaderboard"_s, report.headline(), svg.document()};
}

ReportHtml::Chart winRateChart(const SessionReport &report)
{
    QList<int> shown;
    for (const LeaderboardRow &row : report.leaderboard) {
        if (row.ranked)
            shown.append(row.candidate);
    }
    const int n = int(shown.size());
    const int cell = n > 6 ? 56 : 72;
    const int top = 40;
    const int width = std::max(ChartWidth, LabelWidth + n * cell + 20);
    const int height = top + n * cell + 24;
    Svg svg(width, height);
    for (int j = 0; j < n; ++j) {
        svg.text(LabelWidth + j * cell + cell / 2.0, top - 10, elide(report.candidates.at(shown.at(j)).label, 10),
            u"middle"_s);
    }
    for (int i = 0; i < n; ++i) {
        const double y = top + i * cell;
        svg.text(LabelWidth - 8, y + cell / 2.0 + 4, elide(report.candidates.at(shown.at(i)).label, 28), u"end"_s);
        for (int j = 0; j < n; ++j) {
            const double x = LabelWidth + j * cell;
            if (i == j) {
                svg.rect(x, y, cell, cell, u"#eeeeee"_s, QString(), u"#ffffff"_s);
                continue;
            }
            const Stats::PairRecord &record = report.winMatrix.at(shown.at(i)).at(shown.at(j));
            const std::optional<double> rate = record.winRate();
            const QString tip = rate
                ? u"%1 vs %2: win rate %3 (%4 wins, %5 ties, %6 losses)"_s.arg(report.candidates.at(shown.at(i)).label,
                    report.candidates.at(shown.at(j)).label, num(*rate, 2), QString::number(record.wins),
                    QString::number(record.ties), QString::number(record.losses))
                : u"%1 vs %2: not compared"_s.arg(
                    report.candidates.at(shown.at(i)).label, report.candidates.at(shown.at(j)).label);
            svg.rect(x, y, cell, cell, rate ? ReportHtml::heatColour(*rate) : u"#fafafa"_s, tip, u"#ffffff"_s);
            if (rate) {
                const QString ink = ReportHtml::heatNeedsLightText(*rate) ? u"fill=\"#ffffff\""_s : u"fill=\"#222\""_s;
                svg.text(x + cell / 2.0, y + cell / 2.0, num(*rate, 2), u"middle"_s, ink + u" font-weight=\"bold\""_s);
                svg.text(x + cell / 2.0, y + cell / 2.0 + 15,
                    u"%1–%2–%3"_s.arg(record.wins).arg(record.ties).arg(record.losses), u"middle"_s,
                    ink + u" font-size=\"10\""_s);
            } else {
                svg.text(x + cell / 2.0, y + cell / 2.0 + 4, u"–"_s, u"middle"_s, u"fill=\"#999\""_s);
            }
        }
    }
    svg.text(LabelWidth, height - 6, u"Row against column: win rate, then wins–ties–losses"_s, u"start"_s,
        u"fill=\"#555\" font-size=\"11\""_s);
    return {u"win-rate"_s, u"Win rate between every pair"_s, svg.document()};
}

ReportHtml::Chart boxChart(const SessionReport &report, const QStringList &colours, bool ttft)
{
    double lo = 1e300;
    double hi = -1e300;
    QList<const LatencyRow *> rows;
    for (const LatencyRow &row : report.latency) {
        const Stats::BoxSummary &box = ttft ? row.ttft : row.total;
        if (box.count == 0)
            continue;
        rows.append(&row);
        lo = std::min(lo, box.min);
        hi = std::max(hi, box.max);
    }
    const auto [from, to] = range(lo, hi, true);
    const int height = TopMargin + int(rows.size()) * RowHeight + AxisHeight;
    Svg svg(ChartWidth, height);
    const double x0 = LabelWidth;
    const double x1 = ChartWidth - RightMargin;
    svg.axis(
        from, to, x0, x1, TopMargin, height - AxisHeight, ttft ? u"Time to first token (ms)"_s : u"Total time (ms)"_s);
    for (int i = 0; i < rows.size(); ++i) {
        const LatencyRow &row = *rows.at(i);
        const Stats::BoxSummary &box = ttft ? row.ttft : row.total;
        const double y = TopMargin + i * RowHeight + RowHeight / 2.0;
        const QString colour = colours.value(row.candidate, u"#0072b2"_s);
        const QString label = report.candidates.at(row.candidate).label;
        const auto x = [&](double value) {
            return scale(value, from, to, x0, x1);
        };
        svg.text(x0 - 8, y + 4, elide(label, 28), u"end"_s);
        svg.line(x(box.lowerWhisker), y, x(box.lowerQuartile), y, u"#555"_s);
        svg.line(x(box.upperQuartile), y, x(box.upperWhisker), y, u"#555"_s);
        svg.line(x(box.lowerWhisker), y - 5, x(box.lowerWhisker), y + 5, u"#555"_s);
        svg.line(x(box.upperWhisker), y - 5, x(box.upperWhisker), y + 5, u"#555"_s);
        svg.rect(x(box.lowerQuartile), y - 8, x(box.upperQuartile) - x(box.lowerQuartile), 16, colour,
            u"%1: median %2 ms, quartiles %3–%4 ms, %5 runs"_s.arg(
                label, num(box.median), num(box.lowerQuartile), num(box.upperQuartile), QString::number(box.count)),
            u"#333"_s);
        svg.line(x(box.median), y - 8, x(box.median), y + 8, u"#ffffff"_s, 2);
        for (double outlier : box.outliers)
            svg.circle(x(outlier), y, 2.5, u"#555"_s, u"%1 ms"_s.arg(num(outlier)));
        svg.text(x1 + 8, y + 4, num(box.median) + u" ms"_s);
    }
    return {ttft ? u"ttft"_s : u"total-time"_s,
        ttft ? u"Time to first token per candidate"_s : u"Total time per candidate"_s, svg.document()};
}

ReportHtml::Chart tokensChart(const SessionReport &report, const QStringList &colours)
{
    QList<const LatencyRow *> rows;
    double hi = 0;
    for (const LatencyRow &row : report.latency) {
        if (!row.tokensPerSecondMedian)
            continue;
        rows.append(&row);
        hi = std::max(hi, *row.tokensPerSecondMedian);
    }
    const auto [from, to] = range(0, hi, true);
    const int height = TopMargin + int(rows.size()) * RowHeight + AxisHeight;
    Svg svg(ChartWidth, height);
    const double x0 = LabelWidth;
    const double x1 = ChartWidth - RightMargin;
    svg.axis(from, to, x0, x1, TopMargin, height - AxisHeight, u"Output tokens per second (median)"_s);
    for (int i = 0; i < rows.size(); ++i) {
        const LatencyRow &row = *rows.at(i);
        const double y = TopMargin + i * RowHeight + RowHeight / 2.0;
        const QString label = report.candidates.at(row.candidate).label;
        svg.text(x0 - 8, y + 4, elide(label, 28), u"end"_s);
        svg.rect(x0, y - 8, scale(*row.tokensPerSecondMedian, from, to, x0, x1) - x0, 16,
            colours.value(row.candidate, u"#0072b2"_s),
            u"%1: %2 tokens/s (median of %3 runs)"_s.arg(
                label, num(*row.tokensPerSecondMedian, 1), QString::number(row.tokensPerSecond.size())));
        svg.text(x1 + 8, y + 4, num(*row.tokensPerSecondMedian, 1));
    }
    return {u"tokens-per-second"_s, u"Throughput per candidate"_s, svg.document()};
}

// Vertical grouped bars: one group per category, one bar per candidate.
ReportHtml::Chart groupedBars(const QString &name, const QString &title, const QString &unit,
    const QStringList &categories, const QList<QList<int>> &counts /* [category][candidate] */,
    const SessionReport &report, const QStringList &colours)
{
    const int n = int(report.candidates.size());
    int hi = 0;
    for (const QList<int> &row : counts) {
        for (int value : row)
            hi = std::max(hi, value);
    }
    const int height = 260;
    const double left = 56;
    const double bottom = height - 70;
    const double top = 16;
    const double groupWidth = (ChartWidth - left - 20) / std::max<double>(1, categories.size());
    const double barWidth = std::min(28.0, groupWidth * 0.8 / std::max(1, n));
    Svg svg(ChartWidth, height);
    QList<double> yTicks = ticks(0, std::max(hi, 1));
    // The axis ends on the first tick at or above the tallest bar, so no bar leaves the plot.
    if (yTicks.size() >= 2 && yTicks.last() < hi)
        yTicks.append(yTicks.last() + (yTicks.at(1) - yTicks.at(0)));
    const double yMax = std::max(yTicks.isEmpty() ? 1.0 : yTicks.last(), 1.0);
    for (double tick : yTicks) {
        const double y = bottom - tick / yMax * (bottom - top);
        svg.line(left, y, ChartWidth - 20, y, u"#e3e3e3"_s);
        svg.text(left - 6, y + 4, QString::number(tick, 'g', 6), u"end"_s, u"fill=\"#555\""_s);
    }
    svg.line(left, bottom, ChartWidth - 20, bottom, u"#999"_s);
    for (int c = 0; c < categories.size(); ++c) {
        const double gx = left + c * groupWidth + (groupWidth - barWidth * n) / 2;
        for (int i = 0; i < n; ++i) {
            const int value = counts.value(c).value(i);
            const double h = value / yMax * (bottom - top);
            svg.rect(gx + i * barWidth, bottom - h, barWidth - 2, h, colours.value(i, u"#0072b2"_s),
                u"%1, %2: %3"_s.arg(report.candidates.at(i).label, categories.at(c), QString::number(value)));
        }
        svg.text(left + c * groupWidth + groupWidth / 2, bottom + 16, elide(categories.at(c), 16), u"middle"_s);
    }
    svg.text(left + (ChartWidth - left - 20) / 2, bottom + 34, unit, u"middle"_s, u"fill=\"#555\""_s);
    // Legend, wrapped onto more lines below the plot when the names do not fit on one.
    double lx = left;
    double ly = height - 22;
    for (int i = 0; i < n; ++i) {
        const QString label = elide(report.candidates.at(i).label, 22);
        const double width = 24 + label.size() * 7;
        if (lx > left && lx + width > ChartWidth - 20) {
            lx = left;
            ly += 18;
        }
        svg.rect(lx, ly, 10, 10, colours.value(i, u"#0072b2"_s));
        svg.text(lx + 14, ly + 9, label);
        lx += width;
    }
    svg.setHeight(int(ly) + 22);
    return {name, title, svg.document()};
}

QString criteriaBadge(CriterionResult::State state)
{
    switch (state) {
    case CriterionResult::State::Pass:
        return u"<span class=\"badge pass\">pass</span>"_s;
    case CriterionResult::State::Fail:
        return u"<span class=\"badge fail\">fail</span>"_s;
    case CriterionResult::State::NoData:
        return u"<span class=\"badge none\">no data</span>"_s;
    case CriterionResult::State::Invalid:
        return u"<span class=\"badge fail\">invalid</span>"_s;
    }
    return QString();
}

QString optionalNumber(const std::optional<double> &value, int decimals, const QString &suffix = QString())
{
    return value ? num(*value, decimals) + suffix : u"–"_s;
}

QString measureName(const QString &measure)
{
    if (measure == u"cohen_kappa"_s)
        return u"Cohen's kappa"_s;
    if (measure == u"fleiss_kappa"_s)
        return u"Fleiss' kappa"_s;
    return u"Krippendorff's alpha"_s;
}

} // namespace

namespace ReportHtml {

QString heatColour(double rate)
{
    const auto mix = [](int a, int b, double t) {
        return int(std::lround(a + (b - a) * t));
    };
    int r = 0;
    int g = 0;
    int b = 0;
    if (rate >= 0.5) {
        const double t = (rate - 0.5) * 2;
        r = mix(0xf7, 0x21, t);
        g = mix(0xf7, 0x71, t);
        b = mix(0xf7, 0xb5, t);
    } else {
        const double t = (0.5 - rate) * 2;
        r = mix(0xf7, 0xd6, t);
        g = mix(0xf7, 0x60, t);
        b = mix(0xf7, 0x4d, t);
    }
    return u"#%1%2%3"_s.arg(r, 2, 16, QChar(u'0')).arg(g, 2, 16, QChar(u'0')).arg(b, 2, 16, QChar(u'0'));
}

bool heatNeedsLightText(double rate)
{
    return std::abs(rate - 0.5) > 0.3;
}

QList<Chart> charts(const SessionReport &report, const QStringList &colours)
{
    QList<Chart> result;
    int ranked = 0;
    for (const LeaderboardRow &row : report.leaderboard)
        ranked += row.ranked ? 1 : 0;
    if (ranked > 0) {
        result.append(leaderboardChart(report, colours));
        result.append(winRateChart(report));
    }
    bool ttft = false;
    bool total = false;
    bool tokens = false;
    for (const LatencyRow &row : report.latency) {
        ttft = ttft || row.ttft.count > 0;
        total = total || row.total.count > 0;
        tokens = tokens || row.tokensPerSecondMedian.has_value();
    }
    if (ttft)
        result.append(boxChart(report, colours, true));
    if (total)
        result.append(boxChart(report, colours, false));
    if (tokens)
        result.append(tokensChart(report, colours));
    int ratings = 0;
    for (const QList<int> &counts : report.ratingCounts) {
        for (int count : counts)
            ratings += count;
    }
    if (ratings > 0) {
        QStringList categories;
        QList<QList<int>> counts;
        for (int r = report.ratingMin; r <= report.ratingMax; ++r) {
            categories.append(QString::number(r));
            QList<int> row;
            for (const QList<int> &perCandidate : report.ratingCounts)
                row.append(perCandidate.value(r - report.ratingMin));
            counts.append(row);
        }
        result.append(groupedBars(u"ratings"_s, u"Rating distribution"_s, u"Rating (number of judgments)"_s, categories,
            counts, report, colours));
    }
    if (!report.labels.isEmpty()) {
        result.append(groupedBars(u"labels"_s, u"Labels"_s, u"Label (number of judgments)"_s, report.labels.mid(0, 12),
            report.labelCounts.mid(0, 12), report, colours));
    }
    return result;
}

QString render(const SessionReport &report, const QStringList &colours, Images images)
{
    // Pixel sizes mean device pixels to a printer: the PDF gets point sizes and images of a set width.
    const bool print = images == Images::Resources;
    const QString table = print ? u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s
                                : u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>%1 — HubLens report</title>\n"
            "<style>\nbody{font-family:sans-serif;font-size:%2;color:#222;background:#fff;%4line-height:1.45}\nh1{font-"
            "size:1.6em;margin-bottom:0.2em}\n"
            "h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:0.2em}\n"
            "table{border-collapse:collapse;margin:0.6em 0}\nth,td{border:1px solid #ddd;padding:4px 8px;"
            "text-align:left;vertical-align:top}\nth{background:#f3f3f3}\ntd.num{text-align:right;"
            "font-variant-numeric:tabular-nums}\n.badge{border-radius:8px;padding:1px 8px;font-size:%3;"
            "font-weight:bold}\n.pass{background:#d8f0de;color:#14532d}\n.fail{background:#fbdada;color:#7f1d1d}\n"
            ".none{background:#eee;color:#444}\n.muted{color:#666}\n.swatch{display:inline-block;width:10px;"
            "height:10px;margin-right:6px}\nfigure{margin:1em 0}\nfigcaption{font-weight:bold;margin-bottom:"
            "0.4em}\n</style></head><body>\n"_s.arg(esc(report.sessionName), print ? u"10pt"_s : u"14px"_s,
                print ? u"9pt"_s : u"12px"_s, print ? QString() : u"max-width:60em;margin:2em auto;padding:0 1em;"_s);
    html += u"<h1>%1</h1>\n"_s.arg(esc(report.sessionName));
    if (!report.goal.isEmpty())
        html += u"<p>%1</p>\n"_s.arg(esc(report.goal));
    html += u"<p class=\"muted\">%1 runs, %2 judgments, %3 pairwise judgments (%4 both bad). Generated by HubLens on "
            "%5.</p>\n"_s.arg(report.runCount)
                .arg(report.judgmentCount)
                .arg(report.pairCount)
                .arg(report.bothBadCount)
                .arg(report.generatedAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    html += u"<p><b>%1.</b></p>\n"_s.arg(esc(report.headline()));

    html += u"<h2>Success criteria</h2>\n"_s;
    if (report.criteria.isEmpty()) {
        html += u"<p class=\"muted\">The session has no success criteria.</p>\n"_s;
    } else {
        html += table
            + u"<tr><th>Criterion</th><th>Endpoint</th><th>Verdict</th><th>Value</th><th>Evidence</th>"
              "</tr>\n"_s;
        for (const CriterionResult &result : report.criteria) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td class=\"num\">%5</td>"
                    "</tr>\n"_s.arg(
                        esc(result.state == CriterionResult::State::Invalid ? result.error : result.criterion.text()),
                        esc(result.endpoint), criteriaBadge(result.state),
                        result.value ? esc(Criteria::formatValue(result.criterion.metric, *result.value)) : u"–"_s,
                        QString::number(result.evidence));
        }
        html += u"</table>\n"_s;
    }

    html += u"<h2>Leaderboard</h2>\n"_s + table
        + u"<tr><th>#</th><th>Candidate</th><th>Endpoint</th><th>Strength</th>"
          "<th>95 % CI</th><th>Elo</th><th>Wins</th><th>Ties</th><th>Losses</th><th>Both bad</th><th>Win rate</th>"
          "<th>Mean rating (95 % CI)</th></tr>\n"_s;
    int rank = 0;
    for (const LeaderboardRow &row : report.leaderboard) {
        const ReportCandidate &candidate = report.candidates.at(row.candidate);
        const QString rating = row.rating.count == 0
            ? u"–"_s
            : (row.rating.hasInterval
                    ? u"%1 (%2–%3), n = %4"_s
                          .arg(num(row.rating.mean, 2), num(row.rating.ciLow, 2), num(row.rating.ciHigh, 2))
                          .arg(row.rating.count)
                    : u"%1, n = %2"_s.arg(num(row.rating.mean, 2)).arg(row.rating.count));
        html += u"<tr><td class=\"num\">%1</td><td><span class=\"swatch\" style=\"background:%2\"></span>%3</td>"
                "<td>%4</td>"_s.arg(row.ranked ? QString::number(++rank) : u"–"_s,
                    colours.value(row.candidate, u"#0072b2"_s), esc(candidate.label), esc(candidate.endpoint));
        html += u"<td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"_s.arg(
            row.ranked ? num(row.strength) : u"–"_s,
            row.ranked ? u"%1–%2"_s.arg(num(row.ciLow), num(row.ciHigh)) : u"–"_s, row.ranked ? num(row.elo) : u"–"_s);
        html += u"<td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                "<td class=\"num\">%5</td><td class=\"num\">%6</td></tr>\n"_s.arg(row.wins)
                    .arg(row.ties)
                    .arg(row.losses)
                    .arg(row.bothBad)
                    .arg(optionalNumber(row.winRate(), 2), rating);
    }
    html += u"</table>\n"_s;

    html += u"<h2>Charts</h2>\n"_s;
    const QList<Chart> all = charts(report, colours);
    if (all.isEmpty())
        html += u"<p class=\"muted\">No data to chart yet.</p>\n"_s;
    for (const Chart &chart : all) {
        if (print) {
            // Qt's rich text has no <figure>: a caption paragraph and the image, the page's width.
            html += u"<p><b>%1</b></p>\n<p><img src=\"chart:%2\" alt=\"%1\" width=\"640\"></p>\n"_s.arg(
                esc(chart.title), chart.name);
            continue;
        }
        html += u"<figure id=\"chart-%1\"><figcaption>%2</figcaption>\n"_s.arg(chart.name, esc(chart.title));
        html += QString::fromUtf8(chart.svg);
        html += u"</figure>\n"_s;
    }

    html += u"<h2>Agreement between reviewers</h2>\n"_s;
    if (report.agreement.isEmpty()) {
        html += u"<p class=\"muted\">Agreement needs two or more reviewers judging the same items.</p>\n"_s;
    } else {
        html += table
            + u"<tr><th>Data</th><th>Measure</th><th>Value</th><th>Reading</th><th>Shared items</th>"
              "<th>Reviewers</th></tr>\n"_s;
        for (const AgreementRow &row : report.agreement) {
            html += u"<tr><td>%1</td><td>%2 (%3)</td><td class=\"num\">%4</td><td>%5</td><td class=\"num\">%6</td>"
                    "<td>%7</td></tr>\n"_s.arg(row.data, measureName(row.measure), row.level,
                        optionalNumber(row.agreement.value, 3), esc(row.band.isEmpty() ? u"–"_s : row.band),
                        QString::number(row.agreement.items), esc(row.reviewers.join(u", "_s)));
        }
        html += u"</table>\n<p class=\"muted\">Kappa readings after Landis &amp; Koch (1977); alpha readings after "
                "Krippendorff (2004): 0.800 and above reliable, 0.667 to 0.800 tentative.</p>\n"_s;
    }

    html += u"<h2>Latency, throughput and cost</h2>\n"_s + table
        + u"<tr><th>Candidate</th><th>Runs</th><th>TTFT median</th>"
          "<th>TTFT p90</th><th>TTFT p95</th><th>Total median</th><th>Total p90</th><th>Total p95</th>"
          "<th>Tokens/s</th><th>Errors</th><th>$ / 1k output tokens</th></tr>\n"_s;
    for (const LatencyRow &row : report.latency) {
        html += u"<tr><td>%1</td><td class=\"num\">%2</td>"_s.arg(
            esc(report.candidates.at(row.candidate).label), QString::number(row.runs));
        for (const std::optional<double> &value :
            {row.ttft.count > 0 ? std::optional<double>(row.ttft.median) : std::nullopt, row.ttftP90, row.ttftP95,
                row.total.count > 0 ? std::optional<double>(row.total.median) : std::nullopt, row.totalP90,
                row.totalP95}) {
            html += u"<td class=\"num\">%1</td>"_s.arg(optionalNumber(value, 0, u" ms"_s));
        }
        html += u"<td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>\n"_s.arg(
            optionalNumber(row.tokensPerSecondMedian, 1), optionalNumber(row.errorRate, 1, u" %"_s),
            row.costPer1kOutputTokens ? u"$"_s + num(*row.costPer1kOutputTokens, 4) : u"–"_s);
    }
    html += u"</table>\n"_s;

    html += u"<h2>Decision log</h2>\n"_s;
    if (report.decisions.isEmpty()) {
        html += u"<p class=\"muted\">No decisions recorded.</p>\n"_s;
    } else {
        html += table + u"<tr><th>When</th><th>Who</th><th>Decision</th><th>Evidence</th></tr>\n"_s;
        for (const Decision &decision : report.decisions) {
            QStringList evidence;
            for (const QJsonValue &item : decision.evidence) {
                const QJsonObject object = item.toObject();
                if (object.contains(u"chart"_s))
                    evidence.append(u"chart %1"_s.arg(object.value(u"chart"_s).toString()));
                else if (object.contains(u"run"_s))
                    evidence.append(u"run %1"_s.arg(object.value(u"run"_s).toVariant().toString()));
            }
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(
                decision.decidedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), esc(decision.author),
                esc(decision.text), esc(evidence.join(u", "_s)));
        }
        html += u"</table>\n"_s;
    }

    html += u"<h2>How the numbers were computed</h2>\n<p>%1</p>\n</body></html>\n"_s.arg(
        esc(SessionReports::methodText(report)));
    return html;
}

} // namespace ReportHtml
