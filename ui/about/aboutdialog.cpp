// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/about/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/core/buildinfo.h"

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_components(new QTableWidget(0, 3, this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About HubLens"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("HubLens %1").arg(BuildInfo::version()), this);
    title->setObjectName(u"aboutTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(
        tr("Search and inspect models and datasets on the Hugging Face Hub, from the desktop or the command line."),
        this);
    description->setWordWrap(true);

    auto *licence = new QLabel(tr("HubLens is free software under the GNU General Public License, version 3 or "
                                  "later (%1). It comes with no warranty.")
                                   .arg(BuildInfo::licence()),
        this);
    licence->setObjectName(u"aboutLicence"_s);
    licence->setWordWrap(true);

    auto *builtWith = new QLabel(tr("Running on these libraries:"), this);

    m_components->setObjectName(u"componentsTable"_s);
    m_components->setAccessibleName(tr("Libraries"));
    m_components->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    m_components->verticalHeader()->hide();
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_components->setAlternatingRowColors(true);
    m_components->horizontalHeader()->setStretchLastSection(true);
    m_components->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_components->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QList<BuildInfo::Component> components = BuildInfo::components();
    m_components->setRowCount(static_cast<int>(components.size()));
    for (int row = 0; row < components.size(); ++row) {
        const BuildInfo::Component &component = components.at(row);
        auto *name = new QTableWidgetItem(component.name);
        name->setToolTip(component.url);
        m_components->setItem(row, 0, name);
        m_components->setItem(row, 1, new QTableWidgetItem(component.version));
        m_components->setItem(row, 2, new QTableWidgetItem(component.licence));
    }
    // Exactly as tall as its rows: a short list, never scrolled.
    m_components->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_components->setFixedHeight(m_components->horizontalHeader()->sizeHint().height()
        + m_components->verticalHeader()->length() + 2 * m_components->frameWidth());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    QPushButton *copy = buttons->addButton(tr("&Copy version information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyVersionButton"_s);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(versionSummary()); });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addWidget(licence);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(builtWith);
    layout->addWidget(m_components);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionSummary()
{
    return u"HubLens %1 (Qt %2, libcurl %3, SQLite %4)"_s.arg(
        BuildInfo::version(), BuildInfo::qtVersion(), BuildInfo::curlVersion(), BuildInfo::sqliteVersion());
}
