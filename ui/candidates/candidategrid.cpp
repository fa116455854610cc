// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/candidates/candidategrid.h"

#include <algorithm>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app/hub/candidategrid.h"
#include "app/hub/candidategridmodel.h"
#include "app/storage/candidatestore.h"
#include "app/storage/endpointstore.h"
#include "ui/common/banner.h"
#include "ui/common/icons.h"

using namespace Qt::StringLiterals;

namespace {

// Rows that differ between the models: bold, on a tint mixed from the palette's highlight and base colours (so it
// reads in light and dark palettes alike), in the cells and in the row's header.
class DifferenceHighlightProxy final : public QIdentityProxyModel
{
public:
    DifferenceHighlightProxy(QWidget *paletteSource, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_paletteSource(paletteSource)
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole || role == Qt::BackgroundRole) {
            if (!index.data(CandidateGridModel::DiffersRole).toBool())
                return QIdentityProxyModel::data(index, role);
            return role == Qt::FontRole ? QVariant(boldFont()) : QVariant(tint(index.row() % 2 == 1));
        }
        if (role == Qt::DecorationRole && isFailedStatus(index))
            return Icons::get(u"warning"_s);
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && (role == Qt::FontRole || role == Qt::BackgroundRole)
            && sourceModel()->headerData(section, orientation, CandidateGridModel::DiffersRole).toBool())
            return role == Qt::FontRole ? QVariant(boldFont()) : QVariant(tint(false));
        if (orientation == Qt::Horizontal && role == Qt::DecorationRole
            && sourceModel()->headerData(section, orientation, CandidateGridModel::StateRole).toInt()
                == int(CandidateGridEntry::State::Failed))
            return Icons::get(u"warning"_s);
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    static bool isFailedStatus(const QModelIndex &index)
    {
        return index.data(CandidateGridModel::AttributeRole).toInt() == int(CandidateGridModel::Attribute::Status)
            && index.data(CandidateGridModel::StateRole).toInt() == int(CandidateGridEntry::State::Failed);
    }

    QFont boldFont() const
    {
        QFont font = m_paletteSource ? m_paletteSource->font() : QFont();
        font.setBold(true);
        return font;
    }

    // Mixed over the row's own background, so alternating rows stay visible inside a run of differing rows.
    QBrush tint(bool alternate) const
    {
        const QPalette palette = m_paletteSource ? m_paletteSource->palette() : QPalette();
        const QColor base = palette.color(alternate ? QPalette::AlternateBase : QPalette::Base);
        const QColor accent = palette.color(QPalette::Highlight);
        constexpr double kMix = 0.16;
        return QColor::fromRgbF(float(base.redF() * (1 - kMix) + accent.redF() * kMix),
            float(base.greenF() * (1 - kMix) + accent.greenF() * kMix),
            float(base.blueF() * (1 - kMix) + accent.blueF() * kMix));
    }

    QPointer<QWidget> m_paletteSource;
};

} // namespace

CandidateGridDialog::CandidateGridDialog(const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_grid(new CandidateGrid(services.hub, this))
    , m_model(new CandidateGridModel(m_grid, this))
    , m_banner(new Banner(this))
    , m_summary(new QLabel(this))
    , m_onlyDifferences(new QCheckBox(tr("Only &differences"), this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_refresh(new QPushButton(Icons::get(u"refresh"_s), tr("&Refresh"), this))
    , m_compare(new QPushButton(Icons::get(u"compare"_s), tr("&Compare these"), this))
{
    setObjectName(u"candidateGrid"_s);
    setWindowTitle(tr("Candidate grid"));
    setModal(false);
    setSizeGripEnabled(true);
    resize(960, 640);

    m_summary->setObjectName(u"gridSummary"_s);
    m_onlyDifferences->setObjectName(u"onlyDifferences"_s);
    m_onlyDifferences->setToolTip(tr("Hide the rows where all models agree"));
    m_banner->setObjectName(u"gridBanner"_s);
    m_banner->hide();

    auto *proxy = new DifferenceHighlightProxy(m_view, this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(u"candidateGridView"_s);
    m_view->setAccessibleName(tr("Candidate grid"));
    m_view->setModel(proxy);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(220);
    m_view->horizontalHeader()->setMinimumSectionSize(120);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setHighlightSections(false);

    m_empty->setObjectName(u"gridEmptyLabel"_s);
    m_empty->setText(tr("No models on the candidate list yet — add models from Explore with Ctrl+Enter"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *stack = new QStackedWidget(this);
    stack->setObjectName(u"gridStack"_s);
    stack->addWidget(m_view);
    stack->addWidget(m_empty);

    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Fetch the metadata again (F5)"));
    m_compare->setObjectName(u"compareTheseButton"_s);
    m_compare->setToolTip(tr("Open Compare with one column per model, on the Inference Providers router"));
    m_compare->setAutoDefault(false);
    m_refresh->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyDifferences);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(stack, 1);
    layout->addWidget(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &CandidateGridDialog::refresh);
    connect(m_banner, &Banner::retryRequested, this, &CandidateGridDialog::refresh);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (!m_grid->repoIds().isEmpty())
            Q_EMIT compareRequested(m_grid->repoIds());
    });
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &CandidateGridDialog::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandidateGridDialog::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CandidateGridDialog::updateState);
    connect(m_grid, &CandidateGrid::finished, this, [this] {
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::clamp(m_view->columnWidth(column), 140, 340));
        updateState();
    });
    if (m_services.candidates)
        connect(m_services.candidates, &CandidateStore::changed, this, &CandidateGridDialog::reloadCandidates);
    reloadCandidates();
}

CandidateGridDialog::~CandidateGridDialog() = default;

CandidateGridModel *CandidateGridDialog::model() const
{
    return m_model;
}

QTableView *CandidateGridDialog::view() const
{
    return m_view;
}

QStringList CandidateGridDialog::modelIds() const
{
    return m_grid->repoIds();
}

void CandidateGridDialog::setCompareEnabled(bool enabled)
{
    m_compareEnabled = enabled;
    updateState();
}

void CandidateGridDialog::refresh()
{
    if (m_services.endpoints)
        m_grid->setRouterBase(CandidateGrid::routerBaseFor(m_services.endpoints->list()));
    m_banner->hide();
    m_grid->refresh();
    updateState();
}

void CandidateGridDialog::reloadCandidates()
{
    QStringList ids;
    if (m_services.candidates) {
        for (const Candidate &candidate : m_services.candidates->list()) {
            if (candidate.type == RepoType::Model)
                ids.append(candidate.repoId);
        }
    }
    if (ids == m_grid->repoIds() && m_grid->count() > 0)
        return;
    if (m_services.endpoints)
        m_grid->setRouterBase(CandidateGrid::routerBaseFor(m_services.endpoints->list()));
    m_grid->load(ids);
    updateState();
}

void CandidateGridDialog::applyFilter()
{
    const bool only = m_onlyDifferences->isChecked();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto attribute = CandidateGridModel::Attribute(
            m_model->headerData(row, Qt::Vertical, CandidateGridModel::AttributeRole).toInt());
        // The status row stays: it says why a column is empty.
        const bool hide = only && attribute != CandidateGridModel::Attribute::Status && !m_model->rowDiffers(row);
        m_view->setRowHidden(row, hide);
    }
}

void CandidateGridDialog::updateState()
{
    const int models = m_grid->count();
    auto *stack = qobject_cast<QStackedWidget *>(m_view->parentWidget());
    if (stack)
        stack->setCurrentWidget(models == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    int loaded = 0;
    int failed = 0;
    bool offline = false;
    for (int i = 0; i < models; ++i) {
        const CandidateGridEntry &entry = m_grid->entry(i);
        if (entry.state == CandidateGridEntry::State::Loaded)
            ++loaded;
        else if (entry.state == CandidateGridEntry::State::Failed)
            ++failed;
        offline = offline || entry.isOffline();
    }
    QString summary;
    if (models == 0)
        summary = tr("No models to compare");
    else if (m_grid->isLoading())
        summary = tr("Loading… %1 of %2 models").arg(loaded + failed).arg(models);
    else
        summary = tr("%1 models · %2 rows differ").arg(models).arg(m_model->differingRowCount());
    if (failed > 0 && !m_grid->isLoading())
        summary += u" · "_s + tr("%1 could not be loaded").arg(failed);
    m_summary->setText(summary);
    if (offline && !m_banner->isVisible()) {
        m_banner->showMessage(Banner::Kind::Warning,
            tr("Offline: the grid shows cached values; the Status row gives their age"), QString(), true);
    }
    m_refresh->setEnabled(models > 0);
    m_compare->setEnabled(m_compareEnabled && models > 0);
    applyFilter();
}
