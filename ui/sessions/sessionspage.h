// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <QWidget>

#include "app/eval/criteria.h"

class AppSettings;
class Banner;
class JudgmentStore;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableWidget;
class QTableView;
class QTimer;
class RunStore;
class SessionListModel;

// The Sessions page: every evaluation session with its counts; full-text search over prompts, outputs, notes and
// reasons; create, rename, duplicate, archive, delete (to the trash, with Undo; restored or purged after 30 days).
// The selected session's goal, review settings (rating scale, anchors, labels, success criteria) and decision log
// are edited on the right, and it opens in Review or Compare from here.
class SessionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    struct Services
    {
        RunStore *runs = nullptr;
        JudgmentStore *judgments = nullptr;
        AppSettings *settings = nullptr; // the reviewer's name signs decisions
    };

    explicit SessionsPage(const Services &services, QWidget *parent = nullptr);
    ~SessionsPage() override;

    qint64 selectedSession() const;
    void selectSession(qint64 id);
    SessionListModel *model() const
    {
        return m_model;
    }

    // The actions behind the buttons (the buttons ask for names with a dialog first). false and a banner on failure.
    bool createSession(const QString &name);
    bool renameSelected(const QString &name);
    bool duplicateSelected(const QString &name);
    bool toggleArchivedSelected();
    bool trashSelected(); // with Undo in the banner
    bool restoreSelected();
    bool deleteSelectedForGood();
    bool addDecision(const QString &text);
    // Export and import run on a worker thread with a connection of their own; exchangeFinished reports the result
    // (also shown in the banner). The buttons ask for the file first.
    void exportSelected(const QString &path, const QString &format); // "jsonl", "csv" or "bundle"
    void importFile(const QString &path);
    void search(const QString &query); // what the search field does, without its debounce
    QTableWidget *criteriaTable() const
    {
        return m_criteriaTable;
    }

Q_SIGNALS:
    void reviewRequested(qint64 sessionId);
    void dashboardRequested(qint64 sessionId);
    void compareRequested(qint64 sessionId);
    void statusMessage(const QString &text);
    void criteriaEvaluated();
    void exchangeFinished(
        bool ok, const QString &message); // the criteria table shows the selected session's current verdicts

private:
    void updateDetail();
    void updateActions();
    void saveSettings();
    void fail(const QString &message);
    void evaluateCriteria(); // in a worker thread; the table fills in when it is done

    Services m_services;
    SessionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    Banner *m_banner;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_filter;
    QTableView *m_table;
    QListWidget *m_hits;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QPushButton *m_export;
    QPushButton *m_import;
    QWidget *m_detail;
    QLabel *m_title;
    QLabel *m_summary;
    QPlainTextEdit *m_goal;
    QSpinBox *m_ratingMin;
    QSpinBox *m_ratingMax;
    QLineEdit *m_anchors;
    QLineEdit *m_labels;
    QPlainTextEdit *m_criteria;
    QLabel *m_criteriaStatus;
    QTableWidget *m_criteriaTable;
    QThreadPool m_jobs; // export and import
    QThreadPool m_criteriaPool; // one evaluation at a time, off the GUI thread; waited for on destruction
    quint64 m_criteriaGeneration = 0; // a newer evaluation makes older results stale
    QListWidget *m_decisions;
    QLineEdit *m_decisionText;
    QPushButton *m_review;
    QPushButton *m_dashboard = nullptr;
    QHBoxLayout *m_actionRow = nullptr;
    QPushButton *m_compare;
    qint64 m_keep = 0; // the selection across a model reset
    qint64 m_trashed = 0; // the session the Undo in the banner restores
};
