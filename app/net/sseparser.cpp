// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/sseparser.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";

bool isAsciiDigits(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    if (bytes.isEmpty())
        return events;
    if (m_skipLeadingLf) {
        m_skipLeadingLf = false;
        if (bytes.front() == '\n')
            bytes = bytes.sliced(1);
    }
    m_buffer.append(bytes);

    if (!m_bomChecked) {
        // Wait until three bytes tell whether the stream starts with a BOM.
        const qsizetype n = std::min<qsizetype>(m_buffer.size(), 3);
        if (QByteArrayView(m_buffer).first(n) != QByteArrayView(Bom, n))
            m_bomChecked = true;
        else if (m_buffer.size() >= 3) {
            m_buffer.remove(0, 3);
            m_bomChecked = true;
        } else
            return events;
    }

    qsizetype start = 0;
    const qsizetype size = m_buffer.size();
    const char *data = m_buffer.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        processLine(QByteArrayView(data + start, i - start), events);
        if (c == '\r') {
            if (i + 1 < size) {
                if (data[i + 1] == '\n')
                    ++i;
            } else
                m_skipLeadingLf = true;
        }
        start = i + 1;
    }
    m_buffer.remove(0, start);
    return events;
}

bool SseParser::finish()
{
    const bool discarded = !m_buffer.isEmpty() || m_hasData || !m_eventType.isEmpty();
    m_buffer.clear();
    m_data.clear();
    m_hasData = false;
    m_eventType.clear();
    m_skipLeadingLf = false;
    return discarded;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':')
        return;
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data.append(QString::fromUtf8(value));
        m_data.append(QLatin1Char('\n'));
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventIdBuffer = QString::fromUtf8(value);
    } else if (field == "retry") {
        if (isAsciiDigits(value)) {
            bool ok = false;
            const qlonglong ms = value.toLongLong(&ok);
            if (ok && ms <= std::numeric_limits<int>::max())
                m_reconnectionTimeMs = int(ms);
        }
    }
}

void SseParser::dispatch(QList<SseEvent> &events)
{
    m_lastEventId = m_lastEventIdBuffer;
    if (!m_hasData) {
        m_data.clear();
        m_eventType.clear();
        return;
    }
    if (m_data.endsWith(QLatin1Char('\n')))
        m_data.chop(1);
    SseEvent event;
    event.type = m_eventType.isEmpty() ? QStringLiteral("message") : m_eventType;
    event.data = std::exchange(m_data, {});
    event.lastEventId = m_lastEventId;
    events.append(std::move(event));
    m_hasData = false;
    m_eventType.clear();
}

QList<QByteArray> NdjsonSplitter::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    m_buffer.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArrayView line = QByteArrayView(m_buffer).sliced(start, newline - start);
        if (!line.isEmpty() && line.back() == '\r')
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.append(line.toByteArray());
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    return lines;
}

QByteArray NdjsonSplitter::finish()
{
    QByteArray tail = std::exchange(m_buffer, {}).trimmed();
    return tail;
}
