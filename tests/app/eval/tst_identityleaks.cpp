// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "app/eval/identityleaks.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestIdentityLeaks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }
    void find_data();
    void find();
    void positionsPointAtTheText();
};

void TestIdentityLeaks::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase"); // the first leak found, empty for none

    QTest::newRow("OpenAI model") << u"As an OpenAI model, I cannot browse."_s << u"As an OpenAI model"_s;
    QTest::newRow("I am Llama") << u"Hello! I am Llama, a helpful assistant."_s << u"I am Llama"_s;
    QTest::newRow("I'm Claude") << u"I'm Claude, made by Anthropic."_s << u"I'm Claude"_s;
    QTest::newRow("typographic apostrophe") << u"I’m Qwen2.5 and happy to help"_s << u"I’m Qwen2.5"_s;
    QTest::newRow("language model by") << u"As an AI language model developed by OpenAI, I…"_s
                                       << u"model developed by OpenAI"_s;
    QTest::newRow("trained by Google") << u"I was trained by Google."_s << u"I was trained by Google"_s;
    QTest::newRow("my name is") << u"My name is DeepSeek-V3."_s << u"My name is DeepSeek-V3"_s;
    QTest::newRow("maker assistant") << u"I am a Mistral AI assistant."_s << u"I am a Mistral AI assistant"_s;
    QTest::newRow("as Gemini,") << u"As Gemini, I can summarise this."_s << u"As Gemini,"_s;
    QTest::newRow("lower case") << u"as a meta ai model i must decline"_s << u"as a meta ai model"_s;
    QTest::newRow("plain answer") << u"Deep learning is a subset of machine learning."_s << QString();
    QTest::newRow("maker mentioned, not self") << u"OpenAI released GPT-4 in 2023."_s << QString();
    QTest::newRow("meta-analysis") << u"As a meta-analysis shows, the effect is small."_s << QString();
    QTest::newRow("yielding") << u"I am yielding the floor."_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentityLeaks::find()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    const QList<IdentityLeak> leaks = IdentityLeaks::find(text);
    if (phrase.isEmpty()) {
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.isEmpty() ? QString() : leaks.first().phrase));
        return;
    }
    QVERIFY(!leaks.isEmpty());
    QCOMPARE(leaks.first().phrase, phrase);
}

void TestIdentityLeaks::positionsPointAtTheText()
{
    const QString text = u"Sure. I am Llama 3. Also, as an OpenAI model… no."_s;
    const QList<IdentityLeak> leaks = IdentityLeaks::find(text);
    QCOMPARE(leaks.size(), 2);
    for (const IdentityLeak &leak : leaks)
        QCOMPARE(text.mid(leak.start, leak.length), leak.phrase);
    QVERIFY(leaks[0].start < leaks[1].start);
}

QTEST_GUILESS_MAIN(TestIdentityLeaks)
#include "tst_identityleaks.moc"
