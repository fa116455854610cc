// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application.h"

#include <QApplication>
#include <QTimer>

#include "app/core/logging.h"
#include "app/core/paths.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubclient.h"
#include "app/net/curlmulti.h"
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
    window.show();
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
