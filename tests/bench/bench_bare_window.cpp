// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for bench_startup: an empty QMainWindow at HubLens's default size, reporting its first painted frame
// exactly as HubLens does with HUBLENS_REPORT_FIRST_PAINT=1 (the same event filter, the same line on stderr), then
// quitting. It links only Qt Widgets, so that it starts like any bare Qt Widgets program would.
#include <cstdio>
#include <ctime>

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

// Same as in ui/application.cpp; the process-start time is not needed here (the benchmark measures from its own
// CLOCK_MONOTONIC timestamp taken just before starting the process).
class FirstPaintReporter final : public QObject
{
public:
    explicit FirstPaintReporter(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::fprintf(stderr, "bare window: first paint, CLOCK_MONOTONIC %lld ns\n",
                    static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stderr);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    new FirstPaintReporter(&window);
    window.show();
    return QApplication::exec();
}
