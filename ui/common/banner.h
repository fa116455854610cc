// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline message strip inside a page: the cause in plain words, what to do, a Retry button, and the technical
// details one click away. Never modal. Hidden until show…() is called.
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    enum class Kind
    {
        Error,
        Warning,
        Info
    };

    explicit Banner(QWidget *parent = nullptr);
    ~Banner() override;

    void showMessage(Kind kind, const QString &text, const QString &details = {}, bool retryable = false);
    // The action button's text and accessible name ("Retry" unless set; "Undo" for a reversible change), with no icon.
    void setActionText(const QString &text);
    QString text() const;
    bool isRetryVisible() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QPushButton *m_retry;
    QToolButton *m_close;
    QString m_details;
};
