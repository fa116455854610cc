// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessions/sessionspage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app/core/appsettings.h"
#include "app/core/format.h"
#include "app/eval/criteria.h"
#include "app/eval/criteriatext.h"
#include "app/eval/sessioncriteria.h"
#include "app/storage/database.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "app/storage/sessionexchange.h"
#include "app/storage/sessionlistmodel.h"
#include "ui/common/banner.h"

using namespace Qt::StringLiterals;

namespace {

QString hitKind(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Prompt:
        return SessionsPage::tr("Prompt");
    case SearchHit::Kind::Run:
        return SessionsPage::tr("Output");
    case SearchHit::Kind::Note:
        return SessionsPage::tr("Note");
    case SearchHit::Kind::Reason:
        return SessionsPage::tr("Reason");
    }
    return {};
}

} // namespace

SessionsPage::SessionsPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new SessionListModel(services.runs, services.judgments, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new Banner(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_hits(new QListWidget(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate…"), this))
    , m_archive(new QPushButton(tr("&Archive"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_purge(new QPushButton(tr("Delete for &good…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_detail(new QWidget(this))
    , m_title(new QLabel(m_detail))
    , m_summary(new QLabel(m_detail))
    , m_goal(new QPlainTextEdit(m_detail))
    , m_ratingMin(new QSpinBox(m_detail))
    , m_ratingMax(new QSpinBox(m_detail))
    , m_anchors(new QLineEdit(m_detail))
    , m_labels(new QLineEdit(m_detail))
    , m_criteria(new QPlainTextEdit(m_detail))
    , m_criteriaStatus(new QLabel(m_detail))
    , m_criteriaTable(new QTableWidget(0, 5, m_detail))
    , m_decisions(new QListWidget(m_detail))
    , m_decisionText(new QLineEdit(m_detail))
    , m_review(new QPushButton(tr("Re&view"), m_detail))
    , m_compare(new QPushButton(tr("Continue in &Compare"), m_detail))
{
    setObjectName(u"sessionsPage"_s);
    m_criteriaPool.setMaxThreadCount(1);
    m_search->setObjectName(u"sessionSearch"_s);
    m_search->setPlaceholderText(tr("Search prompts, outputs, notes and reasons"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sessions"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    m_filter->setObjectName(u"sessionFilter"_s);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("Active sessions"), static_cast<int>(SessionListModel::Filter::Active));
    m_filter->addItem(tr("Active and archived"), static_cast<int>(SessionListModel::Filter::All));
    m_filter->addItem(tr("Trash"), static_cast<int>(SessionListModel::Filter::Trash));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionListModel::SortRole);
    m_table->setObjectName(u"sessionTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::GoalColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Sessions"));
    m_hits->setObjectName(u"sessionHits"_s);
    m_hits->setAccessibleName(tr("Search results"));
    m_hits->setWordWrap(true);
    m_hits->hide();

    auto *top = new QHBoxLayout();
    top->setSpacing(8);
    top->addWidget(m_search, 1);
    top->addWidget(m_filter);
    top->addWidget(m_import);
    auto *buttons = new QHBoxLayout();
    buttons->setSpacing(8);
    for (QPushButton *button : {m_new, m_rename, m_duplicate, m_archive, m_delete, m_restore, m_purge, m_export})
        buttons->addWidget(button);
    m_actionRow = buttons;
    buttons->addStretch(1);
    m_export->setObjectName(u"sessionExport"_s);
    m_export->setToolTip(tr("Save the session as JSONL (every run with its prompt and judgments), CSV (for "
                            "spreadsheets) or a bundle (an SQLite file another reviewer can import)"));
    m_import->setObjectName(u"sessionImport"_s);
    m_import->setToolTip(tr("Merge a JSONL export or a bundle: another reviewer's judgments are added, nothing is "
                            "duplicated"));
    m_jobs.setMaxThreadCount(1);
    m_new->setObjectName(u"sessionNew"_s);
    m_delete->setObjectName(u"sessionDelete"_s);
    m_delete->setShortcut(QKeySequence::Delete);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addLayout(top);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 3);
    leftLayout->addWidget(m_hits, 2);

    // The selected session.
    m_title->setObjectName(u"sessionTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(u"sessionSummary"_s);
    m_summary->setWordWrap(true);
    m_goal->setObjectName(u"sessionGoal"_s);
    m_goal->setPlaceholderText(tr("What is this evaluation for? (e.g. pick a summariser for support tickets)"));
    m_goal->setMaximumHeight(m_goal->fontMetrics().lineSpacing() * 4 + 12);
    m_goal->setTabChangesFocus(true);
    m_goal->setAccessibleName(tr("Goal"));
    for (QSpinBox *spin : {m_ratingMin, m_ratingMax})
        spin->setRange(0, 10);
    m_ratingMin->setAccessibleName(tr("Lowest rating"));
    m_ratingMax->setAccessibleName(tr("Highest rating"));
    m_anchors->setObjectName(u"sessionAnchors"_s);
    m_anchors->setPlaceholderText(tr("e.g. unusable | poor | fair | good | excellent"));
    m_labels->setObjectName(u"sessionLabels"_s);
    m_labels->setPlaceholderText(tr("e.g. hallucination, off-topic, too long (empty: any label)"));
    m_criteria->setObjectName(u"sessionCriteria"_s);
    m_criteria->setPlaceholderText(tr("One per line, e.g.\nmean_rating >= 4\nwin_rate >= 60 baseline=gpt-4o\n"
                                      "p95_latency_ms <= 2000\nerror_rate <= 2\ncost_per_1k_output_tokens <= 0.5"));
    m_criteria->setMaximumHeight(m_criteria->fontMetrics().lineSpacing() * 6 + 12);
    m_criteria->setTabChangesFocus(true);
    m_criteriaStatus->setObjectName(u"criteriaStatus"_s);
    m_criteriaStatus->setWordWrap(true);
    m_criteriaTable->setObjectName(u"criteriaTable"_s);
    m_criteriaTable->setAccessibleName(tr("Success criteria results"));
    m_criteriaTable->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Result"), tr("Endpoint"), tr("Value"), tr("Evidence")});
    m_criteriaTable->verticalHeader()->hide();
    m_criteriaTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteriaTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_criteriaTable->setAlternatingRowColors(true);
    m_criteriaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_criteriaTable->horizontalHeader()->setStretchLastSection(true);
    m_criteriaTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_criteriaTable->setMinimumHeight(m_criteriaTable->fontMetrics().lineSpacing() * 6);
    m_criteriaTable->setWordWrap(false);
    m_criteriaTable->hide();
    auto *apply = new QPushButton(tr("Save settings"), m_detail);
    apply->setObjectName(u"sessionSaveSettings"_s);
    auto *scale = new QHBoxLayout();
    scale->addWidget(m_ratingMin);
    scale->addWidget(new QLabel(tr("to"), m_detail));
    scale->addWidget(m_ratingMax);
    scale->addStretch(1);
    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Goal:"), m_goal);
    auto *scaleLabel = new QLabel(tr("Rating &scale:"), m_detail);
    scaleLabel->setBuddy(m_ratingMin);
    form->addRow(scaleLabel, scale);
    form->addRow(tr("&Anchors:"), m_anchors);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(tr("Success &criteria:"), m_criteria);
    form->addRow(QString(), m_criteriaStatus);
    form->addRow(QString(), apply);

    m_decisions->setObjectName(u"sessionDecisions"_s);
    m_decisions->setAccessibleName(tr("Decision log"));
    m_decisions->setWordWrap(true);
    m_decisionText->setObjectName(u"decisionText"_s);
    m_decisionText->setPlaceholderText(tr("What was decided, and why"));
    m_decisionText->setAccessibleName(tr("New decision"));
    auto *record = new QPushButton(tr("Record"), m_detail);
    record->setObjectName(u"decisionRecord"_s);
    auto *decisionRow = new QHBoxLayout();
    decisionRow->addWidget(m_decisionText, 1);
    decisionRow->addWidget(record);
    auto *decisionsTitle = new QLabel(tr("Decision log"), m_detail);
    QFont bold = decisionsTitle->font();
    bold.setBold(true);
    decisionsTitle->setFont(bold);

    m_review->setObjectName(u"sessionReview"_s);
    m_compare->setObjectName(u"sessionCompare"_s);
    m_dashboard = new QPushButton(tr("&Dashboard"), m_detail);
    m_dashboard->setObjectName(u"sessionDashboard"_s);
    m_dashboard->setToolTip(tr("Charts, rankings with confidence intervals, and the criteria for this session"));
    auto *open = new QHBoxLayout();
    open->addWidget(m_review);
    open->addWidget(m_dashboard);
    open->addWidget(m_compare);
    open->addStretch(1);

    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->setSpacing(8);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_summary);
    detailLayout->addLayout(open);
    detailLayout->addLayout(form);
    detailLayout->addWidget(m_criteriaTable);
    detailLayout->addWidget(decisionsTitle);
    detailLayout->addWidget(m_decisions, 1);
    detailLayout->addLayout(decisionRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"sessionsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 520});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_filter, &QComboBox::activated, this, [this] {
        m_model->setFilter(static_cast<SessionListModel::Filter>(m_filter->currentData().toInt()));
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsPage::updateDetail);
    // A reload (rename, archive, new counts) keeps the selection where it can, else selects the first session.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = selectedSession(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keep);
        if (row >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        else if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        updateDetail();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (selectedSession() > 0 && m_model->filter() != SessionListModel::Filter::Trash)
            Q_EMIT reviewRequested(selectedSession());
    });
    connect(m_hits, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectSession(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New session"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            createSession(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename session"), tr("New name:"), QLineEdit::Normal,
            m_model->session(m_model->rowOf(selectedSession())).name, &ok);
        if (ok)
            renameSelected(name);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Duplicate session"),
            tr("Name of the copy (its prompts and runs are copied; judgments are not):"), QLineEdit::Normal,
            tr("%1 (copy)").arg(m_model->session(m_model->rowOf(selectedSession())).name), &ok);
        if (ok)
            duplicateSelected(name);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const SessionInfo session = m_model->session(m_model->rowOf(selectedSession()));
        const QString jsonl = tr("JSON Lines (*.jsonl)");
        const QString csv = tr("CSV for spreadsheets (*.csv)");
        const QString bundle = tr("HubLens bundle (*.hublens)");
        QString filter = jsonl;
        QString safeName = session.name;
        safeName.replace(u'/', u'-');
        const QString path = QFileDialog::getSaveFileName(this, tr("Export session"),
            QDir::home().filePath(safeName + u".jsonl"_s), QStringList{jsonl, csv, bundle}.join(u";;"_s), &filter);
        if (!path.isEmpty())
            exportSelected(path, filter == csv ? u"csv"_s : (filter == bundle ? u"bundle"_s : u"jsonl"_s));
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import sessions"), QDir::homePath(), tr("HubLens exports (*.jsonl *.hublens);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_archive, &QPushButton::clicked, this, &SessionsPage::toggleArchivedSelected);
    connect(m_delete, &QPushButton::clicked, this, &SessionsPage::trashSelected);
    connect(m_restore, &QPushButton::clicked, this, &SessionsPage::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, [this] {
        const SessionInfo session = m_model->session(m_model->rowOf(selectedSession()));
        const auto answer = QMessageBox::question(this, tr("Delete for good"),
            tr("Delete “%1” with its %Ln run(s) and every judgment for good? This cannot be undone.", nullptr,
                session.runCount)
                .arg(session.name));
        if (answer == QMessageBox::Yes)
            deleteSelectedForGood();
    });
    connect(m_banner, &Banner::retryRequested, this, [this] {
        if (m_trashed > 0 && m_services.runs->restoreSession(m_trashed)) {
            const qint64 restored = m_trashed;
            m_trashed = 0;
            Q_EMIT statusMessage(tr("Session restored"));
            selectSession(restored);
        }
    });
    connect(apply, &QPushButton::clicked, this, &SessionsPage::saveSettings);
    connect(record, &QPushButton::clicked, this, [this] {
        if (addDecision(m_decisionText->text()))
            m_decisionText->clear();
    });
    connect(m_decisionText, &QLineEdit::returnPressed, record, &QPushButton::click);
    connect(m_review, &QPushButton::clicked, this, [this] { Q_EMIT reviewRequested(selectedSession()); });
    connect(m_dashboard, &QPushButton::clicked, this, [this] { Q_EMIT dashboardRequested(selectedSession()); });
    connect(m_compare, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(selectedSession()); });
    // Counts follow new runs and judgments (from Compare and Review), at most twice a second.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(500);
    connect(refresh, &QTimer::timeout, m_model, &SessionListModel::reload);
    // A throttle, not a debounce: counts keep moving while a batch saves runs faster than the delay.
    const auto throttled = [refresh] {
        if (!refresh->isActive())
            refresh->start();
    };
    connect(services.judgments, &JudgmentStore::judgmentsChanged, refresh, throttled);
    connect(services.runs, &RunStore::runSaved, refresh, throttled);

    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
}

SessionsPage::~SessionsPage()
{
    m_jobs.waitForDone();
    m_criteriaPool.waitForDone(); // an evaluation reads the database: let it finish before the stores go
}

qint64 SessionsPage::selectedSession() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SessionListModel::IdRole).toLongLong() : 0;
}

void SessionsPage::selectSession(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && m_model->filter() == SessionListModel::Filter::Active) {
        m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(SessionListModel::Filter::All)));
        m_model->setFilter(SessionListModel::Filter::All);
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void SessionsPage::fail(const QString &message)
{
    m_banner->setActionText(tr("Retry"));
    m_banner->showMessage(Banner::Kind::Error, message);
}

bool SessionsPage::createSession(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("A session needs a name."));
        return false;
    }
    if (m_services.runs->sessionByName(trimmed)) {
        fail(tr("There is already a session named “%1” (it may be in the trash).").arg(trimmed));
        return false;
    }
    const qint64 id = m_services.runs->ensureSession(trimmed);
    if (id <= 0) {
        fail(tr("The session could not be created: %1").arg(m_services.runs->lastError()));
        return false;
    }
    selectSession(id);
    Q_EMIT statusMessage(tr("Session “%1” created").arg(trimmed));
    return true;
}

bool SessionsPage::renameSelected(const QString &name)
{
    const qint64 id = selectedSession();
    if (id <= 0)
        return false;
    if (!m_services.runs->renameSession(id, name)) {
        fail(m_services.runs->lastError());
        return false;
    }
    selectSession(id);
    return true;
}

bool SessionsPage::duplicateSelected(const QString &name)
{
    const qint64 id = selectedSession();
    if (id <= 0)
        return false;
    const qint64 copy = m_services.runs->duplicateSession(id, name);
    if (copy <= 0) {
        fail(m_services.runs->lastError());
        return false;
    }
    selectSession(copy);
    Q_EMIT statusMessage(tr("Session duplicated"));
    return true;
}

bool SessionsPage::toggleArchivedSelected()
{
    const qint64 id = selectedSession();
    if (id <= 0)
        return false;
    const bool archived = m_model->session(m_model->rowOf(id)).archivedAt.isValid();
    if (!m_services.runs->setSessionArchived(id, !archived)) {
        fail(m_services.runs->lastError());
        return false;
    }
    Q_EMIT statusMessage(archived ? tr("Session taken out of the archive") : tr("Session archived"));
    selectSession(id);
    return true;
}

bool SessionsPage::trashSelected()
{
    const qint64 id = selectedSession();
    if (id <= 0 || m_model->filter() == SessionListModel::Filter::Trash)
        return false;
    const QString name = m_model->session(m_model->rowOf(id)).name;
    if (!m_services.runs->trashSession(id)) {
        fail(m_services.runs->lastError());
        return false;
    }
    m_trashed = id;
    m_banner->setActionText(tr("Undo"));
    m_banner->showMessage(Banner::Kind::Info,
        tr("“%1” was moved to the trash. It is deleted for good after 30 days unless you restore it.").arg(name),
        QString(), true);
    return true;
}

bool SessionsPage::restoreSelected()
{
    const qint64 id = selectedSession();
    if (id <= 0 || m_model->filter() != SessionListModel::Filter::Trash)
        return false;
    if (!m_services.runs->restoreSession(id)) {
        fail(m_services.runs->lastError());
        return false;
    }
    Q_EMIT statusMessage(tr("Session restored"));
    return true;
}

bool SessionsPage::deleteSelectedForGood()
{
    const qint64 id = selectedSession();
    if (id <= 0)
        return false;
    if (!m_services.runs->deleteSession(id)) {
        fail(m_services.runs->lastError());
        return false;
    }
    Q_EMIT statusMessage(tr("Session deleted for good"));
    return true;
}

bool SessionsPage::addDecision(const QString &text)
{
    const qint64 id = selectedSession();
    if (id <= 0 || text.trimmed().isEmpty())
        return false;
    Decision decision;
    decision.sessionId = id;
    decision.text = text.trimmed();
    decision.author = m_services.settings ? m_services.settings->reviewer() : QString();
    if (decision.author.isEmpty())
        decision.author = qEnvironmentVariable("USER", tr("unknown"));
    if (m_services.judgments->addDecision(decision) < 0) {
        fail(tr("The decision could not be saved: %1").arg(m_services.judgments->lastError()));
        return false;
    }
    updateDetail();
    return true;
}

void SessionsPage::search(const QString &query)
{
    m_hits->clear();
    if (query.trimmed().isEmpty()) {
        m_hits->hide();
        m_model->setOnly(std::nullopt);
        return;
    }
    const QList<SearchHit> hits = m_services.judgments->search(query);
    QSet<qint64> sessions;
    QHash<qint64, QString> names;
    for (const SessionInfo &session : m_services.runs->sessions())
        names.insert(session.id, session.name);
    for (const SearchHit &hit : hits) {
        if (!names.contains(hit.sessionId))
            continue; // in the trash
        sessions.insert(hit.sessionId);
        auto *item = new QListWidgetItem(
            tr("%1 in “%2”: %3").arg(hitKind(hit.kind), names.value(hit.sessionId), hit.snippet.simplified()), m_hits);
        item->setData(Qt::UserRole, hit.sessionId);
        item->setData(Qt::UserRole + 1, hit.id);
    }
    if (hits.isEmpty())
        new QListWidgetItem(tr("Nothing matches “%1”.").arg(query.trimmed()), m_hits);
    m_hits->show();
    m_model->setOnly(sessions);
    Q_EMIT statusMessage(tr("%Ln match(es)", nullptr, static_cast<int>(hits.size())));
}

void SessionsPage::updateActions()
{
    const qint64 id = selectedSession();
    const bool trash = m_model->filter() == SessionListModel::Filter::Trash;
    const SessionInfo session = m_model->session(m_model->rowOf(id));
    m_new->setVisible(!trash);
    m_rename->setVisible(!trash);
    m_duplicate->setVisible(!trash);
    m_archive->setVisible(!trash);
    m_delete->setVisible(!trash);
    m_restore->setVisible(trash);
    m_purge->setVisible(trash);
    for (QPushButton *button : {m_rename, m_duplicate, m_archive, m_delete, m_restore, m_purge})
        button->setEnabled(id > 0);
    m_export->setVisible(!trash);
    m_import->setVisible(!trash);
    // Buttons hidden while the page itself is hidden leave the row's cached minimum as it was, with every button in
    // it: wide enough to push the candidates dock off a 1280-pixel screen.
    m_actionRow->invalidate();
    m_export->setEnabled(id > 0);
    m_archive->setText(session.archivedAt.isValid() ? tr("Un&archive") : tr("&Archive"));
    m_review->setEnabled(id > 0 && !trash);
    m_dashboard->setEnabled(id > 0 && !trash);
    m_compare->setEnabled(id > 0 && !trash);
    m_detail->setEnabled(id > 0);
}

void SessionsPage::updateDetail()
{
    updateActions();
    const qint64 id = selectedSession();
    if (id <= 0) {
        m_title->setText(m_model->rowCount() == 0 ? tr("No sessions here") : tr("No session selected"));
        m_summary->setText(m_model->rowCount() == 0 && m_model->filter() == SessionListModel::Filter::Active
                ? tr("Every run you make in Compare is saved in a session. Create one with New…, or run a prompt in "
                     "Compare to start the default session.")
                : QString());
        m_goal->clear();
        m_decisions->clear();
        return;
    }
    const SessionInfo session = m_model->session(m_model->rowOf(id));
    m_title->setText(session.name);
    const QStringList reviewers = m_services.judgments->reviewers(id);
    m_summary->setText(
        tr("Created %1 · %Ln prompt(s)", nullptr, session.promptCount).arg(Format::relativeTime(session.createdAt))
        + tr(" · %Ln run(s)", nullptr, session.runCount)
        + (reviewers.isEmpty() ? tr(" · no judgments yet")
                               : tr(" · judged by %1").arg(QLocale().createSeparatedList(reviewers))));
    const bool otherSession = m_goal->property("session").toLongLong() != id;
    if (otherSession)
        m_criteriaStatus->clear();
    if (m_goal->toPlainText() != session.goal || otherSession) {
        const QSignalBlocker blocker(m_goal);
        m_goal->setPlainText(session.goal);
    }
    m_goal->setProperty("session", id);
    const SessionSettings settings = m_services.runs->sessionSettings(id);
    m_ratingMin->setValue(settings.ratingMin);
    m_ratingMax->setValue(settings.ratingMax);
    m_anchors->setText(settings.anchors.join(u" | "_s));
    m_labels->setText(settings.labels.join(u", "_s));
    m_criteria->setPlainText(CriteriaText::toText(settings.criteria));
    evaluateCriteria();
    m_decisions->clear();
    for (const Decision &decision : m_services.judgments->decisions(id)) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2: %3")
                                    .arg(QLocale().toString(decision.decidedAt.toLocalTime(), QLocale::ShortFormat),
                                        decision.author, decision.text),
                m_decisions);
        item->setToolTip(decision.text);
    }
}

void SessionsPage::saveSettings()
{
    const qint64 id = selectedSession();
    if (id <= 0)
        return;
    QString error;
    SessionSettings settings = m_services.runs->sessionSettings(id);
    const QJsonArray criteria = CriteriaText::fromText(m_criteria->toPlainText(), &error);
    if (error.isEmpty())
        Criteria::parseAll(criteria, &error);
    if (!error.isEmpty()) {
        m_criteriaStatus->setText(error);
        return;
    }
    if (m_ratingMin->value() >= m_ratingMax->value()) {
        m_criteriaStatus->setText(tr("The highest rating must be above the lowest."));
        return;
    }
    settings.ratingMin = m_ratingMin->value();
    settings.ratingMax = m_ratingMax->value();
    settings.anchors.clear();
    for (const QString &anchor : m_anchors->text().split(u'|'))
        settings.anchors.append(anchor.trimmed());
    while (!settings.anchors.isEmpty() && settings.anchors.last().isEmpty())
        settings.anchors.removeLast();
    settings.labels.clear();
    for (const QString &label : m_labels->text().split(u',', Qt::SkipEmptyParts)) {
        if (!label.trimmed().isEmpty())
            settings.labels.append(label.trimmed());
    }
    settings.criteria = criteria;
    // Read the form before writing: each write reloads the list, and with it this form.
    const QString goal = m_goal->toPlainText().trimmed();
    if (!m_services.runs->setSessionGoal(id, goal) || !m_services.runs->setSessionSettings(id, settings)) {
        fail(tr("The settings could not be saved: %1").arg(m_services.runs->lastError()));
        return;
    }
    m_criteriaStatus->setText(tr("Saved."));
    Q_EMIT statusMessage(tr("Session settings saved"));
}

void SessionsPage::evaluateCriteria()
{
    const qint64 id = selectedSession();
    const quint64 generation = ++m_criteriaGeneration;
    const QString path = m_services.runs->databasePath();
    if (id <= 0 || path.isEmpty() || m_services.runs->sessionSettings(id).criteria.isEmpty()) {
        m_criteriaTable->setRowCount(0);
        m_criteriaTable->hide();
        Q_EMIT criteriaEvaluated();
        return;
    }
    auto *watcher = new QFutureWatcher<QList<CriterionResult>>(this);
    connect(watcher, &QFutureWatcher<QList<CriterionResult>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_criteriaGeneration)
            return; // another session was selected, or the criteria changed, meanwhile
        const QList<CriterionResult> results = watcher->result();
        m_criteriaTable->setRowCount(static_cast<int>(results.size()));
        for (int row = 0; row < results.size(); ++row) {
            const CriterionResult &result = results[row];
            const bool invalid = result.state == CriterionResult::State::Invalid;
            QString verdict;
            switch (result.state) {
            case CriterionResult::State::Pass:
                verdict = tr("✓ Pass");
                break;
            case CriterionResult::State::Fail:
                verdict = tr("✗ Fail");
                break;
            case CriterionResult::State::NoData:
                verdict = tr("No data yet");
                break;
            case CriterionResult::State::Invalid:
                verdict = tr("Invalid: %1").arg(result.error);
                break;
            }
            const QStringList cells{invalid
                    ? QString::fromUtf8(QJsonDocument(QJsonArray{result.source}).toJson(QJsonDocument::Compact))
                    : result.criterion.text(),
                verdict, result.endpoint,
                result.value ? Criteria::formatValue(result.criterion.metric, *result.value) : u"–"_s,
                QLocale().toString(result.evidence)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells[column]);
                item->setToolTip(cells[column]);
                if (column == 3 || column == 4)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (column == 4)
                    item->setToolTip(tr("How many ratings, pairwise judgments or runs the value is computed from"));
                m_criteriaTable->setItem(row, column, item);
            }
        }
        m_criteriaTable->setVisible(!results.isEmpty());
        Q_EMIT criteriaEvaluated();
    });
    watcher->setFuture(QtConcurrent::run(&m_criteriaPool, [path, id] {
        QString error;
        return SessionCriteria::evaluate(path, id, &error);
    }));
}

void SessionsPage::exportSelected(const QString &path, const QString &formatName)
{
    const qint64 id = selectedSession();
    const std::optional<SessionExchange::Format> format = SessionExchange::formatFromName(formatName);
    const QString databasePath = m_services.runs->databasePath();
    if (id <= 0 || !format || databasePath.isEmpty())
        return;
    const QString name = m_model->session(m_model->rowOf(id)).name;
    Q_EMIT statusMessage(tr("Exporting “%1”…").arg(name));
    m_export->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, name, path] {
        watcher->deleteLater();
        updateActions();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            const QString message = tr("“%1” could not be exported: %2").arg(name, error);
            fail(message);
            Q_EMIT exchangeFinished(false, message);
            return;
        }
        const QString message = tr("“%1” was exported to %2.").arg(name, QDir::toNativeSeparators(path));
        m_banner->hide();
        Q_EMIT statusMessage(message);
        Q_EMIT exchangeFinished(true, message);
    });
    watcher->setFuture(QtConcurrent::run(&m_jobs, [databasePath, id, format, path]() -> QString {
        QString error;
        const std::unique_ptr<Database> database = Database::open(databasePath, &error);
        if (!database)
            return error;
        SessionExchange exchange(*database);
        return exchange.exportFile(id, *format, path) ? QString() : exchange.lastError();
    }));
}

void SessionsPage::importFile(const QString &path)
{
    const QString databasePath = m_services.runs->databasePath();
    if (databasePath.isEmpty())
        return;
    Q_EMIT statusMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_import->setEnabled(false);
    using Result = std::pair<std::optional<ImportSummary>, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_import->setEnabled(true);
        const auto [summary, error] = watcher->result();
        const QString file = QFileInfo(path).fileName();
        if (!summary) {
            const QString message = tr("Nothing was imported from %1: %2").arg(file, error);
            fail(message);
            Q_EMIT exchangeFinished(false, message);
            return;
        }
        QString message;
        if (summary->changedNothing()) {
            message = tr("%1 holds nothing new: everything in it is already here.").arg(file);
        } else {
            message = tr("Imported %1 into %2: %Ln run(s) added", nullptr, summary->runsAdded)
                          .arg(file, QLocale().createSeparatedList(summary->sessions))
                + tr(", %Ln judgment(s) added", nullptr, summary->judgmentsAdded + summary->pairsAdded)
                + tr(", %Ln updated.", nullptr, summary->judgmentsUpdated + summary->pairsUpdated);
        }
        m_banner->setActionText(tr("Retry"));
        m_banner->showMessage(Banner::Kind::Info, message);
        // The stores' signals fire for writes on their own connection only: reload by hand.
        m_model->reload();
        if (!summary->sessions.isEmpty()) {
            if (const std::optional<SessionInfo> session = m_services.runs->sessionByName(summary->sessions.first()))
                selectSession(session->id);
        }
        Q_EMIT statusMessage(message);
        Q_EMIT exchangeFinished(true, message);
    });
    watcher->setFuture(QtConcurrent::run(&m_jobs, [databasePath, path]() -> Result {
        QString error;
        const std::unique_ptr<Database> database = Database::open(databasePath, &error);
        if (!database)
            return {std::nullopt, error};
        SessionExchange exchange(*database);
        std::optional<ImportSummary> summary = exchange.importFile(path);
        return {summary, summary ? QString() : exchange.lastError()};
    }));
}
