// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

class QJsonArray;
class QJsonObject;
class QJsonValue;

// Writes compact JSON straight into a QByteArray, byte for byte what QJsonDocument::toJson(Compact) gives for the
// same values: strings escaped as Qt escapes them (a lone surrogate as "\udXXX", so it reads back unchanged), doubles
// in Qt's shortest form with NaN and infinities as null, integers exact. Keys are written in the caller's order: to
// match a QJsonObject, write them sorted. Commas are placed automatically. For the JSONL export, which writes a
// million values and cannot afford a QJsonObject per run.
class JsonLineWriter final
{
public:
    explicit JsonLineWriter(QByteArray *out);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name); // plain ASCII needing no escape ("run_uid")

    void string(QStringView text);
    // UTF-8 text as SQLite returns it. Text QString::fromUtf8 would change (invalid UTF-8, a leading byte order
    // mark, a noncharacter) goes through QString, so the result is always that of string(QString::fromUtf8(text)).
    void utf8String(QByteArrayView text);
    void integer(qint64 value);
    void number(double value); // a JSON double (QJsonValue(double)): "0.7", "1e+20"; NaN and infinities are null
    void boolean(bool value);
    void null();
    void value(const QJsonValue &value);
    void object(const QJsonObject &object);
    void array(const QJsonArray &array);
    // A value already in compact JSON (a piece written earlier).
    void raw(QByteArrayView json);

private:
    void separate();
    void escapeUtf16(QStringView text);
    bool escapeUtf8(QByteArrayView text);

    QByteArray *m_out;
    bool m_needComma = false;
};
