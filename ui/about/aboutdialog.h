// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

// Help → About HubLens: what HubLens is, its version and licence, and the version and licence of each library it
// runs on (BuildInfo, read from the loaded libraries at run time). "About Qt" opens Qt's own dialog.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // One line for bug reports, e.g. "HubLens 0.1.0 (Qt 6.4.2, libcurl 7.88.1, SQLite 3.40.1)"; Copy puts it on
    // the clipboard.
    static QString versionSummary();

private:
    QTableWidget *m_components = nullptr;
};
