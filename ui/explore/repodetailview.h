// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "app/hub/hubclient.h"

class Banner;
class CardBrowser;
class DatasetPreview;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

// The right half of Explore: everything about one repository. The summary from the list shows at once; full info,
// the card and the file tree load in the background (a newer selection cancels them).
class RepoDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepoDetailView)

public:
    explicit RepoDetailView(HubClient *client, QWidget *parent = nullptr);
    ~RepoDetailView() override;

    void showModel(const ModelInfo &summary);
    void showDataset(const DatasetInfo &summary);
    void clear();
    QString repoId() const
    {
        return m_repoId;
    }
    RepoType repoType() const
    {
        return m_type;
    }
    bool isLoading() const;
    QTabWidget *tabs() const
    {
        return m_tabs;
    }

Q_SIGNALS:
    void addCandidateRequested(RepoType type, const QString &repoId);
    void statusMessage(const QString &text);
    void loaded(); // info, card and files have all arrived (or failed)

private:
    void load();
    void fillHeader(const RepoInfo &repo, const ModelInfo *model, const DatasetInfo *dataset);
    void fillDetails(const RepoInfo &repo, const ModelInfo *model, const DatasetInfo *dataset);
    void fillFiles(const QList<RepoTreeEntry> &entries);
    void showError(const HubError &error, const QString &what);
    void cancelCalls();
    void finishOne();
    QUrl repoPageUrl() const;

    HubClient *m_client;
    RepoType m_type = RepoType::Model;
    QString m_repoId;
    ModelInfo m_model;
    DatasetInfo m_dataset;
    QList<HubClient::CallId> m_calls;
    int m_outstanding = 0;

    QLabel *m_title;
    QLabel *m_badges;
    QPushButton *m_addCandidate;
    QPushButton *m_openOnHub;
    Banner *m_banner;
    QTabWidget *m_tabs;
    CardBrowser *m_card;
    QWidget *m_detailsPage;
    QFormLayout *m_form;
    QTableWidget *m_evals;
    QTableWidget *m_providers;
    QLabel *m_filesSummary;
    QTableWidget *m_files;
    QTableWidget *m_gguf;
    DatasetPreview *m_preview;
    QLabel *m_empty;
    QTimer *m_debounce;
};
