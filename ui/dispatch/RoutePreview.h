#pragma once

#include "RoadGraph.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>

namespace wf {

class WorldState;

namespace maps {
class RoadRouter;
}

// "How would this unit get there, and when": a unit's road route to a place the dispatcher
// clicks, with its length and ETA counted as the recommendations count them; and "how far can a
// car get from here": the 1, 3 and 5-minute drive-time areas around a point (lights and siren).
// What the map draws as a line or as nested areas until cleared.
//
// Computed on a thread of its own (the first route of a session prepares the routing hierarchy,
// which takes a moment on a province's roads); a newer request replaces an older one still
// running, whose answer is then dropped.
class RoutePreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The route preview is made by the application")
    Q_PROPERTY(Mode mode READ mode NOTIFY changed)
    Q_PROPERTY(QString unitId READ unitId NOTIFY changed)
    Q_PROPERTY(QVariantList path READ path NOTIFY changed)
    Q_PROPERTY(QVariantList areas READ areas NOTIFY changed)
    Q_PROPERTY(double meters READ meters NOTIFY changed)
    Q_PROPERTY(double seconds READ seconds NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    enum class Mode { None, Route, Areas };
    Q_ENUM(Mode)
    // The areas drawn, in seconds: the response targets of the three classes of zone.
    static constexpr double kAreaSeconds[3] = { 60, 180, 300 };

    RoutePreview(
        const WorldState *world, std::shared_ptr<const maps::RoadGraph> graph, QObject *parent = nullptr);
    ~RoutePreview() override;

    Mode mode() const { return m_mode; }
    QString unitId() const { return m_unitId; }
    // The line driven, as coordinates, from the unit to the place.
    QVariantList path() const { return m_path; }
    // {seconds, path} per area piece, the largest (5 minutes) first so smaller ones draw on top.
    QVariantList areas() const { return m_areas; }
    double meters() const { return m_meters; }
    double seconds() const { return m_seconds; }
    // "3.2 km · ETA 4 min 10 s" in the UI's language.
    QString summary() const { return m_summary; }
    // Why nothing is shown (no such unit, off the roads, no road between), in words.
    QString problem() const { return m_problem; }
    bool busy() const { return m_pending > 0; }

    // The unit's route from where it is now to the place.
    Q_INVOKABLE void routeUnit(const QString &unitId, double latitude, double longitude);
    // The drive-time areas around the place.
    Q_INVOKABLE void areasFrom(double latitude, double longitude);
    Q_INVOKABLE void clear();

    // Waits for the running computation (tests and scripts).
    void waitForDone();

signals:
    void changed();
    void busyChanged();

private:
    struct Answer
    {
        quint64 serial = 0;
        Mode mode = Mode::None;
        QString unitId;
        QVariantList path;
        QVariantList areas;
        double meters = 0;
        double seconds = 0;
        QString problem;
    };
    void run(std::function<Answer(maps::RoadRouter &)> work);
    void take(const Answer &a);
    void show(Mode mode, const QString &problem);

    const WorldState *m_world;
    std::shared_ptr<const maps::RoadGraph> m_graph;
    std::unique_ptr<maps::RoadRouter> m_router; // used on m_pool's one thread only
    QThreadPool m_pool;
    quint64 m_serial = 0;
    int m_pending = 0;
    Mode m_mode = Mode::None;
    QString m_unitId;
    QVariantList m_path;
    QVariantList m_areas;
    double m_meters = 0;
    double m_seconds = 0;
    QString m_summary;
    QString m_problem;
};

} // namespace wf
