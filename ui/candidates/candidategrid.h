// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class Banner;
class CandidateGrid;
class CandidateGridModel;
class CandidateStore;
class EndpointStore;
class HubClient;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

// "Candidate grid" (non-modal, objectName "candidateGrid"): the models on the candidate list side by side, one
// attribute per row (names in the frozen vertical header), rows whose values differ tinted and bold. Follows the
// candidate list while open; Refresh fetches again; "Compare these" emits compareRequested() with the models.
class CandidateGridDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateGridDialog)

public:
    struct Services
    {
        HubClient *hub = nullptr; // required
        CandidateStore *candidates = nullptr; // required
        EndpointStore *endpoints = nullptr; // optional: the first hf-router endpoint's URL is the router to ask
    };

    explicit CandidateGridDialog(const Services &services, QWidget *parent = nullptr);
    ~CandidateGridDialog() override;

    CandidateGridModel *model() const;
    QTableView *view() const;
    QStringList modelIds() const; // the columns, in order
    // Whether "Compare these" can do anything (MainWindow: there is a Compare page).
    void setCompareEnabled(bool enabled);
    void refresh();

Q_SIGNALS:
    void compareRequested(const QStringList &modelIds);

private:
    void reloadCandidates();
    void updateState();
    void applyFilter();

    Services m_services;
    CandidateGrid *m_grid;
    CandidateGridModel *m_model;
    Banner *m_banner;
    QLabel *m_summary;
    QCheckBox *m_onlyDifferences;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_refresh;
    QPushButton *m_compare;
    bool m_compareEnabled = true;
};
