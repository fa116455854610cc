// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/banner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

#include "ui/common/icons.h"

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAutoRaise(true);
    m_retry->setIcon(Icons::get(QStringLiteral("refresh")));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_detailsButton, &QToolButton::clicked, this, [this] {
        QToolTip::showText(
            m_detailsButton->mapToGlobal(QPoint(0, m_detailsButton->height())), m_details, m_detailsButton);
    });
    hide();
}

Banner::~Banner() = default;

void Banner::setActionText(const QString &text)
{
    m_retry->setText(text);
    m_retry->setAccessibleName(text);
    m_retry->setIcon(QIcon());
}

void Banner::showMessage(Kind kind, const QString &text, const QString &details, bool retryable)
{
    m_text->setText(text);
    m_details = details;
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setToolTip(details);
    m_retry->setVisible(retryable);
    const QString icon = kind == Kind::Info ? QStringLiteral("offline") : QStringLiteral("warning");
    m_icon->setPixmap(Icons::get(icon).pixmap(QSize(20, 20), devicePixelRatioF()));
    // Tinted from the palette so both light and dark themes keep their contrast.
    QPalette palette = this->palette();
    const QColor base = QApplication::palette().color(QPalette::Window);
    const QColor accent = kind == Kind::Error
        ? QColor(0xd9, 0x3f, 0x3f)
        : (kind == Kind::Warning ? QColor(0xd9, 0x8e, 0x04) : QColor(0x3b, 0x82, 0xf6));
    const qreal mix = 0.16;
    palette.setColor(QPalette::Window,
        QColor::fromRgbF(base.redF() * (1 - mix) + accent.redF() * mix,
            base.greenF() * (1 - mix) + accent.greenF() * mix, base.blueF() * (1 - mix) + accent.blueF() * mix));
    setPalette(palette);
    show();
}

QString Banner::text() const
{
    return m_text->text();
}

bool Banner::isRetryVisible() const
{
    return !m_retry->isHidden();
}
