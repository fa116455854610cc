// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One dispatched Server-Sent Event.
struct SseEvent
{
    QString type; // "message" unless an `event:` field named another
    QString data;
    QString lastEventId;
};

// An incremental parser for `text/event-stream` bodies following the WHATWG rules (HTML §9.2.5–9.2.6), fed with bytes
// exactly as they arrive from the network, split anywhere:
// * lines end at CRLF, LF or a lone CR, also when the CR and the LF arrive in different chunks;
// * lines are split on bytes and decoded as UTF-8 only once complete, so multi-byte characters split between chunks
//   stay intact and U+2028/U+2029/U+0085 are data, not line ends;
// * one BOM is stripped at the very start of the stream only;
// * comment lines (`:` first) are ignored; one space after the field's colon is removed; unknown fields are ignored;
// * an event with an empty data buffer is not dispatched (a keep-alive after an `id:` yields nothing);
// * at the end of the stream an event not closed by a blank line is discarded (finish()).
class SseParser
{
public:
    // Parses `bytes` and returns the events they completed.
    QList<SseEvent> feed(QByteArrayView bytes);
    // Ends the stream: pending, unterminated input is discarded. Returns true if something was discarded (an event
    // or a line without its blank line), which for a chat stream means it was cut off mid-event.
    bool finish();

    // `retry:` in milliseconds, or -1 when the stream set none.
    int reconnectionTimeMs() const
    {
        return m_reconnectionTimeMs;
    }
    QString lastEventId() const
    {
        return m_lastEventId;
    }
    // Bytes of an unterminated line waiting for its end (for diagnostics).
    QByteArray pendingLine() const
    {
        return m_buffer;
    }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &events);
    void dispatch(QList<SseEvent> &events);

    QByteArray m_buffer; // an incomplete line
    bool m_bomChecked = false;
    bool m_skipLeadingLf = false; // the previous chunk ended in CR: a LF starting the next one belongs to it
    bool m_hasData = false;
    QString m_data;
    QString m_eventType;
    QString m_lastEventIdBuffer;
    QString m_lastEventId;
    int m_reconnectionTimeMs = -1;
};

// Splits a newline-delimited JSON body (Ollama's native API) into lines, fed with arbitrary chunks. Lines end at LF
// (a CR before it is dropped); blank lines are skipped. finish() returns a last line that had no LF.
class NdjsonSplitter
{
public:
    QList<QByteArray> feed(QByteArrayView bytes);
    QByteArray finish();

private:
    QByteArray m_buffer;
};
