// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <QTimeZone>

#include "app/core/format.h"

using namespace Qt::StringLiterals;

class TestFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactCount_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << qint64(-1) << u"—"_s;
        QTest::newRow("other negative") << qint64(-42) << u"—"_s;
        QTest::newRow("zero") << qint64(0) << u"0"_s;
        QTest::newRow("999 stays whole") << qint64(999) << u"999"_s;
        QTest::newRow("1000 is 1k, no .0") << qint64(1000) << u"1k"_s;
        QTest::newRow("1234") << qint64(1234) << u"1.2k"_s;
        QTest::newRow("12345") << qint64(12345) << u"12.3k"_s;
        QTest::newRow("999949 rounds within k") << qint64(999949) << u"999.9k"_s;
        QTest::newRow("999999 rounds up to 1M") << qint64(999999) << u"1M"_s;
        QTest::newRow("3400000") << qint64(3400000) << u"3.4M"_s;
        QTest::newRow("1500000000") << qint64(1500000000) << u"1.5B"_s;
        QTest::newRow("2 trillion") << qint64(2000000000000) << u"2T"_s;
        QTest::newRow("beyond the last unit") << qint64(5000000000000000) << u"5000T"_s;
    }

    void compactCount()
    {
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(Format::compactCount(value), expected);
    }

    void bytes_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << qint64(-1) << u"—"_s;
        QTest::newRow("zero") << qint64(0) << u"0 B"_s;
        QTest::newRow("one byte") << qint64(1) << u"1 B"_s;
        QTest::newRow("999 B") << qint64(999) << u"999 B"_s;
        QTest::newRow("1000 is 1 KB (SI)") << qint64(1000) << u"1 KB"_s;
        QTest::newRow("1024 is not 1 KiB") << qint64(1024) << u"1 KB"_s;
        QTest::newRow("1536") << qint64(1536) << u"1.5 KB"_s;
        QTest::newRow("999999 rounds up to 1 MB") << qint64(999999) << u"1 MB"_s;
        QTest::newRow("safetensors shard") << qint64(4943162336) << u"4.9 GB"_s;
        QTest::newRow("8452625761") << qint64(8452625761) << u"8.5 GB"_s;
        QTest::newRow("a terabyte") << qint64(1000000000000) << u"1 TB"_s;
        QTest::newRow("2.5 PB") << qint64(2500000000000000) << u"2.5 PB"_s;
    }

    void bytes()
    {
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(Format::bytes(value), expected);
    }

    void parameters_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << qint64(-1) << u"—"_s;
        QTest::newRow("zero") << qint64(0) << u"0"_s;
        QTest::newRow("tiny") << qint64(512) << u"512"_s;
        QTest::newRow("1500") << qint64(1500) << u"1.5K"_s;
        QTest::newRow("110M (bert-base)") << qint64(110000000) << u"110M"_s;
        QTest::newRow("7241732096") << qint64(7241732096) << u"7.24B"_s;
        QTest::newRow("8030261248") << qint64(8030261248) << u"8.03B"_s;
        QTest::newRow("70553706496") << qint64(70553706496) << u"70.55B"_s;
        QTest::newRow("999999999 rounds up to 1B") << qint64(999999999) << u"1B"_s;
        QTest::newRow("1.2T") << qint64(1200000000000) << u"1.2T"_s;
    }

    void parameters()
    {
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(Format::parameters(value), expected);
    }

    void sizesFollowTheLocale()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Format::bytes(1536), u"1,5 KB"_s);
        QCOMPARE(Format::bytes(2000000), u"2 MB"_s);
        QCOMPARE(Format::compactCount(12345), u"12,3k"_s);
        QCOMPARE(Format::parameters(1250000000), u"1,25B"_s);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(Format::bytes(1536), u"1,5 KB"_s);
        QLocale::setDefault(previous);
        QCOMPARE(Format::bytes(1536), u"1.5 KB"_s);
    }

    void relativeTime_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("expected");

        const QDateTime now = this->now();
        const qint64 day = 86400;
        QTest::newRow("invalid") << QDateTime() << u"—"_s;
        QTest::newRow("now") << now << u"just now"_s;
        QTest::newRow("59 s") << now.addSecs(-59) << u"just now"_s;
        QTest::newRow("60 s") << now.addSecs(-60) << u"1 minute ago"_s;
        QTest::newRow("119 s") << now.addSecs(-119) << u"1 minute ago"_s;
        QTest::newRow("120 s") << now.addSecs(-120) << u"2 minutes ago"_s;
        QTest::newRow("3599 s") << now.addSecs(-3599) << u"59 minutes ago"_s;
        QTest::newRow("1 hour") << now.addSecs(-3600) << u"1 hour ago"_s;
        QTest::newRow("2 hours") << now.addSecs(-7200) << u"2 hours ago"_s;
        QTest::newRow("just under a day") << now.addSecs(-day + 1) << u"23 hours ago"_s;
        QTest::newRow("1 day") << now.addSecs(-day) << u"1 day ago"_s;
        QTest::newRow("29 days") << now.addSecs(-29 * day) << u"29 days ago"_s;
        QTest::newRow("30 days is a month") << now.addSecs(-30 * day) << u"1 month ago"_s;
        QTest::newRow("60 days") << now.addSecs(-60 * day) << u"2 months ago"_s;
        QTest::newRow("364 days") << now.addSecs(-364 * day) << u"12 months ago"_s;
        QTest::newRow("365 days") << now.addSecs(-365 * day) << u"1 year ago"_s;
        QTest::newRow("3 years") << now.addSecs(-3 * 365 * day) << u"3 years ago"_s;
        // A clock running ahead of ours must not produce "-3 minutes ago".
        QTest::newRow("1 s in the future") << now.addSecs(1) << u"just now"_s;
        QTest::newRow("a day in the future") << now.addSecs(day) << u"just now"_s;
        QTest::newRow("other time zone, same instant")
            << now.toTimeZone(QTimeZone(5 * 3600)).addSecs(-2 * 3600) << u"2 hours ago"_s;
    }

    void relativeTime()
    {
        QFETCH(QDateTime, when);
        QFETCH(QString, expected);
        QCOMPARE(Format::relativeTime(when, now()), expected);
    }

    void isoDate_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid") << QDateTime() << QString();
        QTest::newRow("UTC") << QDateTime(QDate(2025, 1, 22), QTime(18, 24, 45), QTimeZone::utc())
                             << u"2025-01-22T18:24:45Z"_s;
        QTest::newRow("milliseconds dropped")
            << QDateTime(QDate(2025, 1, 22), QTime(18, 24, 45, 123), QTimeZone::utc()) << u"2025-01-22T18:24:45Z"_s;
        QTest::newRow("offset converted to UTC")
            << QDateTime(QDate(2025, 1, 1), QTime(1, 30), QTimeZone(2 * 3600)) << u"2024-12-31T23:30:00Z"_s;
        QTest::newRow("parsed Hub timestamp")
            << QDateTime::fromString(u"2024-02-19T11:31:12.000Z"_s, Qt::ISODateWithMs) << u"2024-02-19T11:31:12Z"_s;
    }

    void isoDate()
    {
        QFETCH(QDateTime, when);
        QFETCH(QString, expected);
        QCOMPARE(Format::isoDate(when), expected);
    }

private:
    static QDateTime now()
    {
        return QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
    }
};

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"
