// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>
#include <QUrl>

// Shows a model or dataset card: Markdown without its YAML front matter, relative links resolved against the repo,
// every link opened in the system browser, and no remote resource (images) ever fetched.
class CardBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardBrowser)

public:
    explicit CardBrowser(QWidget *parent = nullptr);
    ~CardBrowser() override;

    // `base` is the repo's page, e.g. https://huggingface.co/org/model/blob/main/ (relative links resolve here).
    void setCard(const QString &markdown, const QUrl &base);
    QVariant loadResource(int type, const QUrl &name) override;
    QUrl resolve(const QUrl &link) const;

Q_SIGNALS:
    void linkOpened(const QUrl &url); // after handing it to the system browser

private:
    QUrl m_base;
};
