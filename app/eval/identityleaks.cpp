// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/identityleaks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Model families and makers as they name themselves. Kept as regular-expression alternatives; longer names first
// where one is a prefix of another.
const QString Makers =
    u"OpenAI|Anthropic|Google(?: DeepMind)?|DeepMind|Meta(?: AI)?|Mistral(?: AI)?|Alibaba(?: Cloud)?|"
    "DeepSeek|Microsoft|xAI|Cohere|Hugging ?Face|NVIDIA|Zhipu(?: AI)?|Moonshot(?: AI)?|01\\.AI|"
    "Technology Innovation Institute|TII|IBM|Amazon|Apple|Baidu|Tencent|AI2|Allen Institute"_s;
const QString Models = u"ChatGPT|GPT-?\\d[\\w.-]*|GPT|Claude(?:[ -][\\w.-]+)?|Llama(?:[ -]?\\d[\\w.-]*)?|LLaMA|"
                       "Gemini(?:[ -][\\w.-]+)?|Gemma(?:[ -]?\\d[\\w.-]*)?|Bard|Qwen[\\w.-]*|Tongyi Qianwen|"
                       "Mixtral[\\w.-]*|Mistral(?:[ -][\\w.-]+)?|DeepSeek(?:[ -][\\w.-]+)?|Phi-?\\d[\\w.-]*|"
                       "Grok[\\w.-]*|Command(?: R\\+?| A)?|Falcon[\\w.-]*|Yi(?:-[\\w.-]+)?|GLM[\\w.-]*|ChatGLM[\\w.-]*|"
                       "Kimi[\\w.-]*|Granite[\\w.-]*|Nemotron[\\w.-]*|OLMo[\\w.-]*|SmolLM[\\w.-]*|Zephyr[\\w.-]*"_s;

const QRegularExpression &pattern()
{
    static const QRegularExpression expression(
        // "As an OpenAI model", "as a Llama-based assistant"
        uR"(\bas an? (?:AI (?:model|assistant) |(?:large )?language model )?(?:%1|%2)(?:[ -]based)?)"
        uR"((?: (?:AI|language|large language))? (?:model|assistant|chatbot|LLM)\b)"
        // "As Claude, I …"
        uR"(|\bas (?:%2),)"
        // "I am Llama", "I'm an Anthropic assistant", "my name is Qwen"
        uR"(|\b(?:I am|I'm|I’m|my name is|call me) (?:(?:an? |the )?(?:%1)[ -](?:AI |language |large language )?)"
        uR"((?:model|assistant|chatbot|LLM)\b|(?:%2)\b))"
        // "I was trained by Google", "a model developed by OpenAI"
        uR"(|\b(?:model|assistant|AI|chatbot|LLM|I) (?:was |am |is |have been |has been )?)"
        uR"((?:developed|created|made|trained|built|designed) by (?:the )?(?:%1|%2)\b)"_s.arg(Makers, Models),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

} // namespace

QList<IdentityLeak> IdentityLeaks::find(const QString &text)
{
    QList<IdentityLeak> leaks;
    QRegularExpressionMatchIterator matches = pattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        leaks.append({match.capturedStart(), match.capturedLength(), match.captured()});
    }
    return leaks;
}
