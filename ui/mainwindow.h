// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class AppSettings;
class CandidateStore;
class CandidateGridDialog;
class CandidatesDock;
class ComparePage;
class EndpointStore;
class HubCache;
class HubClient;
class QAction;
class QMenu;
class QListWidget;
class QStackedWidget;
class SecretStore;

// The application shell: a navigation rail on the left, the pages in a stack, the candidates dock on the right, a
// status bar. Collaborators are injected (ui/application.cpp is the composition root); without them the shell still
// works, with Settings disabled and no candidates dock (tests of the shell alone).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Services
    {
        SecretStore *secrets = nullptr; // Settings needs secrets and settings
        AppSettings *settings = nullptr;
        HubCache *cache = nullptr; // may be nullptr: no cache could be opened
        CandidateStore *candidates = nullptr; // the candidates dock needs it
        HubClient *hub = nullptr; // the candidate grid needs it (and the candidates)
        EndpointStore *endpoints = nullptr; // optional: the grid asks the configured hf-router endpoint for prices
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the rail; Ctrl+1… follow the order of addition.
    void addPage(const QString &name, const QIcon &icon, QWidget *page);
    // A page's action in the File menu, above Quit (Compare's "Batch run…").
    void addFileMenuAction(QAction *action);
    int pageCount() const;
    void showPage(QWidget *page); // selects its rail entry
    // Transient status text (what is loading); empty clears it.
    void showStatus(const QString &text);

    QAction *settingsAction() const; // Edit → Settings… (Ctrl+,)
    QAction *aboutAction() const; // Help → About HubLens
    CandidatesDock *candidatesDock() const; // nullptr without a CandidateStore
    QAction *candidateGridAction() const; // View → Candidate grid… (Ctrl+Shift+G)
    CandidateGridDialog *candidateGrid() const; // nullptr until opened
    // The page that "Compare these" (grid, dock) fills and shows; without one those buttons are disabled.
    void setComparePage(ComparePage *page);
    void compareModels(const QStringList &modelIds);

    void openSettings();
    void openAbout();
    void openCandidateGrid();

Q_SIGNALS:
    // The Hub token was saved or removed (empty) in Settings; the composition root updates the Hub client.
    void hubTokenSaved(const QByteArray &token);

private:
    Services m_services;
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_stack = nullptr;
    QAction *m_settingsAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    CandidatesDock *m_candidatesDock = nullptr;
    QAction *m_candidateGridAction = nullptr;
    QPointer<CandidateGridDialog> m_candidateGrid;
    QPointer<ComparePage> m_comparePage;
    QPointer<QDialog> m_settingsDialog;
    QPointer<QDialog> m_aboutDialog;
};
