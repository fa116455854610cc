// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "app/eval/reviewcontroller.h"

class AppSettings;
class JudgmentStore;
class QCheckBox;
class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class RunStore;

// The Review page: a reviewer's queue for the open session, one item at a time, judged by keyboard (1–9 rating, A / B
// / T / X pairwise, L labels, N note, J / K next and previous, U undo) or mouse. Every judgment is saved the moment it
// is made. Blind mode hides endpoints and models and shuffles positions until the item is decided, and warns when an
// output names its maker. The logic lives in ReviewController; this is its view.
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    struct Services
    {
        RunStore *runs = nullptr;
        JudgmentStore *judgments = nullptr;
        AppSettings *settings = nullptr; // remembers the reviewer's name
    };

    explicit ReviewPage(const Services &services, QWidget *parent = nullptr);
    ~ReviewPage() override;

    // Shows the session's queue (the current reviewer's), in the mode chosen.
    void openSession(qint64 sessionId);
    qint64 sessionId() const;
    void setMode(ReviewMode mode); // pairwise and ranking turn blind mode on, single turns it off
    void setBlind(bool blind);
    void setReviewer(const QString &name);

    ReviewController *controller()
    {
        return &m_controller;
    }
    QString progressText() const;
    QString paneTitle(int position) const; // "Response A", or the endpoint and model once revealed
    QString leakWarning(int position) const; // empty when the output does not name its maker

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Pane
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *leak = nullptr;
        QTextBrowser *text = nullptr;
        QLabel *metrics = nullptr;
        QPushButton *rank = nullptr;
    };

    void buildActions();
    void reloadSessions();
    void restart();
    void showItem();
    void updateJudgmentControls();
    void updateProgress();
    void ensurePanes(int count);
    void handleKey(int key);
    void commitLabels();
    void commitNote();
    void confirm(const QString &text);
    void focusBody();

    Services m_services;
    ReviewController m_controller;
    QComboBox *m_sessions;
    QComboBox *m_mode;
    QCheckBox *m_blind;
    QPushButton *m_reviewerButton;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QFrame *m_reviewerPanel;
    QLineEdit *m_reviewerEdit;
    QStackedWidget *m_body;
    QLabel *m_empty;
    QListView *m_queueView;
    QLabel *m_prompt;
    QWidget *m_panesArea;
    QHBoxLayout *m_panesLayout;
    QList<Pane> m_panes;
    QList<StoredRun> m_shownRuns; // the current item's runs, in the order shown
    QStringList m_leaks; // per shown run: the first self-identification found, or empty
    QWidget *m_singleBar;
    QList<QPushButton *> m_ratingButtons;
    QHBoxLayout *m_ratingLayout;
    QLineEdit *m_labels;
    QLineEdit *m_note;
    QPushButton *m_flag;
    QWidget *m_pairBar;
    QList<QPushButton *> m_outcomeButtons; // A, B, T, X
    QLineEdit *m_reason;
    QWidget *m_rankBar;
    QLabel *m_rankOrder;
    QPushButton *m_undo;
    QLabel *m_confirmation;
    QTimer *m_confirmationTimer;
    QTimer *m_reloadTimer;
    bool m_started = false;
};
