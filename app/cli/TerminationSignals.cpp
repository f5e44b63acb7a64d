#include "TerminationSignals.h"

#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>

namespace wf {

namespace {

int g_pipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = write(g_pipe[1], &c, 1);
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(g_pipe[0] < 0); // one per process: the handlers write to one pipe
    if (pipe(g_pipe) != 0)
        return; // no pipe: the signals keep their default action (the process ends)
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        [[maybe_unused]] const auto n = read(g_pipe[0], &c, 1);
        emit received();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

TerminationSignals::~TerminationSignals()
{
    if (g_pipe[0] < 0)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    close(g_pipe[0]);
    close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

} // namespace wf
