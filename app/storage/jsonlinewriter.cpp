// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/jsonlinewriter.h"

#include <cmath>

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

// What a byte below 0x80 becomes inside a JSON string: 0 as is, 'u' for \u00XX, else the letter after the backslash.
constexpr char escapeOf(unsigned char c)
{
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return c < 0x20 ? 'u' : 0;
    }
}

struct EscapeTable
{
    char entries[128] = {};
    constexpr EscapeTable()
    {
        for (int c = 0; c < 128; ++c)
            entries[c] = escapeOf(static_cast<unsigned char>(c));
    }
};
constexpr EscapeTable Escapes;

void appendEscapedAscii(QByteArray *out, char16_t c)
{
    const char letter = Escapes.entries[c];
    if (letter == 'u') {
        const char text[6] = {'\\', 'u', '0', '0', HexDigits[c >> 4], HexDigits[c & 0xf]};
        out->append(text, 6);
    } else {
        const char text[2] = {'\\', letter};
        out->append(text, 2);
    }
}

// Unicode noncharacters: Qt's UTF-8 decoder may treat them specially, so text holding one takes the QString way.
bool isNonCharacter(char32_t c)
{
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

} // namespace

JsonLineWriter::JsonLineWriter(QByteArray *out)
    : m_out(out)
{
}

void JsonLineWriter::separate()
{
    if (m_needComma)
        m_out->append(',');
    m_needComma = true;
}

void JsonLineWriter::beginObject()
{
    separate();
    m_out->append('{');
    m_needComma = false;
}

void JsonLineWriter::endObject()
{
    m_out->append('}');
    m_needComma = true;
}

void JsonLineWriter::beginArray()
{
    separate();
    m_out->append('[');
    m_needComma = false;
}

void JsonLineWriter::endArray()
{
    m_out->append(']');
    m_needComma = true;
}

void JsonLineWriter::key(QLatin1StringView name)
{
    separate();
    m_out->append('"');
    m_out->append(name.data(), name.size());
    m_out->append("\":", 2);
    m_needComma = false;
}

void JsonLineWriter::string(QStringView text)
{
    separate();
    m_out->append('"');
    escapeUtf16(text);
    m_out->append('"');
}

void JsonLineWriter::utf8String(QByteArrayView text)
{
    separate();
    m_out->append('"');
    const qsizetype start = m_out->size();
    if (!escapeUtf8(text)) {
        m_out->truncate(start);
        escapeUtf16(QString::fromUtf8(text));
    }
    m_out->append('"');
}

void JsonLineWriter::integer(qint64 value)
{
    separate();
    char text[24];
    char *end = text + sizeof text;
    char *cursor = end;
    // Through the unsigned magnitude, so the most negative value needs no special case.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--cursor = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--cursor = '-';
    m_out->append(cursor, end - cursor);
}

void JsonLineWriter::number(double value)
{
    if (!std::isfinite(value)) {
        null();
        return;
    }
    separate();
    // QJsonDocument writes whole numbers up to 2^53 in full ("100000", not "1e+05"), and the rest in Qt's shortest
    // round-trip form ("0.7", "1e-04", "1e+16").
    if (value == std::floor(value) && std::fabs(value) <= 9007199254740992.0) {
        m_needComma = false;
        integer(qint64(value));
        return;
    }
    m_out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void JsonLineWriter::boolean(bool value)
{
    separate();
    if (value)
        m_out->append("true", 4);
    else
        m_out->append("false", 5);
}

void JsonLineWriter::null()
{
    separate();
    m_out->append("null", 4);
}

void JsonLineWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(value.toBool());
        break;
    case QJsonValue::Double:
        // QJsonValue keeps whole numbers made from integers as integers, and QJsonDocument writes them as such.
        if (QCborValue::fromJsonValue(value).isInteger())
            integer(value.toInteger());
        else
            number(value.toDouble());
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array:
        array(value.toArray());
        break;
    case QJsonValue::Object:
        object(value.toObject());
        break;
    }
}

void JsonLineWriter::object(const QJsonObject &object)
{
    beginObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        separate();
        m_out->append('"');
        escapeUtf16(it.key());
        m_out->append("\":", 2);
        m_needComma = false;
        value(it.value());
    }
    endObject();
}

void JsonLineWriter::array(const QJsonArray &array)
{
    beginArray();
    for (const QJsonValue &element : array)
        value(element);
    endArray();
}

void JsonLineWriter::raw(QByteArrayView json)
{
    separate();
    m_out->append(json.data(), json.size());
}

void JsonLineWriter::escapeUtf16(QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t *plain = src;
        while (plain != end && *plain < 0x80 && Escapes.entries[*plain] == 0)
            ++plain;
        if (plain != src) {
            // Plain ASCII: one byte per unit.
            const qsizetype count = plain - src;
            const qsizetype at = m_out->size();
            m_out->resize(at + count);
            char *dst = m_out->data() + at;
            for (qsizetype i = 0; i < count; ++i)
                dst[i] = char(src[i]);
            src = plain;
            if (src == end)
                break;
        }
        const char16_t u = *src++;
        if (u < 0x80) {
            appendEscapedAscii(m_out, u);
        } else if (u < 0x800) {
            const char bytes[2] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
            m_out->append(bytes, 2);
        } else if (!QChar::isSurrogate(u)) {
            const char bytes[3] = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            m_out->append(bytes, 3);
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            const char bytes[4] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f))};
            m_out->append(bytes, 4);
        } else {
            // A lone surrogate has no UTF-8 form: QJsonDocument writes it as an escape, which reads back as itself.
            const char escape[6] = {'\\', 'u', HexDigits[(u >> 12) & 0xf], HexDigits[(u >> 8) & 0xf],
                HexDigits[(u >> 4) & 0xf], HexDigits[u & 0xf]};
            m_out->append(escape, 6);
        }
    }
}

// Copies valid UTF-8 through, escaping as escapeUtf16 would; false (the output half-written) when the text is not
// strictly valid UTF-8, starts with a byte order mark (QString::fromUtf8 drops it) or holds a noncharacter.
bool JsonLineWriter::escapeUtf8(QByteArrayView text)
{
    const auto *src = reinterpret_cast<const unsigned char *>(text.data());
    const unsigned char *const end = src + text.size();
    if (text.size() >= 3 && src[0] == 0xef && src[1] == 0xbb && src[2] == 0xbf)
        return false;
    const auto continuation = [](unsigned char c) {
        return (c & 0xc0) == 0x80;
    };
    while (src != end) {
        // Everything up to the next byte needing an escape or a check goes in one append.
        const unsigned char *plain = src;
        while (plain != end && *plain < 0x80 && Escapes.entries[*plain] == 0)
            ++plain;
        if (plain != src) {
            m_out->append(reinterpret_cast<const char *>(src), plain - src);
            src = plain;
            if (src == end)
                break;
        }
        const unsigned char c = *src;
        if (c < 0x80) {
            appendEscapedAscii(m_out, c);
            ++src;
            continue;
        }
        qsizetype length = 0;
        char32_t point = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            point = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            point = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            point = c & 0x07;
        } else {
            return false;
        }
        if (end - src < length)
            return false;
        for (qsizetype i = 1; i < length; ++i) {
            if (!continuation(src[i]))
                return false;
            point = (point << 6) | (src[i] & 0x3f);
        }
        // Overlong forms, surrogates and code points beyond U+10FFFF are invalid.
        if ((length == 3 && (point < 0x800 || QChar::isSurrogate(point))) || (length == 4 && point < 0x10000)
            || point > 0x10ffff || isNonCharacter(point))
            return false;
        m_out->append(reinterpret_cast<const char *>(src), length);
        src += length;
    }
    return true;
}
