// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/about/aboutdialog.h"
#include "ui/candidates/candidategrid.h"
#include "ui/candidates/candidatesdock.h"
#include "ui/compare/comparepage.h"
#include "ui/settings/settingsdialog.h"

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Services{}, parent)
{
}

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_rail(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("HubLens"));
    m_rail->setObjectName(QStringLiteral("navigationRail"));
    m_rail->setAccessibleName(tr("Pages"));
    m_rail->setFixedWidth(148);
    m_rail->setFrameShape(QFrame::NoFrame);
    m_rail->setIconSize(QSize(22, 22));
    m_rail->setSpacing(2);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_rail, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_quitAction = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_settingsAction = editMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(m_services.secrets && m_services.settings);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    if (m_services.candidates) {
        m_candidatesDock = new CandidatesDock(m_services.candidates, this);
        addDockWidget(Qt::RightDockWidgetArea, m_candidatesDock);
        resizeDocks({m_candidatesDock}, {200}, Qt::Horizontal); // a tray, not a page: Explore keeps the room
        QAction *toggle = m_candidatesDock->toggleViewAction();
        toggle->setText(tr("&Candidates"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        viewMenu->addAction(toggle);
        m_candidateGridAction = viewMenu->addAction(tr("Candidate &grid…"), this, &MainWindow::openCandidateGrid);
        m_candidateGridAction->setObjectName(u"candidateGridAction"_s);
        m_candidateGridAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        m_candidateGridAction->setEnabled(m_services.hub != nullptr);
        m_candidatesDock->setGridEnabled(m_services.hub != nullptr);
        m_candidatesDock->setCompareEnabled(false);
        connect(m_candidatesDock, &CandidatesDock::gridRequested, this, &MainWindow::openCandidateGrid);
        connect(m_candidatesDock, &CandidatesDock::compareRequested, this, &MainWindow::compareModels);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = helpMenu->addAction(tr("&About HubLens"), this, &MainWindow::openAbout);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &name, const QIcon &icon, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, name, m_rail);
    item->setSizeHint(QSize(140, 40));
    m_stack->addWidget(page);
    const int index = m_stack->count() - 1;
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { m_rail->setCurrentRow(index); });
    }
    if (m_rail->currentRow() < 0)
        m_rail->setCurrentRow(0);
}

void MainWindow::showStatus(const QString &text)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_stack->indexOf(page);
    if (index >= 0)
        m_rail->setCurrentRow(index);
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

QAction *MainWindow::settingsAction() const
{
    return m_settingsAction;
}

QAction *MainWindow::aboutAction() const
{
    return m_aboutAction;
}

CandidatesDock *MainWindow::candidatesDock() const
{
    return m_candidatesDock;
}

QAction *MainWindow::candidateGridAction() const
{
    return m_candidateGridAction;
}

CandidateGridDialog *MainWindow::candidateGrid() const
{
    return m_candidateGrid;
}

void MainWindow::setComparePage(ComparePage *page)
{
    m_comparePage = page;
    if (m_candidatesDock)
        m_candidatesDock->setCompareEnabled(page != nullptr);
    if (m_candidateGrid)
        m_candidateGrid->setCompareEnabled(page != nullptr);
}

void MainWindow::compareModels(const QStringList &modelIds)
{
    if (!m_comparePage || modelIds.isEmpty())
        return;
    m_comparePage->compareModels(modelIds);
    showPage(m_comparePage);
    raise();
    activateWindow();
}

void MainWindow::openCandidateGrid()
{
    if (!m_services.hub || !m_services.candidates)
        return;
    if (!m_candidateGrid) {
        CandidateGridDialog::Services services;
        services.hub = m_services.hub;
        services.candidates = m_services.candidates;
        services.endpoints = m_services.endpoints;
        auto *dialog = new CandidateGridDialog(services, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setCompareEnabled(m_comparePage != nullptr);
        connect(dialog, &CandidateGridDialog::compareRequested, this, &MainWindow::compareModels);
        m_candidateGrid = dialog;
    }
    m_candidateGrid->show();
    m_candidateGrid->raise();
    m_candidateGrid->activateWindow();
}

void MainWindow::openSettings()
{
    if (!m_services.secrets || !m_services.settings)
        return;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_services.secrets, m_services.settings, m_services.cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::tokenSaved, this, &MainWindow::hubTokenSaved);
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::openAbout()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog = dialog;
    dialog->open();
}

void MainWindow::addFileMenuAction(QAction *action)
{
    m_fileMenu->insertAction(m_quitAction, action);
    m_fileMenu->insertSeparator(m_quitAction);
}
