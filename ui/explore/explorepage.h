// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "app/hub/hubclient.h"

class Banner;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTabBar;
class QTableView;
class QTimer;
class RepoDetailView;
class RepoListModel;

// Explore: search the Hub for models and datasets with facets and sort, scroll through results that load page by
// page, and inspect one in the detail pane. Typing waits ~250 ms before one request goes out.
class ExplorePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorePage)

public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kIdMinimumChars = 24; // the repository column never gets narrower than this

    explicit ExplorePage(HubClient *client, QWidget *parent = nullptr);
    ~ExplorePage() override;

    RepoListModel *model() const
    {
        return m_model;
    }
    QTableView *resultsView() const
    {
        return m_view;
    }
    RepoDetailView *detailView() const
    {
        return m_detail;
    }
    QLineEdit *searchField() const
    {
        return m_search;
    }
    HubListQuery currentQuery() const;
    void start(); // the first load: trending models

Q_SIGNALS:
    void addCandidateRequested(RepoType type, const QString &repoId);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFacets();
    void applyQuery();
    void scheduleQuery();
    void updateFacetVisibility();
    void updateFooter();
    void fitIdColumn();
    void onError(const HubError &error);
    void onCurrentChanged();
    void addCurrentToCandidates();

    HubClient *m_client;
    RepoListModel *m_model;
    QTabBar *m_kind;
    QLineEdit *m_search;
    QComboBox *m_sort;
    QComboBox *m_task;
    QComboBox *m_library;
    QComboBox *m_language;
    QComboBox *m_license;
    QComboBox *m_gated;
    QComboBox *m_provider;
    QComboBox *m_size;
    QLineEdit *m_author;
    Banner *m_banner;
    QTableView *m_view;
    QLabel *m_count;
    QProgressBar *m_busy;
    QSplitter *m_splitter;
    RepoDetailView *m_detail;
    QTimer *m_debounce;
    bool m_started = false;
};
