// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application.h"

#include <QApplication>
#include <QTimer>

#include "app/core/logging.h"
#include "app/core/paths.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubclient.h"
#include "app/net/curlmulti.h"
#include "ui/common/icons.h"
#include "ui/explore/explorepage.h"
#include "ui/mainwindow.h"

using namespace Qt::StringLiterals;

namespace Application {

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"HubLens"_s);
    QApplication::setApplicationDisplayName(u"HubLens"_s);
    QApplication::setApplicationVersion(QStringLiteral(HUBLENS_VERSION));
    QApplication::setOrganizationName(u"HubLens"_s);
    QApplication::setDesktopFileName(u"io.github.hublens.HubLens"_s);
    QApplication::setStyle(u"Fusion"_s);
    const bool smokeTest = QApplication::arguments().contains(u"--smoke-test"_s);

    CurlMulti network;
    QString cacheError;
    std::unique_ptr<HubCache> cache = HubCache::open(Paths::cacheDatabasePath(), &cacheError);
    if (!cache)
        qCWarning(lcUi).noquote() << "response cache unavailable:" << cacheError;
    HubClient hub(&network, HubConfig::fromEnvironment(), cache.get());

    MainWindow window;
    auto *explore = new ExplorePage(&hub);
    window.addPage(QApplication::translate("Application", "Explore"), Icons::get(u"explore"_s), explore);
    QObject::connect(explore, &ExplorePage::statusMessage, &window, &MainWindow::showStatus);
    QObject::connect(&hub, &HubClient::retrying, &window, [&window](const QUrl &, int retry, int delayMs, const QString &reason) {
        window.showStatus(QApplication::translate("Application", "%1 — retrying in %2 s (attempt %3)")
                              .arg(reason)
                              .arg(delayMs / 1000.0, 0, 'f', 1)
                              .arg(retry + 1));
    });
    window.setWindowIcon(Icons::get(u"hublens"_s));
    window.show();
    explore->start();
    if (smokeTest) {
        // Paint once, then leave: proves the whole window comes up on this platform.
        QTimer::singleShot(200, &app, [&window] {
            window.repaint();
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace Application
