// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/explore/explorepage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "app/core/format.h"
#include "app/hub/repolistmodel.h"
#include "ui/common/banner.h"
#include "ui/common/icons.h"
#include "ui/explore/repodetailview.h"

using namespace Qt::StringLiterals;

namespace {

// Adds the lock for gated repositories; presentation only.
class DecorationProxy final : public QIdentityProxyModel
{
public:
    explicit DecorationProxy(QObject *parent)
        : QIdentityProxyModel(parent)
        , m_lock(Icons::get(u"lock"_s))
    {
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == RepoListModel::IdColumn
            && index.data(RepoListModel::GatedRole).toInt() != static_cast<int>(GatedMode::Off))
            return m_lock;
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon m_lock;
};

QComboBox *facet(const QString &accessibleName, const QString &anyText, const QList<QPair<QString, QString>> &items,
    bool editable, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->addItem(anyText, QString());
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
    combo->setEditable(editable);
    if (editable) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setCursorPosition(0); // narrow chips show the start of their text, not the end
    }
    // Compact chips: the row must fit a 1280 px window with the detail pane beside the list.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setMaximumWidth(150);
    return combo;
}

QString facetValue(const QComboBox *combo)
{
    if (combo->isEditable()) {
        const QString text = combo->currentText().trimmed();
        const int index = combo->findText(text);
        if (index >= 0)
            return combo->itemData(index).toString();
        return text;
    }
    return combo->currentData().toString();
}

} // namespace

ExplorePage::ExplorePage(HubClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new RepoListModel(client, this))
    , m_kind(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_banner(new Banner(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new RepoDetailView(client, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"explorePage"_s);
    m_kind->addTab(Icons::get(u"model"_s), tr("Models"));
    m_kind->addTab(Icons::get(u"dataset"_s), tr("Datasets"));
    m_kind->setDocumentMode(true);
    m_kind->setExpanding(false);

    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search the Hub (/ or Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(u"search"_s), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));

    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Trending"), u"trendingScore"_s);
    m_sort->addItem(tr("Most downloads"), u"downloads"_s);
    m_sort->addItem(tr("Most likes"), u"likes"_s);
    m_sort->addItem(tr("Recently updated"), u"lastModified"_s);
    m_sort->addItem(tr("Recently created"), u"createdAt"_s);

    buildFacets();

    auto *proxy = new DecorationProxy(this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(u"resultsView"_s);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Short columns are as wide as their contents (never elided); the repository id, what people scan, takes the
    // rest but keeps a readable width (fitIdColumn()): a narrow list scrolls sideways instead.
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 0; column < RepoListModel::ColumnCount; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RepoListModel::IdColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != RepoListModel::IdColumn)
            fitIdColumn();
    });
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAccessibleName(tr("Results"));
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);

    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_count->setObjectName(u"resultCount"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_busy);
    leftLayout->addWidget(m_count);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({560, 460});
    m_splitter->setChildrenCollapsible(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_kind);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(new QLabel(tr("Sort"), this));
    searchRow->addWidget(m_sort);
    auto *facetRow = new QHBoxLayout;
    facetRow->setSpacing(6);
    for (QWidget *widget : {static_cast<QWidget *>(m_task), static_cast<QWidget *>(m_library),
             static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_license), static_cast<QWidget *>(m_gated),
             static_cast<QWidget *>(m_provider), static_cast<QWidget *>(m_size), static_cast<QWidget *>(m_author)})
        facetRow->addWidget(widget);
    facetRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addLayout(facetRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_search, m_sort);
    setTabOrder(m_sort, m_task);
    setTabOrder(m_author, m_view);
    setTabOrder(m_view, m_detail);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ExplorePage::applyQuery);
    connect(m_search, &QLineEdit::textEdited, this, &ExplorePage::scheduleQuery);
    connect(m_search, &QLineEdit::returnPressed, this, &ExplorePage::applyQuery);
    connect(m_author, &QLineEdit::textEdited, this, &ExplorePage::scheduleQuery);
    connect(m_sort, &QComboBox::activated, this, &ExplorePage::applyQuery);
    for (QComboBox *combo : {m_task, m_library, m_language, m_license, m_gated, m_provider, m_size}) {
        connect(combo, &QComboBox::activated, this, &ExplorePage::applyQuery);
        if (combo->isEditable())
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
                // Leaving a facet without changing it (e.g. tabbing through) must not reload the results.
                if (m_client->listUrl(currentQuery()) != m_client->listUrl(m_model->query()))
                    applyQuery();
            });
    }
    connect(m_kind, &QTabBar::currentChanged, this, [this] {
        updateFacetVisibility();
        applyQuery();
    });
    connect(m_model, &RepoListModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        Q_EMIT statusMessage(
            loading ? (m_kind->currentIndex() == 1 ? tr("Loading datasets…") : tr("Loading models…")) : QString());
        updateFooter();
    });
    connect(m_model, &RepoListModel::stateChanged, this, &ExplorePage::updateFooter);
    connect(m_model, &RepoListModel::errorOccurred, this, &ExplorePage::onError);
    connect(m_model, &RepoListModel::modelReset, this, [this] { m_detail->clear(); });
    connect(m_model, &RepoListModel::pageLoaded, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0 && !m_search->hasFocus())
            m_view->selectRow(0);
        // A short first page may not fill the view: keep loading until it does (or the listing ends).
        QTimer::singleShot(0, this, [this] {
            if (m_view->verticalScrollBar()->maximum() == 0 && m_model->canFetchMore())
                m_model->fetchMore();
        });
    });
    connect(m_banner, &Banner::retryRequested, this, [this] {
        if (m_model->isFromCache())
            m_model->reload(); // cached results on screen: try the network again from the top
        else
            m_model->retry();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExplorePage::onCurrentChanged);
    connect(m_detail, &RepoDetailView::addCandidateRequested, this, &ExplorePage::addCandidateRequested);
    connect(m_detail, &RepoDetailView::statusMessage, this, &ExplorePage::statusMessage);

    auto *focusSearch = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    focusSearch->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *addCandidate = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    addCandidate->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addCandidate, &QShortcut::activated, this, &ExplorePage::addCurrentToCandidates);
    auto *addCandidateEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    addCandidateEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addCandidateEnter, &QShortcut::activated, this, &ExplorePage::addCurrentToCandidates);

    updateFacetVisibility();
    updateFooter();
}

ExplorePage::~ExplorePage()
{
    // The base destructor hides the window, and the focused line edit then emits editingFinished(): no slot of this
    // half-destroyed page may run.
    m_debounce->stop();
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void ExplorePage::buildFacets()
{
    m_task = facet(tr("Task"), tr("Any task"),
        {{u"Text generation"_s, u"text-generation"_s}, {u"Image-text-to-text"_s, u"image-text-to-text"_s},
            {u"Text classification"_s, u"text-classification"_s}, {u"Feature extraction"_s, u"feature-extraction"_s},
            {u"Sentence similarity"_s, u"sentence-similarity"_s},
            {u"Automatic speech recognition"_s, u"automatic-speech-recognition"_s},
            {u"Text to image"_s, u"text-to-image"_s}, {u"Translation"_s, u"translation"_s},
            {u"Summarization"_s, u"summarization"_s}, {u"Question answering"_s, u"question-answering"_s},
            {u"Fill mask"_s, u"fill-mask"_s}, {u"Token classification"_s, u"token-classification"_s},
            {u"Image classification"_s, u"image-classification"_s}, {u"Text to speech"_s, u"text-to-speech"_s}},
        true, this);
    m_library = facet(tr("Library"), tr("Any library"),
        {{u"Transformers"_s, u"transformers"_s}, {u"GGUF"_s, u"gguf"_s}, {u"Safetensors"_s, u"safetensors"_s},
            {u"PyTorch"_s, u"pytorch"_s}, {u"sentence-transformers"_s, u"sentence-transformers"_s},
            {u"Diffusers"_s, u"diffusers"_s}, {u"MLX"_s, u"mlx"_s}, {u"ONNX"_s, u"onnx"_s}, {u"PEFT"_s, u"peft"_s},
            {u"vLLM"_s, u"vllm"_s}},
        true, this);
    m_language = facet(tr("Language"), tr("Any language"),
        {{u"English"_s, u"en"_s}, {u"Chinese"_s, u"zh"_s}, {u"French"_s, u"fr"_s}, {u"German"_s, u"de"_s},
            {u"Spanish"_s, u"es"_s}, {u"Japanese"_s, u"ja"_s}, {u"Multilingual"_s, u"multilingual"_s}},
        true, this);
    m_license = facet(tr("License"), tr("Any license"),
        {{u"apache-2.0"_s, u"apache-2.0"_s}, {u"mit"_s, u"mit"_s}, {u"llama3.1"_s, u"llama3.1"_s},
            {u"gemma"_s, u"gemma"_s}, {u"cc-by-4.0"_s, u"cc-by-4.0"_s}, {u"cc-by-nc-4.0"_s, u"cc-by-nc-4.0"_s},
            {u"openrail"_s, u"openrail"_s}, {u"other"_s, u"other"_s}},
        true, this);
    m_gated = facet(
        tr("Access"), tr("Gated or not"), {{tr("Not gated"), u"false"_s}, {tr("Gated only"), u"true"_s}}, false, this);
    m_provider = facet(tr("Inference providers"), tr("Any serving"),
        {{tr("Served by a provider"), u"all"_s}, {u"hf-inference"_s, u"hf-inference"_s}, {u"together"_s, u"together"_s},
            {u"fireworks-ai"_s, u"fireworks-ai"_s}, {u"groq"_s, u"groq"_s}, {u"novita"_s, u"novita"_s},
            {u"cerebras"_s, u"cerebras"_s}, {u"sambanova"_s, u"sambanova"_s}, {u"nebius"_s, u"nebius"_s}},
        false, this);
    m_size = facet(tr("Parameters"), tr("Any size"),
        {{tr("< 1B"), u"max:1B"_s}, {tr("1B – 8B"), u"min:1B,max:8B"_s}, {tr("8B – 32B"), u"min:8B,max:32B"_s},
            {tr("32B – 128B"), u"min:32B,max:128B"_s}, {tr("> 128B"), u"min:128B"_s}},
        false, this);
    m_author = new QLineEdit(this);
    m_author->setPlaceholderText(tr("Author"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setClearButtonEnabled(true);
    m_author->setMaximumWidth(150);
}

void ExplorePage::updateFacetVisibility()
{
    const bool models = m_kind->currentIndex() == 0;
    m_library->setVisible(models);
    m_provider->setVisible(models);
    m_size->setVisible(models);
    m_task->setItemText(0, models ? tr("Any task") : tr("Any category"));
    for (QComboBox *combo : {m_task, m_library, m_language, m_license}) {
        if (combo->lineEdit())
            combo->lineEdit()->setCursorPosition(0);
    }
}

HubListQuery ExplorePage::currentQuery() const
{
    HubListQuery query;
    query.type = m_kind->currentIndex() == 1 ? RepoType::Dataset : RepoType::Model;
    query.search = m_search->text().trimmed();
    query.author = m_author->text().trimmed();
    query.sort = m_sort->currentData().toString();
    const QString task = facetValue(m_task);
    const QString language = facetValue(m_language);
    const QString license = facetValue(m_license);
    if (query.type == RepoType::Model) {
        query.pipelineTag = task;
        const QString library = facetValue(m_library);
        if (!library.isEmpty())
            query.filters.append(library);
        if (!language.isEmpty())
            query.filters.append(language);
        query.inferenceProvider = facetValue(m_provider);
        query.numParameters = facetValue(m_size);
    } else {
        // Dataset tags are always prefixed (hub-api.md §1.1).
        if (!task.isEmpty())
            query.filters.append(u"task_categories:"_s + task);
        if (!language.isEmpty())
            query.filters.append(u"language:"_s + language);
    }
    if (!license.isEmpty())
        query.filters.append(u"license:"_s + license);
    const QString gated = facetValue(m_gated);
    if (!gated.isEmpty())
        query.gated = gated == u"true"_s;
    return query;
}

void ExplorePage::start()
{
    if (m_started)
        return;
    m_started = true;
    applyQuery();
}

void ExplorePage::scheduleQuery()
{
    m_debounce->start();
}

void ExplorePage::applyQuery()
{
    m_debounce->stop();
    const HubListQuery query = currentQuery();
    m_started = true;
    m_banner->hide();
    m_model->setQuery(query);
}

void ExplorePage::updateFooter()
{
    const int rows = m_model->rowCount();
    const bool datasets = m_model->query().type == RepoType::Dataset;
    QString text;
    if (m_model->isLoading() && rows == 0)
        text = datasets ? tr("Loading datasets…") : tr("Loading models…");
    else if (rows == 0 && m_model->pagesLoaded() > 0)
        text = tr("No results. Try fewer filters or another search.");
    else if (rows > 0)
        text = (datasets ? tr("%n dataset(s) loaded", nullptr, rows) : tr("%n model(s) loaded", nullptr, rows))
            + (m_model->hasMore() ? tr(" · more available") : tr(" · end of results"));
    if (m_model->isFromCache() && m_model->fetchedAt().isValid())
        text += tr(" · cached %1").arg(Format::relativeTime(m_model->fetchedAt()));
    m_count->setText(text);
}

void ExplorePage::onError(const HubError &error)
{
    if (m_model->isFromCache() && error.kind != HubError::Kind::None) {
        // We still have something to show: say where it comes from.
        const QString age = Format::relativeTime(m_model->fetchedAt());
        const QString text = error.kind == HubError::Kind::Offline
            ? tr("Offline (HF_HUB_OFFLINE). Showing cached results from %1.").arg(age)
            : tr("The Hub could not be reached (%1). Showing cached results from %2.").arg(error.message, age);
        m_banner->showMessage(Banner::Kind::Info, text, {}, error.kind != HubError::Kind::Offline);
        return;
    }
    QString text;
    switch (error.kind) {
    case HubError::Kind::RateLimited:
        text = error.retryAfterSeconds >= 0
            ? tr("The Hub's rate limit was reached. It resets in %n second(s); sign in with a token for higher limits.",
                nullptr, error.retryAfterSeconds)
            : tr("The Hub's rate limit was reached. Try again in a few minutes; sign in with a token for higher "
                 "limits.");
        break;
    case HubError::Kind::Offline:
        text = tr("Offline (HF_HUB_OFFLINE) and these results were never loaded before.");
        break;
    case HubError::Kind::Network:
    case HubError::Kind::Timeout:
    case HubError::Kind::Tls:
        text = tr("The Hub could not be reached: %1. Check your connection.").arg(error.message);
        break;
    case HubError::Kind::Unauthorized:
        text = tr("Your Hugging Face token was rejected. Update it in Settings.");
        break;
    case HubError::Kind::Server:
        text = tr("The Hub had a problem (%1). Try again in a moment.").arg(error.message);
        break;
    case HubError::Kind::BadRequest:
        text = tr("The Hub did not accept this search: %1")
                   .arg(error.serverMessage.isEmpty() ? error.message : error.serverMessage);
        break;
    default:
        text = tr("Could not load results: %1").arg(error.message);
        break;
    }
    QString details;
    if (error.status > 0)
        details = tr("HTTP %1").arg(error.status);
    if (!error.serverMessage.isEmpty())
        details += (details.isEmpty() ? QString() : u" · "_s) + error.serverMessage;
    if (!error.requestId.isEmpty())
        details += (details.isEmpty() ? QString() : u" · "_s) + tr("request %1").arg(error.requestId);
    m_banner->showMessage(Banner::Kind::Error, text, details, error.kind != HubError::Kind::BadRequest);
}

void ExplorePage::fitIdColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int column = 0; column < RepoListModel::ColumnCount; ++column) {
        if (column != RepoListModel::IdColumn)
            others += header->sectionSize(column);
    }
    const int readable = m_view->fontMetrics().averageCharWidth() * kIdMinimumChars;
    header->resizeSection(RepoListModel::IdColumn, std::max(readable, m_view->viewport()->width() - others));
}

void ExplorePage::onCurrentChanged()
{
    const int row = m_view->currentIndex().row();
    if (const ModelInfo *model = m_model->modelAt(row))
        m_detail->showModel(*model);
    else if (const DatasetInfo *dataset = m_model->datasetAt(row))
        m_detail->showDataset(*dataset);
}

void ExplorePage::addCurrentToCandidates()
{
    const int row = m_view->currentIndex().row();
    if (const ModelInfo *model = m_model->modelAt(row)) {
        Q_EMIT addCandidateRequested(RepoType::Model, model->id);
        Q_EMIT statusMessage(tr("Added %1 to the candidates").arg(model->id));
    }
}

bool ExplorePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitIdColumn();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_search->setFocus();
            m_search->selectAll();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            onCurrentChanged();
            m_detail->tabs()->setFocus();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
