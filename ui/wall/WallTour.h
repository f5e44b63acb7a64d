#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace wf::wall {

// A camera tour: the wall's first tiles cycle through a list of cameras, one dwell at a time. A
// list no longer than the free tiles cycles on the first tile alone, so the dispatcher's other
// tiles stay; a longer one turns over a wall-full at a time. The free tiles are asked for at each
// step, since an alarm may have taken the last ones meanwhile. The tour only says which camera
// goes on which tile (`show`); the wall puts it there.
class WallTour : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDwellSeconds = 10;
    static constexpr int kMinDwellSeconds = 2;
    static constexpr int kMaxDwellSeconds = 3600;

    // freeTiles: how many tiles, from the first, the tour may use now.
    explicit WallTour(std::function<int()> freeTiles, QObject *parent = nullptr);

    bool active() const { return m_timer.isActive(); }
    int dwellSeconds() const { return m_timer.interval() / 1000; }
    void setDwellSeconds(int seconds);
    // Shows the first step at once, then one a dwell. An empty list starts nothing (a tour under
    // way keeps its timer but has nothing left to show).
    void start(const QStringList &cameraIds);
    void stop();

signals:
    void changed(); // started, stopped, or a new dwell
    void show(int tile, const QString &cameraId);

private:
    void advance();

    std::function<int()> m_freeTiles;
    QStringList m_cameras;
    int m_pos = 0; // the list's camera the next step starts with
    QTimer m_timer;
};

} // namespace wf::wall
