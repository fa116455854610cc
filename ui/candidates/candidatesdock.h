// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include "app/hub/hubtypes.h"

class CandidateListModel;
class CandidateStore;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

// The candidates tray (right dock, objectName "candidatesDock"): the shortlisted repositories, reachable from every
// page. Delete (or the context menu) removes the selected ones; double-click or Enter emits repoActivated(). Below the
// list, "Grid…" asks for the candidate grid and "Compare" sends the models to Compare.
class CandidatesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatesDock)

public:
    explicit CandidatesDock(CandidateStore *store, QWidget *parent = nullptr);
    ~CandidatesDock() override;

    QAction *removeAction() const;
    QPushButton *gridButton() const;
    QPushButton *compareButton() const;
    void setGridEnabled(bool enabled);
    void setCompareEnabled(bool enabled);
    // The models to send to Compare: the selected model candidates, else all of them.
    QStringList modelsForCompare() const;

Q_SIGNALS:
    void repoActivated(RepoType type, const QString &repoId);
    void gridRequested(); // "Grid…": the candidate grid
    void compareRequested(const QStringList &modelIds);

private:
    void onRemove();
    void updateState();

    CandidateStore *m_store = nullptr;
    CandidateListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QAction *m_remove = nullptr;
    QPushButton *m_grid = nullptr;
    QPushButton *m_compare = nullptr;
    bool m_gridEnabled = true;
    bool m_compareEnabled = true;
};
