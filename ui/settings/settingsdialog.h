// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class AppSettings;
class HubCache;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class SecretStore;

// Settings: the Hub token (kept by SecretStore), the Hub and dataset-viewer endpoints (AppSettings), the data folder
// (shown only: it moves with HUBLENS_DATA_DIR and a restart), the response cache (size, Clear) and the interface
// language (AppSettings::language, applied at the next start).
// Save validates the endpoints inline, stores them, stores a newly typed token, then closes.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `cache` may be nullptr (no cache could be opened): the cache section then says so.
    SettingsDialog(SecretStore *secrets, AppSettings *settings, HubCache *cache, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Where a token that wins over the saved one comes from ("HF_TOKEN", a token file path), empty when none.
    // Defaults to what HubConfig::fromEnvironment() finds.
    void setEnvironmentTokenSource(const QString &source);

Q_SIGNALS:
    // A token was saved (or removed: empty) through the dialog; the composition root hands it to the Hub client.
    void tokenSaved(const QByteArray &token);

private:
    void onSave();
    void onRemoveToken();
    void onClearCache();
    void refreshCacheStatistics();
    void updateTokenLocation();
    void updateTokenState(bool tokenSaved);
    void showError(const QString &message);
    bool validateEndpoints();

    QPointer<SecretStore> m_secrets;
    AppSettings *m_settings = nullptr;
    QPointer<HubCache> m_cache;
    QString m_environmentTokenSource;

    QLineEdit *m_token = nullptr;
    QToolButton *m_showToken = nullptr;
    QPushButton *m_removeToken = nullptr;
    QLabel *m_tokenState = nullptr;
    QLabel *m_tokenLocation = nullptr;
    QLabel *m_tokenOverride = nullptr;
    QLineEdit *m_hubEndpoint = nullptr;
    QLabel *m_hubEndpointOverride = nullptr;
    QLineEdit *m_datasetsServer = nullptr;
    QLabel *m_datasetsServerOverride = nullptr;
    QLabel *m_dataDir = nullptr;
    QPushButton *m_openDataDir = nullptr;
    QLabel *m_cacheStatistics = nullptr;
    QPushButton *m_clearCache = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};
