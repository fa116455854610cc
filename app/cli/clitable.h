// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Plain-text output helpers shared by the command-line verbs.
namespace CliText {

// Columns of text aligned for people; numbers right-aligned.
class Table
{
public:
    explicit Table(QStringList headers, QList<bool> rightAligned = {})
        : m_headers(std::move(headers))
        , m_right(std::move(rightAligned))
    {
    }
    void add(QStringList row)
    {
        m_rows.append(std::move(row));
    }
    bool isEmpty() const
    {
        return m_rows.isEmpty();
    }
    void write(QTextStream &out) const
    {
        using namespace Qt::StringLiterals;
        QList<qsizetype> widths(m_headers.size(), 0);
        const auto measure = [&widths](const QStringList &row) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], row.at(i).size());
        };
        measure(m_headers);
        for (const QStringList &row : m_rows)
            measure(row);
        const auto line = [this, &widths, &out](const QStringList &row) {
            QString text;
            for (qsizetype i = 0; i < widths.size(); ++i) {
                const QString cell = row.value(i);
                const bool right = m_right.value(i, false);
                const bool last = i == widths.size() - 1;
                text += right ? cell.rightJustified(widths[i]) : (last ? cell : cell.leftJustified(widths[i]));
                if (!last)
                    text += u"  "_s;
            }
            while (text.endsWith(u' '))
                text.chop(1);
            out << text << u'\n';
        };
        line(m_headers);
        for (const QStringList &row : m_rows)
            line(row);
    }

private:
    QStringList m_headers;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

// One line of at most `width` characters: newlines and tabs become spaces, a longer text ends with "…".
inline QString oneLine(QString text, int width)
{
    using namespace Qt::StringLiterals;
    text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    if (text.size() > width)
        text = text.left(width - 1) + u'…';
    return text;
}

} // namespace CliText
