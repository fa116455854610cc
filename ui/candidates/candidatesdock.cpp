// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/candidates/candidatesdock.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app/storage/candidatelistmodel.h"
#include "app/storage/candidatestore.h"
#include "ui/common/icons.h"

using namespace Qt::StringLiterals;

CandidatesDock::CandidatesDock(CandidateStore *store, QWidget *parent)
    : QDockWidget(tr("Candidates"), parent)
    , m_store(store)
    , m_model(new CandidateListModel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_remove(new QAction(tr("&Remove from candidates"), this))
{
    setObjectName(u"candidatesDock"_s);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    m_view->setObjectName(u"candidatesView"_s);
    m_view->setAccessibleName(tr("Candidates"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_empty->setObjectName(u"candidatesEmptyLabel"_s);
    m_empty->setText(tr("No candidates yet — add models from Explore with Ctrl+Enter"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    // The tray's actions on the whole list: the metadata grid, and Compare.
    auto *content = new QWidget(this);
    m_grid = new QPushButton(Icons::get(u"candidates"_s), tr("&Grid…"), content);
    m_grid->setObjectName(u"candidateGridButton"_s);
    m_grid->setToolTip(tr("Compare the candidates' metadata side by side (Ctrl+Shift+G)"));
    m_compare = new QPushButton(Icons::get(u"compare"_s), tr("Co&mpare"), content);
    m_compare->setObjectName(u"candidatesCompareButton"_s);
    m_compare->setToolTip(tr("Open Compare with the selected models, or all of them"));
    // One above the other: the tray is narrow (about 150 px at start), too narrow for two labelled buttons abreast.
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 8);
    buttons->setSpacing(4);
    buttons->addWidget(m_grid);
    buttons->addWidget(m_compare);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    setWidget(content);
    connect(m_grid, &QPushButton::clicked, this, &CandidatesDock::gridRequested);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList models = modelsForCompare();
        if (!models.isEmpty())
            Q_EMIT compareRequested(models);
    });

    m_remove->setObjectName(u"removeCandidateAction"_s);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_remove);

    connect(m_remove, &QAction::triggered, this, &CandidatesDock::onRemove);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const Candidate candidate = m_model->candidate(index.row());
        if (!candidate.repoId.isEmpty())
            Q_EMIT repoActivated(candidate.type, candidate.repoId);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandidatesDock::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CandidatesDock::updateState);
    updateState();
}

CandidatesDock::~CandidatesDock() = default;

QAction *CandidatesDock::removeAction() const
{
    return m_remove;
}

QPushButton *CandidatesDock::gridButton() const
{
    return m_grid;
}

QPushButton *CandidatesDock::compareButton() const
{
    return m_compare;
}

void CandidatesDock::setGridEnabled(bool enabled)
{
    m_gridEnabled = enabled;
    updateState();
}

void CandidatesDock::setCompareEnabled(bool enabled)
{
    m_compareEnabled = enabled;
    updateState();
}

QStringList CandidatesDock::modelsForCompare() const
{
    QStringList selected;
    QStringList all;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Candidate candidate = m_model->candidate(row);
        if (candidate.type != RepoType::Model)
            continue;
        all.append(candidate.repoId);
        if (m_view->selectionModel()->isRowSelected(row, {}))
            selected.append(candidate.repoId);
    }
    return selected.isEmpty() ? all : selected;
}

void CandidatesDock::onRemove()
{
    if (!m_store)
        return;
    QList<Candidate> selected;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        selected.append(m_model->candidate(index.row()));
    if (selected.isEmpty() && m_view->currentIndex().isValid())
        selected.append(m_model->candidate(m_view->currentIndex().row()));
    const int nextRow = rows.isEmpty() ? m_view->currentIndex().row() : rows.constFirst().row();
    for (const Candidate &candidate : std::as_const(selected))
        m_store->remove(candidate.type, candidate.repoId); // each emits changed(): the model resets
    if (m_model->rowCount() > 0) {
        const QModelIndex next = m_model->index(qBound(0, nextRow, m_model->rowCount() - 1), 0);
        m_view->setCurrentIndex(next);
    }
}

void CandidatesDock::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    m_remove->setEnabled(!empty && (m_view->selectionModel()->hasSelection() || m_view->currentIndex().isValid()));
    bool hasModels = false;
    for (int row = 0; row < m_model->rowCount() && !hasModels; ++row)
        hasModels = m_model->candidate(row).type == RepoType::Model;
    if (m_grid) {
        m_grid->setEnabled(m_gridEnabled && hasModels);
        m_compare->setEnabled(m_compareEnabled && hasModels);
    }
}
