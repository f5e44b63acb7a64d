#pragma once

#include <QImage>
#include <QString>

namespace wf::wall {

// What a simulated roadside camera sees at a given moment: a road in perspective, vehicles
// passing with readable Hubei plates, and the on-screen display a real DVR burns in (camera
// name, id, date and time). The picture is a pure function of (camera id, time) so that a
// training run, a screenshot and a test see the same vehicles at the same second.
class SyntheticScene
{
public:
    static constexpr int kWidth = 704;
    static constexpr int kHeight = 576;

    SyntheticScene(QString cameraId, QString cameraName);

    // Renders the frame for msSinceEpoch into `target` (resized to 704x576 RGB32 if needed).
    void render(qint64 msSinceEpoch, QImage &target) const;
    QImage render(qint64 msSinceEpoch) const;

    // The plate of the vehicle nearest to the camera at that moment, or "" when none is close
    // enough to read: what a plate-reading checkpoint would report (also shown in the OSD).
    QString plateInView(qint64 msSinceEpoch) const;

    // A plate like "鄂A·3K721", a pure function of its seed.
    static QString plateFor(quint64 seed);

private:
    struct Vehicle
    {
        quint64 seed = 0;
        int lane = 0; // 0,1 approach the camera; 2,3 drive away
        double progress = 0; // 0 at the horizon, 1 at the bottom edge
        int kind = 0; // 0 car, 1 taxi, 2 bus, 3 van
    };
    QList<Vehicle> vehiclesAt(qint64 ms) const;
    void drawVehicle(class QPainter &p, const Vehicle &v) const;
    QImage makeBackground() const;

    QString m_id;
    QString m_name;
    quint64 m_hash = 0;
    QImage m_background; // the static road, rendered once per camera
};

} // namespace wf::wall
