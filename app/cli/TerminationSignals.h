#pragma once

#include <QObject>

class QSocketNotifier;

namespace wf {

// SIGINT and SIGTERM delivered through the event loop, so a command-line tool ends the way it
// would on its own (retained state removed, counts printed) instead of dying mid-write. A signal
// handler may only write to a pipe; the notifier on its other end emits received(). One per
// process.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wf
