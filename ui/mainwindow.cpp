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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
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

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

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

int MainWindow::pageCount() const
{
    return m_stack->count();
}
