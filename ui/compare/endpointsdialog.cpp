// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/endpointsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "app/core/secretstore.h"
#include "app/inference/endpointlistmodel.h"
#include "app/inference/endpointservice.h"
#include "app/storage/endpointstore.h"

using namespace Qt::StringLiterals;

EndpointsDialog::EndpointsDialog(EndpointStore *store, EndpointService *service, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_service(service)
    , m_secrets(secrets)
    , m_list(new EndpointListModel(store, this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_defaultModel(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_keyEnv(new QLineEdit(this))
    , m_priceIn(new QDoubleSpinBox(this))
    , m_priceOut(new QDoubleSpinBox(this))
    , m_startupWait(new QSpinBox(this))
    , m_idleTimeout(new QSpinBox(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_detect(new QPushButton(tr("&Detect local servers"), this))
    , m_result(new QLabel(this))
    , m_detected(new QListWidget(this))
{
    setWindowTitle(tr("Endpoints"));
    resize(900, 560);
    m_table->setModel(m_list);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointListModel::UrlColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (const QString &name : Endpoints::kindNames()) {
        const EndpointKind kind = *Endpoints::kindFromName(name);
        m_kind->addItem(Endpoints::kindLabel(kind) + u" ("_s + name + u')', name);
    }
    m_url->setPlaceholderText(tr("https://… or http://127.0.0.1:PORT"));
    m_defaultModel->setPlaceholderText(tr("e.g. meta-llama/Llama-3.1-8B-Instruct or llama3.2"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Kept in the system keychain; leave empty to keep the saved one"));
    m_keyEnv->setPlaceholderText(tr("or the name of an environment variable holding it"));
    for (QDoubleSpinBox *price : {m_priceIn, m_priceOut}) {
        price->setRange(0, 10000);
        price->setDecimals(4);
        price->setSpecialValueText(tr("unknown"));
        price->setPrefix(u"$"_s);
    }
    m_startupWait->setRange(0, 3600);
    m_startupWait->setSuffix(tr(" s"));
    m_idleTimeout->setRange(1, 3600);
    m_idleTimeout->setSuffix(tr(" s"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setVisible(false);
    m_detected->setMaximumHeight(120);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&URL"), m_url);
    form->addRow(tr("Default &model"), m_defaultModel);
    form->addRow(tr("API &key"), m_key);
    form->addRow(tr("Key from &variable"), m_keyEnv);
    auto *prices = new QHBoxLayout;
    prices->addWidget(m_priceIn);
    prices->addWidget(new QLabel(tr("in /"), this));
    prices->addWidget(m_priceOut);
    prices->addWidget(new QLabel(tr("out per 1M tokens"), this));
    form->addRow(tr("Price"), prices);
    form->addRow(tr("Wait for a cold start"), m_startupWait);
    form->addRow(tr("Stall timeout"), m_idleTimeout);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_save);
    actions->addWidget(m_remove);
    actions->addWidget(m_test);
    actions->addStretch();
    actions->addWidget(m_detect);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(m_detected);
    layout->addWidget(close);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EndpointsDialog::loadSelected);
    connect(m_new, &QPushButton::clicked, this, &EndpointsDialog::newEndpoint);
    connect(m_save, &QPushButton::clicked, this, &EndpointsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &EndpointsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &EndpointsDialog::testSelected);
    connect(m_detect, &QPushButton::clicked, this, &EndpointsDialog::detect);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const EndpointKind kind = *Endpoints::kindFromName(m_kind->currentData().toString());
        if (m_url->text().isEmpty())
            m_url->setText(Endpoints::defaultUrl(kind).toString());
        m_key->setEnabled(!Endpoints::usesHfToken(kind));
        m_key->setToolTip(Endpoints::usesHfToken(kind)
                ? tr("Hugging Face endpoints use your Hugging Face token (Settings), sent only to Hugging Face hosts")
                : QString());
    });
    connect(m_detected, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QStringList parts = item->data(Qt::UserRole).toStringList();
        newEndpoint();
        m_name->setText(parts.value(0));
        m_kind->setCurrentIndex(m_kind->findData(parts.value(1)));
        m_url->setText(parts.value(2));
        m_defaultModel->setText(parts.value(3));
        save();
    });
    newEndpoint();
    if (m_list->rowCount() > 0)
        m_table->selectRow(0);
}

EndpointsDialog::~EndpointsDialog() = default;

void EndpointsDialog::showResult(const QString &text, bool error)
{
    m_result->setText(text);
    // A red readable on both light and dark palettes.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_result->setStyleSheet(error ? (dark ? u"color: #ff8a80;"_s : u"color: #b03a2e;"_s) : QString());
}

void EndpointsDialog::newEndpoint()
{
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_editingId = 0;
    m_name->clear();
    m_kind->setCurrentIndex(m_kind->findData(u"openai"_s));
    m_url->clear();
    m_defaultModel->clear();
    m_key->clear();
    m_keyEnv->clear();
    m_priceIn->setValue(0);
    m_priceOut->setValue(0);
    m_startupWait->setValue(300);
    m_idleTimeout->setValue(120);
    m_remove->setEnabled(false);
    m_test->setEnabled(false);
    m_name->setFocus();
}

void EndpointsDialog::loadSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Endpoint endpoint = m_list->endpointAt(current.row());
    m_editingId = endpoint.id;
    m_name->setText(endpoint.name);
    m_kind->setCurrentIndex(m_kind->findData(Endpoints::kindName(endpoint.kind)));
    m_url->setText(endpoint.url.toString());
    m_defaultModel->setText(endpoint.defaultModel);
    m_key->clear();
    m_keyEnv->setText(endpoint.apiKeyEnv);
    m_priceIn->setValue(endpoint.priceInputPerMillion.value_or(0));
    m_priceOut->setValue(endpoint.priceOutputPerMillion.value_or(0));
    m_startupWait->setValue(endpoint.startupWaitSeconds);
    m_idleTimeout->setValue(endpoint.idleTimeoutSeconds);
    m_remove->setEnabled(true);
    m_test->setEnabled(true);
}

void EndpointsDialog::save()
{
    Endpoint endpoint;
    endpoint.id = m_editingId;
    endpoint.name = m_name->text().trimmed();
    endpoint.kind = *Endpoints::kindFromName(m_kind->currentData().toString());
    endpoint.url = QUrl(m_url->text().trimmed());
    endpoint.defaultModel = m_defaultModel->text().trimmed();
    endpoint.apiKeyEnv = m_keyEnv->text().trimmed();
    if (m_priceIn->value() > 0)
        endpoint.priceInputPerMillion = m_priceIn->value();
    if (m_priceOut->value() > 0)
        endpoint.priceOutputPerMillion = m_priceOut->value();
    endpoint.startupWaitSeconds = m_startupWait->value();
    endpoint.idleTimeoutSeconds = m_idleTimeout->value();
    const bool ok = m_editingId > 0 ? m_store->update(endpoint) : (m_editingId = m_store->add(endpoint)) > 0;
    if (!ok) {
        showResult(m_store->lastError(), true);
        return;
    }
    const QString key = m_key->text();
    if (!key.isEmpty() && m_secrets && !Endpoints::usesHfToken(endpoint.kind)) {
        m_secrets->write(endpoint.secretKey(), key.toUtf8(), this, [this](bool written, const QString &error) {
            if (!written)
                showResult(tr("Saved, but the key could not be stored: %1").arg(error), true);
        });
        m_key->clear();
    }
    showResult(tr("Saved %1").arg(endpoint.name), false);
    const int row = m_list->rowOf(endpoint.name);
    if (row >= 0)
        m_table->selectRow(row);
}

void EndpointsDialog::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Endpoint endpoint = m_list->endpointAt(current.row());
    if (!m_store->remove(endpoint.name)) {
        showResult(m_store->lastError(), true);
        return;
    }
    if (m_secrets)
        m_secrets->remove(endpoint.secretKey(), this, [](bool, const QString &) {});
    showResult(tr("Removed %1; its past runs keep its name").arg(endpoint.name), false);
    newEndpoint();
}

void EndpointsDialog::testSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_service)
        return;
    const Endpoint endpoint = m_list->endpointAt(current.row());
    showResult(tr("Testing %1…").arg(endpoint.name), false);
    m_test->setEnabled(false);
    m_service->check(endpoint, this, [this, endpoint](const EndpointCheck &check) {
        m_test->setEnabled(true);
        QString text = check.message;
        if (!check.models.isEmpty()) {
            QStringList names;
            for (const EndpointModel &model : check.models.mid(0, 8))
                names.append(model.id);
            text += u"\n"_s + names.join(u", "_s) + (check.models.size() > 8 ? u", …"_s : QString());
        }
        showResult(text, !(check.reachable && check.authenticated));
    });
}

void EndpointsDialog::detect()
{
    if (!m_service)
        return;
    m_detect->setEnabled(false);
    showResult(tr("Looking for local servers on 127.0.0.1…"), false);
    m_service->detectLocal(EndpointService::defaultProbes(), this, [this](const QList<DetectedServer> &servers) {
        m_detect->setEnabled(true);
        m_detected->clear();
        for (const DetectedServer &server : servers) {
            auto *item = new QListWidgetItem(
                tr("%1 at %2 — %n model(s); double-click to add", nullptr, int(server.models.size()))
                    .arg(server.product, server.url.toDisplayString()),
                m_detected);
            item->setData(Qt::UserRole,
                QStringList{server.suggestedName, Endpoints::kindName(server.kind), server.url.toString(),
                    server.models.isEmpty() ? QString() : server.models.first().id});
        }
        m_detected->setVisible(!servers.isEmpty());
        showResult(servers.isEmpty() ? tr("No local inference server answered (Ollama 11434, llama.cpp 8080/9931, "
                                          "LM Studio 1234, vLLM 8000, TGI 3000).")
                                     : tr("Found %n server(s).", nullptr, int(servers.size())),
            false);
    });
}
