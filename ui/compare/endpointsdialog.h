// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class EndpointListModel;
class EndpointService;
class EndpointStore;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class SecretStore;

// Manage inference endpoints: add, edit, remove, test (reachable, authenticated, which models), and detect local
// servers on 127.0.0.1 with one click to add each. API keys go to the keychain (SecretStore), never the database.
class EndpointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsDialog)

public:
    EndpointsDialog(EndpointStore *store, EndpointService *service, SecretStore *secrets, QWidget *parent = nullptr);
    ~EndpointsDialog() override;

    QTableView *table() const
    {
        return m_table;
    }
    QLineEdit *nameEdit() const
    {
        return m_name;
    }
    QComboBox *kindBox() const
    {
        return m_kind;
    }
    QLineEdit *urlEdit() const
    {
        return m_url;
    }
    QLineEdit *modelEdit() const
    {
        return m_defaultModel;
    }
    QLineEdit *keyEdit() const
    {
        return m_key;
    }
    QPushButton *saveButton() const
    {
        return m_save;
    }
    QPushButton *testButton() const
    {
        return m_test;
    }
    QPushButton *detectButton() const
    {
        return m_detect;
    }
    QLabel *resultLabel() const
    {
        return m_result;
    }
    QListWidget *detectedList() const
    {
        return m_detected;
    }

    void newEndpoint();
    void save();
    void removeSelected();
    void testSelected();
    void detect();

private:
    void loadSelected();
    void showResult(const QString &text, bool error);

    EndpointStore *m_store;
    EndpointService *m_service;
    SecretStore *m_secrets;
    EndpointListModel *m_list;
    QTableView *m_table;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_defaultModel;
    QLineEdit *m_key;
    QLineEdit *m_keyEnv;
    QDoubleSpinBox *m_priceIn;
    QDoubleSpinBox *m_priceOut;
    QSpinBox *m_startupWait;
    QSpinBox *m_idleTimeout;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_detect;
    QLabel *m_result;
    QListWidget *m_detected;
    qint64 m_editingId = 0;
};
