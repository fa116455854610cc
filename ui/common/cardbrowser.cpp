// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/cardbrowser.h"

#include <QDesktopServices>
#include <QTextDocument>

#include "app/hub/repofiles.h"

CardBrowser::CardBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Card"));
    document()->setDocumentMargin(16);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme().isEmpty() && link.path().isEmpty() && link.hasFragment()) {
            scrollToAnchor(link.fragment());
            return;
        }
        const QUrl target = resolve(link);
        if (target.scheme() == QStringLiteral("http") || target.scheme() == QStringLiteral("https")
            || target.scheme() == QStringLiteral("mailto")) {
            QDesktopServices::openUrl(target);
            Q_EMIT linkOpened(target);
        }
    });
}

CardBrowser::~CardBrowser() = default;

QUrl CardBrowser::resolve(const QUrl &link) const
{
    return link.isRelative() && m_base.isValid() ? m_base.resolved(link) : link;
}

void CardBrowser::setCard(const QString &markdown, const QUrl &base)
{
    m_base = base;
    document()->setBaseUrl(base);
    setMarkdown(CardText::stripFrontMatter(markdown));
}

QVariant CardBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    // Remote images are never fetched automatically (privacy, and the UI thread never waits on the network); the
    // document shows their alt text instead.
    return {};
}
