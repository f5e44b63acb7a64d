#pragma once

// The servers a test starts (an RTSP or HTTP server, ffmpeg, the app): killed when the test ends,
// pass or fail, on ports nobody else uses.
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

namespace wf::testing {

// A free port on the loopback interface.
inline int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// A child process that is killed (not just left) when it goes out of scope.
struct Child : QProcess
{
    ~Child() override
    {
        if (state() != NotRunning) {
            kill();
            waitForFinished(5000);
        }
    }
};

} // namespace wf::testing
