// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/reviewpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "app/core/appsettings.h"
#include "app/eval/identityleaks.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int ConfirmationMs = 2500;

QString positionName(int position)
{
    return QString(QChar(u'A' + position));
}

QString milliseconds(double ms)
{
    if (ms < 0)
        return u"–"_s;
    if (ms < 1000)
        return ReviewPage::tr("%1 ms").arg(qRound(ms));
    return ReviewPage::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
}

QString metricsText(const StoredRun &run)
{
    QStringList parts;
    parts << ReviewPage::tr("TTFT %1").arg(milliseconds(run.result.ttftMs));
    parts << ReviewPage::tr("total %1").arg(milliseconds(run.result.totalMs));
    if (run.result.completionTokens >= 0)
        parts << ReviewPage::tr("%Ln token(s)", nullptr, static_cast<int>(run.result.completionTokens));
    if (!run.result.provider.isEmpty() && run.result.provider != run.endpointKind)
        parts << ReviewPage::tr("via %1").arg(run.result.provider);
    if (!run.result.finishReason.isEmpty())
        parts << ReviewPage::tr("finish: %1").arg(run.result.finishReason);
    return parts.join(u" · "_s);
}

} // namespace

ReviewPage::ReviewPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_controller(services.runs, services.judgments)
    , m_sessions(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_blind(new QCheckBox(tr("&Blind"), this))
    , m_reviewerButton(new QPushButton(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_reviewerPanel(new QFrame(this))
    , m_reviewerEdit(new QLineEdit(m_reviewerPanel))
    , m_body(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_queueView(new QListView(this))
    , m_prompt(new QLabel(this))
    , m_panesArea(new QWidget(this))
    , m_panesLayout(new QHBoxLayout(m_panesArea))
    , m_singleBar(new QWidget(this))
    , m_ratingLayout(new QHBoxLayout())
    , m_labels(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_flag(new QPushButton(tr("Flag"), this))
    , m_pairBar(new QWidget(this))
    , m_reason(new QLineEdit(this))
    , m_rankBar(new QWidget(this))
    , m_rankOrder(new QLabel(this))
    , m_undo(new QPushButton(tr("U  Undo"), this))
    , m_confirmation(new QLabel(this))
    , m_confirmationTimer(new QTimer(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(u"reviewPage"_s);

    // Top bar: session, mode, blind, reviewer, progress.
    m_sessions->setObjectName(u"reviewSession"_s);
    m_sessions->setAccessibleName(tr("Session"));
    m_sessions->setMinimumContentsLength(18);
    m_sessions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setObjectName(u"reviewMode"_s);
    m_mode->setAccessibleName(tr("Layout"));
    m_mode->addItem(tr("Single output"), static_cast<int>(ReviewMode::Single));
    m_mode->addItem(tr("Pairwise"), static_cast<int>(ReviewMode::Pairwise));
    m_mode->addItem(tr("Rank all"), static_cast<int>(ReviewMode::Ranking));
    m_mode->setCurrentIndex(1);
    m_blind->setObjectName(u"reviewBlind"_s);
    m_blind->setChecked(true);
    m_blind->setToolTip(tr("Hide endpoints and models and shuffle positions until you have judged the item"));
    m_reviewerButton->setObjectName(u"reviewerButton"_s);
    m_reviewerButton->setFlat(true);
    m_reviewerButton->setToolTip(tr("Change the name your judgments are saved under"));
    m_progressLabel->setObjectName(u"reviewProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->setAccessibleName(tr("Review progress"));

    auto *sessionLabel = new QLabel(tr("&Session:"), this);
    sessionLabel->setBuddy(m_sessions);
    auto *modeLabel = new QLabel(tr("&Layout:"), this);
    modeLabel->setBuddy(m_mode);
    auto *top = new QHBoxLayout();
    top->setSpacing(8);
    top->addWidget(sessionLabel);
    top->addWidget(m_sessions);
    top->addSpacing(8);
    top->addWidget(modeLabel);
    top->addWidget(m_mode);
    top->addWidget(m_blind);
    top->addStretch(1);
    top->addWidget(m_reviewerButton);
    top->addSpacing(8);
    top->addWidget(m_progressLabel);

    // First use: who is reviewing.
    m_reviewerPanel->setObjectName(u"reviewerPanel"_s);
    m_reviewerPanel->setFrameShape(QFrame::StyledPanel);
    m_reviewerEdit->setObjectName(u"reviewerName"_s);
    m_reviewerEdit->setPlaceholderText(tr("Your name"));
    m_reviewerEdit->setAccessibleName(tr("Reviewer name"));
    m_reviewerEdit->setMaxLength(80);
    auto *reviewerPrompt =
        new QLabel(tr("Who is reviewing? Your name is saved with every judgment you make, and you get your own queue; "
                      "nobody else's judgments are changed."),
            m_reviewerPanel);
    reviewerPrompt->setWordWrap(true);
    auto *reviewerStart = new QPushButton(tr("Start reviewing"), m_reviewerPanel);
    reviewerStart->setObjectName(u"reviewerStart"_s);
    reviewerStart->setDefault(true);
    auto *reviewerLayout = new QHBoxLayout(m_reviewerPanel);
    reviewerLayout->setContentsMargins(8, 8, 8, 8);
    reviewerLayout->setSpacing(8);
    reviewerLayout->addWidget(reviewerPrompt, 1);
    reviewerLayout->addWidget(m_reviewerEdit);
    reviewerLayout->addWidget(reviewerStart);
    m_reviewerPanel->hide();

    // The queue on the left.
    m_queueView->setObjectName(u"reviewQueue"_s);
    m_queueView->setModel(m_controller.queue());
    m_queueView->setUniformItemSizes(true);
    m_queueView->setAccessibleName(tr("Queue"));
    m_queueView->setFocusPolicy(Qt::ClickFocus);
    m_queueView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queueView->setTextElideMode(Qt::ElideRight);

    // The item: prompt, outputs side by side, the judgment bar.
    m_prompt->setObjectName(u"reviewPrompt"_s);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setMaximumHeight(120);
    m_panesLayout->setContentsMargins(0, 0, 0, 0);
    m_panesLayout->setSpacing(8);

    // Single output: rating buttons (built per session scale), labels, note, flag.
    m_ratingLayout->setSpacing(4);
    m_labels->setObjectName(u"reviewLabels"_s);
    m_labels->setPlaceholderText(tr("L  labels, comma-separated"));
    m_labels->setAccessibleName(tr("Labels"));
    m_note->setObjectName(u"reviewNote"_s);
    m_note->setPlaceholderText(tr("N  note"));
    m_note->setAccessibleName(tr("Note"));
    m_flag->setObjectName(u"reviewFlag"_s);
    m_flag->setCheckable(true);
    m_flag->setToolTip(tr("Flag this output for a closer look (counts as judged)"));
    auto *singleLayout = new QHBoxLayout(m_singleBar);
    singleLayout->setContentsMargins(0, 0, 0, 0);
    singleLayout->setSpacing(8);
    singleLayout->addLayout(m_ratingLayout);
    singleLayout->addWidget(m_labels, 1);
    singleLayout->addWidget(m_note, 2);
    singleLayout->addWidget(m_flag);

    // Pairwise.
    const QList<std::pair<PairOutcome, QString>> outcomes{{PairOutcome::A, tr("A  left is better")},
        {PairOutcome::B, tr("B  right is better")}, {PairOutcome::Tie, tr("T  tie")},
        {PairOutcome::BothBad, tr("X  both bad")}};
    auto *pairLayout = new QHBoxLayout(m_pairBar);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    pairLayout->setSpacing(8);
    for (const auto &[outcome, text] : outcomes) {
        auto *button = new QPushButton(text, m_pairBar);
        button->setObjectName(u"outcome-"_s + pairOutcomeName(outcome));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this, [this, outcome] {
            m_controller.choose(outcome, m_reason->text());
            updateJudgmentControls();
        });
        pairLayout->addWidget(button);
        m_outcomeButtons.append(button);
    }
    m_reason->setObjectName(u"reviewReason"_s);
    m_reason->setPlaceholderText(tr("N  reason (optional)"));
    m_reason->setAccessibleName(tr("Reason"));
    pairLayout->addWidget(m_reason, 1);

    // Ranking.
    m_rankOrder->setObjectName(u"rankOrder"_s);
    auto *rankHint = new QLabel(tr("Press the letters from best to worst; Backspace starts again."), m_rankBar);
    auto *rankLayout = new QHBoxLayout(m_rankBar);
    rankLayout->setContentsMargins(0, 0, 0, 0);
    rankLayout->setSpacing(8);
    rankLayout->addWidget(rankHint);
    rankLayout->addWidget(m_rankOrder, 1);

    auto *previous = new QPushButton(tr("K  Previous"), this);
    previous->setObjectName(u"reviewPrevious"_s);
    auto *next = new QPushButton(tr("J  Next"), this);
    next->setObjectName(u"reviewNext"_s);
    m_undo->setObjectName(u"reviewUndo"_s);
    for (QPushButton *button : {previous, next, m_undo, m_flag})
        button->setFocusPolicy(Qt::TabFocus);
    m_confirmation->setObjectName(u"reviewConfirmation"_s);
    m_confirmation->setAccessibleName(tr("Last action"));
    auto *navigation = new QHBoxLayout();
    navigation->setSpacing(8);
    navigation->addWidget(previous);
    navigation->addWidget(next);
    navigation->addWidget(m_undo);
    navigation->addSpacing(8);
    navigation->addWidget(m_confirmation, 1);

    auto *itemWidget = new QWidget(this);
    auto *itemLayout = new QVBoxLayout(itemWidget);
    itemLayout->setContentsMargins(0, 0, 0, 0);
    itemLayout->setSpacing(8);
    itemLayout->addWidget(m_prompt);
    itemLayout->addWidget(m_panesArea, 1);
    itemLayout->addWidget(m_singleBar);
    itemLayout->addWidget(m_pairBar);
    itemLayout->addWidget(m_rankBar);
    itemLayout->addLayout(navigation);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"reviewSplitter"_s);
    splitter->addWidget(m_queueView);
    splitter->addWidget(itemWidget);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});

    m_empty->setObjectName(u"reviewEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_body->setFocusPolicy(Qt::StrongFocus);
    m_body->addWidget(m_empty);
    m_body->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_reviewerPanel);
    layout->addWidget(m_body, 1);

    m_confirmationTimer->setSingleShot(true);
    m_confirmationTimer->setInterval(ConfirmationMs);
    connect(m_confirmationTimer, &QTimer::timeout, m_confirmation, &QLabel::clear);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(500);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { m_controller.reload(); });

    connect(m_sessions, &QComboBox::activated, this, [this] { restart(); });
    connect(m_mode, &QComboBox::activated, this,
        [this] { setMode(static_cast<ReviewMode>(m_mode->currentData().toInt())); });
    connect(m_blind, &QCheckBox::toggled, this, [this] {
        if (m_started)
            restart();
    });
    connect(m_reviewerButton, &QPushButton::clicked, this, [this] {
        m_reviewerEdit->setText(m_controller.reviewer());
        m_reviewerPanel->show();
        m_reviewerEdit->setFocus();
        m_reviewerEdit->selectAll();
    });
    auto acceptReviewer = [this] {
        if (!m_reviewerEdit->text().trimmed().isEmpty())
            setReviewer(m_reviewerEdit->text());
    };
    connect(reviewerStart, &QPushButton::clicked, this, acceptReviewer);
    connect(m_reviewerEdit, &QLineEdit::returnPressed, this, acceptReviewer);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_controller.setCurrent(current.row());
        });
    connect(previous, &QPushButton::clicked, &m_controller, &ReviewController::previous);
    connect(next, &QPushButton::clicked, &m_controller, &ReviewController::next);
    connect(m_undo, &QPushButton::clicked, this, [this] { m_controller.undo(); });
    connect(m_flag, &QPushButton::clicked, this, [this] { m_controller.toggleFlag(); });
    connect(m_labels, &QLineEdit::editingFinished, this, &ReviewPage::commitLabels);
    connect(m_labels, &QLineEdit::returnPressed, this, &ReviewPage::focusBody);
    connect(m_note, &QLineEdit::editingFinished, this, &ReviewPage::commitNote);
    connect(m_note, &QLineEdit::returnPressed, this, &ReviewPage::focusBody);
    connect(m_reason, &QLineEdit::returnPressed, this, &ReviewPage::focusBody);

    connect(&m_controller, &ReviewController::currentChanged, this, &ReviewPage::showItem);
    connect(&m_controller, &ReviewController::itemChanged, this, &ReviewPage::updateJudgmentControls);
    connect(&m_controller, &ReviewController::saved, this, &ReviewPage::confirm);
    connect(&m_controller, &ReviewController::failed, this, [this](const QString &message) {
        m_confirmation->setText(message);
        m_confirmationTimer->start();
        Q_EMIT statusMessage(message);
    });
    connect(m_controller.queue(), &ReviewQueue::progressChanged, this, &ReviewPage::updateProgress);
    connect(services.runs, &RunStore::runSaved, this, [this](qint64 session) {
        // A throttle: a batch saves runs faster than the delay, and restarting the timer would hold the queue back
        // until the batch stops.
        if (session == m_controller.sessionId() && !m_reloadTimer->isActive())
            m_reloadTimer->start();
    });
    connect(services.runs, &RunStore::sessionsChanged, this, &ReviewPage::reloadSessions);

    buildActions();
    reloadSessions();
    setReviewer(services.settings ? services.settings->reviewer() : QString());
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::buildActions()
{
    // Single keys, active anywhere in the page except while typing in a text field (line edits take the key).
    const QList<int> keys{Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8,
        Qt::Key_9, Qt::Key_A, Qt::Key_B, Qt::Key_C, Qt::Key_D, Qt::Key_E, Qt::Key_F, Qt::Key_G, Qt::Key_H, Qt::Key_T,
        Qt::Key_X, Qt::Key_L, Qt::Key_N, Qt::Key_J, Qt::Key_K, Qt::Key_U, Qt::Key_Backspace};
    for (int key : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, key] { handleKey(key); });
    }
    for (QLineEdit *edit : {m_labels, m_note, m_reason}) {
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), edit);
        escape->setContext(Qt::WidgetShortcut);
        connect(escape, &QShortcut::activated, this, &ReviewPage::focusBody);
    }
}

void ReviewPage::handleKey(int key)
{
    if (!m_started || m_controller.item().runIds.isEmpty())
        return;
    const ReviewMode mode = m_controller.mode();
    switch (key) {
    case Qt::Key_J:
        m_controller.next();
        return;
    case Qt::Key_K:
        m_controller.previous();
        return;
    case Qt::Key_U:
        m_controller.undo();
        return;
    case Qt::Key_N:
        if (mode == ReviewMode::Single)
            m_note->setFocus();
        else if (mode == ReviewMode::Pairwise)
            m_reason->setFocus();
        return;
    case Qt::Key_L:
        if (mode == ReviewMode::Single)
            m_labels->setFocus();
        return;
    case Qt::Key_Backspace:
        if (mode == ReviewMode::Ranking)
            m_controller.clearRanking();
        return;
    default:
        break;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        if (mode == ReviewMode::Single)
            m_controller.rate(key - Qt::Key_0);
        return;
    }
    if (mode == ReviewMode::Pairwise) {
        const QHash<int, PairOutcome> outcomes{{Qt::Key_A, PairOutcome::A}, {Qt::Key_B, PairOutcome::B},
            {Qt::Key_T, PairOutcome::Tie}, {Qt::Key_X, PairOutcome::BothBad}};
        if (outcomes.contains(key))
            m_controller.choose(outcomes.value(key), m_reason->text());
    } else if (mode == ReviewMode::Ranking && key >= Qt::Key_A && key <= Qt::Key_H) {
        m_controller.rankNext(key - Qt::Key_A);
    }
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_controller.reviewer().isEmpty() && m_reviewerPanel->isHidden()) {
        m_reviewerPanel->show();
        m_reviewerEdit->setFocus();
    }
}

void ReviewPage::reloadSessions()
{
    const qint64 current = m_sessions->currentData().toLongLong();
    m_sessions->clear();
    for (const SessionInfo &session : m_services.runs->sessions()) {
        if (!session.deletedAt.isValid())
            m_sessions->addItem(session.name, session.id);
    }
    const int index = m_sessions->findData(current);
    m_sessions->setCurrentIndex(index >= 0 ? index : 0);
    if (m_sessions->currentData().toLongLong() != current)
        restart();
}

void ReviewPage::openSession(qint64 sessionId)
{
    const int index = m_sessions->findData(sessionId);
    if (index < 0)
        reloadSessions();
    m_sessions->setCurrentIndex(m_sessions->findData(sessionId));
    restart();
}

qint64 ReviewPage::sessionId() const
{
    return m_controller.sessionId();
}

void ReviewPage::setMode(ReviewMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
    {
        const QSignalBlocker blocker(m_blind);
        m_blind->setChecked(mode != ReviewMode::Single);
    }
    restart();
}

void ReviewPage::setBlind(bool blind)
{
    m_blind->setChecked(blind); // restarts through toggled
    if (!m_started)
        restart();
}

void ReviewPage::setReviewer(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (m_services.settings && !trimmed.isEmpty())
        m_services.settings->setReviewer(trimmed);
    m_reviewerButton->setText(trimmed.isEmpty() ? tr("Reviewer: not chosen") : tr("Reviewer: %1").arg(trimmed));
    m_reviewerButton->setProperty("reviewer", trimmed);
    if (!trimmed.isEmpty())
        m_reviewerPanel->hide();
    restart();
    if (!trimmed.isEmpty())
        focusBody();
}

void ReviewPage::restart()
{
    const QString reviewer = m_reviewerButton->property("reviewer").toString();
    const qint64 session = m_sessions->currentData().toLongLong();
    const auto mode = static_cast<ReviewMode>(m_mode->currentData().toInt());
    m_started = !reviewer.isEmpty() && session > 0;
    // Rating buttons follow the session's scale.
    qDeleteAll(m_ratingButtons);
    m_ratingButtons.clear();
    m_controller.start(m_started ? session : 0, reviewer, mode, m_blind->isChecked());
    const SessionSettings settings = m_controller.settings();
    for (int rating = settings.ratingMin; rating <= settings.ratingMax && m_started; ++rating) {
        const qsizetype anchor = rating - settings.ratingMin;
        auto *button = new QPushButton(QString::number(rating), m_singleBar);
        button->setObjectName(u"rating-%1"_s.arg(rating));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolTip(anchor < settings.anchors.size() && !settings.anchors[anchor].isEmpty()
                ? tr("%1: %2").arg(rating).arg(settings.anchors[anchor])
                : tr("Rate %1").arg(rating));
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(u"00"_s) + 16);
        connect(button, &QPushButton::clicked, this, [this, rating] { m_controller.rate(rating); });
        m_ratingLayout->addWidget(button);
        m_ratingButtons.append(button);
    }
    if (!settings.labels.isEmpty()) {
        auto *completer = new QCompleter(settings.labels, m_labels);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_labels->setCompleter(completer);
        m_labels->setToolTip(tr("This session's labels: %1").arg(QLocale().createSeparatedList(settings.labels)));
    } else {
        m_labels->setCompleter(nullptr);
        m_labels->setToolTip(tr("Any labels, separated by commas"));
    }
    m_singleBar->setVisible(mode == ReviewMode::Single);
    m_pairBar->setVisible(mode == ReviewMode::Pairwise);
    m_rankBar->setVisible(mode == ReviewMode::Ranking);
    updateProgress();
    showItem();
}

void ReviewPage::ensurePanes(int count)
{
    while (m_panes.size() < count) {
        const int position = static_cast<int>(m_panes.size());
        Pane pane;
        pane.frame = new QFrame(m_panesArea);
        pane.frame->setObjectName(u"pane-%1"_s.arg(position));
        pane.frame->setFrameShape(QFrame::StyledPanel);
        pane.title = new QLabel(pane.frame);
        pane.title->setObjectName(u"paneTitle"_s);
        QFont bold = pane.title->font();
        bold.setBold(true);
        pane.title->setFont(bold);
        pane.leak = new QLabel(pane.frame);
        pane.leak->setObjectName(u"paneLeak"_s);
        pane.leak->setWordWrap(true);
        pane.leak->setTextFormat(Qt::PlainText);
        pane.text = new QTextBrowser(pane.frame);
        pane.text->setObjectName(u"paneText"_s);
        pane.text->setOpenLinks(false);
        pane.text->setFocusPolicy(Qt::ClickFocus);
        pane.text->setAccessibleName(tr("Response %1").arg(positionName(position)));
        pane.metrics = new QLabel(pane.frame);
        pane.metrics->setObjectName(u"paneMetrics"_s);
        pane.metrics->setWordWrap(true);
        pane.rank = new QPushButton(pane.frame);
        pane.rank->setObjectName(u"paneRank"_s);
        pane.rank->setFocusPolicy(Qt::TabFocus);
        connect(pane.rank, &QPushButton::clicked, this, [this, position] { m_controller.rankNext(position); });
        auto *layout = new QVBoxLayout(pane.frame);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->setSpacing(4);
        auto *header = new QHBoxLayout();
        header->addWidget(pane.title, 1);
        header->addWidget(pane.rank);
        layout->addLayout(header);
        layout->addWidget(pane.leak);
        layout->addWidget(pane.text, 1);
        layout->addWidget(pane.metrics);
        m_panesLayout->addWidget(pane.frame, 1);
        m_panes.append(pane);
    }
    for (qsizetype i = 0; i < m_panes.size(); ++i)
        m_panes[i].frame->setVisible(i < count);
}

void ReviewPage::showItem()
{
    const ReviewItem item = m_controller.item();
    m_shownRuns.clear();
    m_leaks.clear();
    if (!m_started || item.runIds.isEmpty()) {
        if (m_controller.reviewer().isEmpty())
            m_empty->setText(tr("Choose your reviewer name above to start."));
        else if (m_sessions->count() == 0)
            m_empty->setText(tr("No sessions yet. Run prompts in Compare: every run is saved in a session, ready "
                                "for review here."));
        else if (m_controller.mode() != ReviewMode::Single)
            m_empty->setText(tr("Nothing to compare in this session yet: pairwise and ranked review need at least "
                                "two outputs of the same prompt. Run a prompt against several endpoints in Compare."));
        else
            m_empty->setText(tr("Nothing to review in this session yet. Run prompts in Compare."));
        m_body->setCurrentIndex(0);
        return;
    }
    m_body->setCurrentIndex(1);
    const QModelIndex index = m_controller.queue()->index(m_controller.current());
    if (m_queueView->currentIndex() != index) {
        m_queueView->setCurrentIndex(index);
        m_queueView->scrollTo(index);
    }
    const QString system = m_controller.systemPrompt();
    m_prompt->setText(
        system.isEmpty() ? m_controller.promptText() : tr("System: %1\n\n%2").arg(system, m_controller.promptText()));
    m_shownRuns = m_controller.runs(); // read once per item; judging only changes what is revealed
    const QList<StoredRun> &runs = m_shownRuns;
    for (const StoredRun &run : runs) {
        const QList<IdentityLeak> leaks = IdentityLeaks::find(run.result.text);
        m_leaks.append(leaks.isEmpty() ? QString() : leaks.first().phrase);
    }
    ensurePanes(static_cast<int>(runs.size()));
    for (qsizetype i = 0; i < runs.size(); ++i) {
        Pane &pane = m_panes[i];
        if (runs[i].result.text.size() > 200000)
            pane.text->setPlainText(runs[i].result.text);
        else
            pane.text->setMarkdown(runs[i].result.text);
    }
    m_labels->setText(QString());
    m_note->setText(QString());
    m_reason->setText(m_controller.reason());
    updateJudgmentControls();
}

QString ReviewPage::paneTitle(int position) const
{
    return position < m_panes.size() ? m_panes[position].title->text() : QString();
}

QString ReviewPage::leakWarning(int position) const
{
    return position < m_panes.size() && !m_panes[position].leak->isHidden() ? m_panes[position].leak->text()
                                                                            : QString();
}

void ReviewPage::updateJudgmentControls()
{
    const ReviewItem item = m_controller.item();
    if (item.runIds.isEmpty())
        return;
    const bool revealed = m_controller.isRevealed();
    const QList<StoredRun> &runs = m_shownRuns;
    const ReviewMode mode = m_controller.mode();
    const QList<int> ranking = m_controller.rankingShown();
    for (qsizetype i = 0; i < runs.size() && i < m_panes.size(); ++i) {
        Pane &pane = m_panes[i];
        const StoredRun &run = runs[i];
        const QString letter = positionName(static_cast<int>(i));
        QString title = mode == ReviewMode::Single ? tr("Response") : tr("Response %1").arg(letter);
        if (revealed) {
            const QString who = run.model.isEmpty() ? run.endpointName : tr("%1 · %2").arg(run.endpointName, run.model);
            title = mode == ReviewMode::Single ? who : tr("%1: %2").arg(letter, who);
        }
        pane.title->setText(title);
        const QString leak = i < m_leaks.size() ? m_leaks[i] : QString();
        pane.leak->setVisible(!revealed && m_controller.isBlind() && !leak.isEmpty());
        if (!leak.isEmpty())
            pane.leak->setText(tr("⚠ This output names its maker (“%1”): blindness may be broken.").arg(leak));
        pane.metrics->setVisible(revealed);
        pane.metrics->setText(revealed ? metricsText(run) : QString());
        pane.rank->setVisible(mode == ReviewMode::Ranking);
        const qsizetype place = ranking.indexOf(static_cast<int>(i));
        pane.rank->setText(place >= 0 ? tr("#%1").arg(place + 1) : tr("%1  pick next").arg(letter));
        pane.rank->setEnabled(place < 0);
    }
    if (mode == ReviewMode::Single) {
        const Judgment judgment = m_controller.judgment();
        for (QPushButton *button : std::as_const(m_ratingButtons))
            button->setChecked(judgment.rating && button->text() == QString::number(*judgment.rating));
        if (!m_labels->hasFocus())
            m_labels->setText(judgment.labels.join(u", "_s));
        if (!m_note->hasFocus())
            m_note->setText(judgment.note);
        m_flag->setChecked(judgment.flagged);
    } else if (mode == ReviewMode::Pairwise) {
        const std::optional<PairOutcome> outcome = m_controller.outcome();
        const QList<PairOutcome> order{PairOutcome::A, PairOutcome::B, PairOutcome::Tie, PairOutcome::BothBad};
        for (qsizetype i = 0; i < m_outcomeButtons.size(); ++i)
            m_outcomeButtons[i]->setChecked(outcome && *outcome == order[i]);
    } else {
        QStringList letters;
        for (int position : ranking)
            letters.append(positionName(position));
        m_rankOrder->setText(letters.isEmpty() ? QString() : tr("Ranked: %1").arg(letters.join(u" > "_s)));
    }
    m_undo->setEnabled(m_controller.canUndo());
}

void ReviewPage::updateProgress()
{
    const int total = m_controller.queue()->rowCount();
    const int decided = m_controller.queue()->decidedCount();
    m_progressLabel->setText(progressText());
    m_progressLabel->setToolTip(tr("You have judged %1 of the %2 items in your queue").arg(decided).arg(total));
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(decided);
}

QString ReviewPage::progressText() const
{
    return tr("%1 / %2").arg(m_controller.queue()->decidedCount()).arg(m_controller.queue()->rowCount());
}

void ReviewPage::commitLabels()
{
    if (m_controller.mode() == ReviewMode::Single && !m_controller.item().runIds.isEmpty()) {
        const QStringList labels = m_labels->text().split(u',', Qt::SkipEmptyParts);
        if (!m_controller.setLabels(labels))
            m_labels->setText(m_controller.judgment().labels.join(u", "_s));
    }
}

void ReviewPage::commitNote()
{
    if (m_controller.mode() == ReviewMode::Single && !m_controller.item().runIds.isEmpty())
        m_controller.setNote(m_note->text());
}

void ReviewPage::confirm(const QString &text)
{
    m_confirmation->setText(text);
    m_confirmationTimer->start();
    Q_EMIT statusMessage(text);
}

void ReviewPage::focusBody()
{
    m_body->setFocus();
}
