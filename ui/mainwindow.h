// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

// The application shell: a navigation rail on the left, the pages in a stack, a status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the rail; Ctrl+1… follow the order of addition.
    void addPage(const QString &name, const QIcon &icon, QWidget *page);
    int pageCount() const;
    // Transient status text (what is loading); empty clears it.
    void showStatus(const QString &text);

private:
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_stack = nullptr;
};
