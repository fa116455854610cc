// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/candidates/candidatesdock.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>

#include "app/storage/candidatelistmodel.h"
#include "app/storage/candidatestore.h"

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
    setWidget(m_stack);

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
}
