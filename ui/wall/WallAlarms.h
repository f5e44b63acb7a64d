#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

namespace wf {
class AlertModel;
}

namespace wf::wall {

// Alarm pop-ups. A high-severity alert raised while the wall watches the alerts takes the last
// tiles of the wall (a third of it, one to four tiles) for the cameras nearest to it, until the
// dispatcher dismisses it, handles the alert in the alert queue, or kHighlightMs pass. Alerts
// raised before the wall watched are history, not news: they never pop up. The alarms say which
// tiles are reserved, and when; the wall puts the cameras up (`popped`).
class WallAlarms : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHighlightMs = 60000;

    // tileCount: the tiles of the wall's layout now.
    explicit WallAlarms(std::function<int()> tileCount, QObject *parent = nullptr);

    AlertModel *alerts() const { return m_alerts; }
    void setAlerts(AlertModel *alerts);

    bool up() const { return !m_alertId.isEmpty(); }
    QString alertId() const { return m_alertId; }
    QString text() const { return m_text; }
    // The tiles an alarm takes on the layout, and the first of them.
    int reservedCount() const;
    int firstReserved() const;
    bool reserved(int tile) const { return up() && tile >= firstReserved(); }
    // The tiles, from the first, left to anything else (a tour, "near here").
    int freeTiles() const { return up() ? firstReserved() : m_tileCount(); }

    // A new alarm replaces the one up, on the same tiles.
    void pop(const QString &alertId, const QString &text, double latitude, double longitude);
    void dismiss();

signals:
    // The reserved tiles are to show the cameras nearest to the alarm, highlighted.
    void popped(double latitude, double longitude);
    // The reserved tiles were taken, or given back.
    void reservedChanged();
    void changed(); // an alarm up, replaced or gone

private:
    void onAlertsInserted(int first, int last);

    std::function<int()> m_tileCount;
    QPointer<AlertModel> m_alerts;
    QString m_alertId;
    QString m_text;
    QTimer m_timer;
};

} // namespace wf::wall
