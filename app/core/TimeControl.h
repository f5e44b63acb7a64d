#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace wf {

class ConnectorHost;
class Dispatch;

// The training clock's controls: pause, a speed (1×, 4×, 16×) and single steps while paused.
// They reach the simulator through the connector host, which ignores them in a live session;
// each change is an audited operator action, so a playback shows when the run was paused.
class TimeControl : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The TimeControl is made by the application")
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool paused READ paused NOTIFY changed)
    // The speed the world runs at when it is not paused.
    Q_PROPERTY(double speed READ speed NOTIFY changed)
public:
    TimeControl(ConnectorHost *host, Dispatch *audit, QObject *parent = nullptr);

    bool available() const;
    bool paused() const { return m_paused; }
    double speed() const { return m_speed; }

    // Sets the speed and runs at it (a paused world resumes).
    Q_INVOKABLE void setSpeed(double speed);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void togglePause();
    // One tick of the world; only while paused (running, the next tick comes anyway).
    Q_INVOKABLE void step();

signals:
    void changed();

private:
    void apply(const QString &what);

    ConnectorHost *m_host;
    Dispatch *m_audit;
    bool m_paused = false;
    double m_speed = 1;
};

} // namespace wf
