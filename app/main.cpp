// SPDX-License-Identifier: GPL-3.0-or-later
#include <curl/curl.h>

#include <QApplication>
#include <QTimer>

#include "ui/mainwindow.h"

int main(int argc, char *argv[])
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int status = 0;
    {
        QApplication app(argc, argv);
        MainWindow window;
        window.show();
        status = QApplication::exec();
    }
    curl_global_cleanup();
    return status;
}
