// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include <algorithm>
#include <climits>

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "app/core/appsettings.h"
#include "app/core/format.h"
#include "app/core/paths.h"
#include "app/core/secretstore.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubconfig.h"
#include "ui/common/languages.h"

using namespace Qt::StringLiterals;

namespace {

QLabel *makeNote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    // Never squeezed below the height its wrapped text needs (the group boxes share the dialog's height).
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText); // secondary text that follows the palette (light and dark)
    return label;
}

QString endpointText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

} // namespace

SettingsDialog::SettingsDialog(SecretStore *secrets, AppSettings *settings, HubCache *cache, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_cache(cache)
{
    Q_ASSERT(m_secrets && m_settings);
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    // Hub
    auto *hubBox = new QGroupBox(tr("Hugging Face Hub"), this);
    auto *hubForm = new QFormLayout(hubBox);

    m_token = new QLineEdit(hubBox);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("hf_…"));
    m_token->setAccessibleName(tr("Access token"));
    m_token->setClearButtonEnabled(true);
    m_showToken = new QToolButton(hubBox);
    m_showToken->setObjectName(u"showTokenButton"_s);
    m_showToken->setText(tr("Show"));
    m_showToken->setCheckable(true);
    m_showToken->setAccessibleName(tr("Show the access token"));
    m_removeToken = new QPushButton(tr("Remove saved token"), hubBox);
    m_removeToken->setObjectName(u"removeTokenButton"_s);
    m_removeToken->setEnabled(false);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(m_removeToken);
    // A row of several widgets gets no buddy from addRow(QString, QLayout *): without one the '&' would show.
    auto *tokenLabel = new QLabel(tr("Access &token:"), hubBox);
    tokenLabel->setBuddy(m_token);
    hubForm->addRow(tokenLabel, tokenRow);
    m_tokenState = makeNote(hubBox);
    m_tokenState->setObjectName(u"tokenStateLabel"_s);
    hubForm->addRow(QString(), m_tokenState);
    m_tokenLocation = makeNote(hubBox);
    m_tokenLocation->setObjectName(u"tokenLocationLabel"_s);
    hubForm->addRow(QString(), m_tokenLocation);
    m_tokenOverride = makeNote(hubBox);
    m_tokenOverride->setObjectName(u"tokenOverrideLabel"_s);
    hubForm->addRow(QString(), m_tokenOverride);

    m_hubEndpoint = new QLineEdit(endpointText(m_settings->hubEndpoint()), hubBox);
    m_hubEndpoint->setObjectName(u"hubEndpointEdit"_s);
    m_hubEndpoint->setPlaceholderText(AppSettings::defaultHubEndpoint().toString());
    m_hubEndpoint->setAccessibleName(tr("Hub endpoint"));
    hubForm->addRow(tr("Hub &endpoint:"), m_hubEndpoint);
    m_hubEndpointOverride = makeNote(hubBox);
    m_hubEndpointOverride->setObjectName(u"hubEndpointOverrideLabel"_s);
    const QString hubOverride = AppSettings::hubEndpointOverride();
    m_hubEndpointOverride->setText(
        tr("HF_ENDPOINT is set in the environment (%1) and takes precedence.").arg(hubOverride));
    m_hubEndpointOverride->setVisible(!hubOverride.isEmpty());
    hubForm->addRow(QString(), m_hubEndpointOverride);

    m_datasetsServer = new QLineEdit(endpointText(m_settings->datasetsServer()), hubBox);
    m_datasetsServer->setObjectName(u"datasetsServerEdit"_s);
    m_datasetsServer->setPlaceholderText(AppSettings::defaultDatasetsServer().toString());
    m_datasetsServer->setAccessibleName(tr("Dataset viewer endpoint"));
    hubForm->addRow(tr("&Dataset viewer:"), m_datasetsServer);
    m_datasetsServerOverride = makeNote(hubBox);
    m_datasetsServerOverride->setObjectName(u"datasetsServerOverrideLabel"_s);
    const QString dvOverride = AppSettings::datasetsServerOverride();
    m_datasetsServerOverride->setText(
        tr("HUBLENS_DATASETS_SERVER is set in the environment (%1) and takes precedence.").arg(dvOverride));
    m_datasetsServerOverride->setVisible(!dvOverride.isEmpty());
    hubForm->addRow(QString(), m_datasetsServerOverride);

    // Storage
    auto *storageBox = new QGroupBox(tr("Storage"), this);
    auto *storageForm = new QFormLayout(storageBox);
    const QString dataDir = Paths::dataDir();
    m_dataDir = new QLabel(QDir::toNativeSeparators(dataDir), storageBox);
    m_dataDir->setObjectName(u"dataDirLabel"_s);
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataDir->setAccessibleName(tr("Data folder"));
    m_openDataDir = new QPushButton(tr("&Open folder"), storageBox);
    m_openDataDir->setObjectName(u"openDataDirButton"_s);
    m_openDataDir->setAccessibleName(tr("Open the data folder"));
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(m_openDataDir);
    storageForm->addRow(tr("Data folder:"), dataRow);
    QLabel *dataNote = makeNote(storageBox);
    dataNote->setText(tr("To use another folder, set HUBLENS_DATA_DIR and restart HubLens."));
    storageForm->addRow(QString(), dataNote);

    m_cacheStatistics = new QLabel(storageBox);
    m_cacheStatistics->setObjectName(u"cacheStatisticsLabel"_s);
    m_cacheStatistics->setAccessibleName(tr("Response cache size"));
    m_clearCache = new QPushButton(tr("&Clear cache"), storageBox);
    m_clearCache->setObjectName(u"clearCacheButton"_s);
    m_clearCache->setAccessibleName(tr("Clear the response cache"));
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheStatistics, 1);
    cacheRow->addWidget(m_clearCache);
    storageForm->addRow(tr("Response cache:"), cacheRow);

    // Interface
    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    m_language = new QComboBox(interfaceBox);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Languages::available())
        m_language->addItem(Languages::nativeName(code), code); // each in its own language
    const QString language = m_settings->language();
    if (!language.isEmpty() && m_language->findData(language) < 0)
        m_language->addItem(language, language); // saved by another version; kept as it is
    m_language->setCurrentIndex(m_language->findData(language));
    interfaceForm->addRow(tr("&Language:"), m_language);
    QLabel *languageNote = makeNote(interfaceBox);
    languageNote->setText(tr("A new language applies the next time HubLens starts."));
    interfaceForm->addRow(QString(), languageNote);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);

    // Wide enough for the notes to wrap into a few lines rather than many.
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hubBox);
    layout->addWidget(storageBox);
    layout->addWidget(interfaceBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_token, m_showToken);
    setTabOrder(m_showToken, m_removeToken);
    setTabOrder(m_removeToken, m_hubEndpoint);
    setTabOrder(m_hubEndpoint, m_datasetsServer);
    setTabOrder(m_datasetsServer, m_openDataDir);
    setTabOrder(m_openDataDir, m_clearCache);
    setTabOrder(m_clearCache, m_language);
    setTabOrder(m_language, m_buttons);

    connect(m_showToken, &QToolButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_removeToken, &QPushButton::clicked, this, &SettingsDialog::onRemoveToken);
    connect(m_openDataDir, &QPushButton::clicked, this, [dataDir] {
        QDir().mkpath(dataDir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir));
    });
    connect(m_clearCache, &QPushButton::clicked, this, &SettingsDialog::onClearCache);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::onSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_hubEndpoint, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    connect(m_datasetsServer, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    connect(m_secrets, &SecretStore::backendChanged, this, &SettingsDialog::updateTokenLocation);

    const HubConfig environment = HubConfig::fromEnvironment();
    setEnvironmentTokenSource(environment.tokenSource);
    updateTokenLocation();
    m_tokenState->setText(tr("Checking for a saved token…"));
    m_secrets->read(SecretStore::hubTokenKey(), this, [this](std::optional<QByteArray> token, QString error) {
        if (!error.isEmpty()) {
            m_tokenState->setText(tr("The saved token cannot be read: %1").arg(error));
            return;
        }
        updateTokenState(token.has_value() && !token->isEmpty());
    });
    refreshCacheStatistics();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setEnvironmentTokenSource(const QString &source)
{
    m_environmentTokenSource = source == HubConfig::savedTokenSource() ? QString() : source;
    if (m_environmentTokenSource.isEmpty())
        m_tokenOverride->clear();
    else if (m_environmentTokenSource.startsWith(u"HF_"_s) || m_environmentTokenSource.startsWith(u"HUGGING_FACE"_s))
        m_tokenOverride->setText(tr("%1 is set in the environment and takes precedence over the saved token.")
                                     .arg(m_environmentTokenSource));
    else
        m_tokenOverride->setText(
            tr("The token in %1 takes precedence over the saved token.").arg(m_environmentTokenSource));
    m_tokenOverride->setVisible(!m_environmentTokenSource.isEmpty());
}

void SettingsDialog::updateTokenLocation()
{
    if (!m_secrets)
        return;
    if (m_secrets->backend() == SecretStore::Backend::Keychain)
        m_tokenLocation->setText(tr("Saved tokens are kept in the system keychain."));
    else
        m_tokenLocation->setText(tr("No system keychain is available: saved tokens are kept in a file readable only "
                                    "by you: %1")
                                     .arg(QDir::toNativeSeparators(m_secrets->filePath())));
}

void SettingsDialog::updateTokenState(bool tokenSaved)
{
    m_tokenState->setText(tokenSaved ? tr("A token is saved. Type a new one to replace it.")
                                     : tr("No token is saved. Without one, gated and private repositories are out of "
                                          "reach and rate limits are lower."));
    m_removeToken->setEnabled(tokenSaved);
}

void SettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool SettingsDialog::validateEndpoints()
{
    const auto check = [this](QLineEdit *edit, const QString &name) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() || AppSettings::isValidEndpoint(QUrl(text)))
            return true;
        showError(tr("The %1 must be an http:// or https:// address with a host name, such as %2.")
                      .arg(name, edit->placeholderText()));
        edit->setFocus();
        edit->selectAll();
        return false;
    };
    return check(m_hubEndpoint, tr("Hub endpoint")) && check(m_datasetsServer, tr("dataset viewer endpoint"));
}

void SettingsDialog::onSave()
{
    if (m_saving)
        return;
    showError({});
    if (!validateEndpoints())
        return;
    m_settings->setHubEndpoint(QUrl(m_hubEndpoint->text().trimmed()));
    m_settings->setDatasetsServer(QUrl(m_datasetsServer->text().trimmed()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->sync();

    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (token.isEmpty() || !m_secrets) {
        accept();
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    m_tokenState->setText(tr("Saving the token…"));
    m_secrets->write(SecretStore::hubTokenKey(), token, this, [this, token](bool ok, QString error) {
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!ok) {
            updateTokenState(false);
            showError(tr("The token could not be saved: %1").arg(error));
            return;
        }
        m_token->clear();
        updateTokenState(true);
        Q_EMIT tokenSaved(token);
        accept();
    });
}

void SettingsDialog::onRemoveToken()
{
    if (!m_secrets)
        return;
    m_removeToken->setEnabled(false);
    m_secrets->remove(SecretStore::hubTokenKey(), this, [this](bool ok, QString error) {
        if (!ok) {
            m_removeToken->setEnabled(true);
            showError(tr("The saved token could not be removed: %1").arg(error));
            return;
        }
        updateTokenState(false);
        Q_EMIT tokenSaved(QByteArray());
    });
}

void SettingsDialog::refreshCacheStatistics()
{
    if (!m_cache) {
        m_cacheStatistics->setText(tr("Unavailable (the cache database could not be opened)"));
        m_clearCache->setEnabled(false);
        return;
    }
    m_cacheStatistics->setText(tr("Measuring…"));
    m_cache->statistics(this, [this](qint64 bytes, qint64 entries) {
        m_cacheStatistics->setText(
            tr("%1 in %n response(s)", nullptr, int(std::min<qint64>(entries, INT_MAX))).arg(Format::bytes(bytes)));
        m_cacheStatistics->setToolTip(tr("%1 bytes").arg(QLocale().toString(bytes)));
        m_clearCache->setEnabled(entries > 0);
    });
}

void SettingsDialog::onClearCache()
{
    if (!m_cache)
        return;
    m_clearCache->setEnabled(false);
    m_cacheStatistics->setText(tr("Clearing…"));
    m_cache->clear(this, [this](bool ok) {
        if (!ok)
            showError(tr("The cache could not be cleared; see the log for details."));
        refreshCacheStatistics();
    });
}
