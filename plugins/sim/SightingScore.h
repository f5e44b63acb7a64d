#pragma once

#include "CameraView.h"
#include "Scenario.h"
#include "SimWorld.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace wf::sim {

// Judges what a trainee spots on the training cameras against what the cameras really saw.
// Once a world second it looks where each quarry is (the scenario's suspects, and the
// pickpockets at work at the scenario's open pickpocketing incidents, placed by the same rule
// the pictures use) and which cameras have it in view (maps::CameraView, the wall's own rule and
// range), and keeps each stretch of time a camera had a quarry in view: a chance. A mark
// (SightingMarked) is real when its camera had a quarry in view within kToleranceMs of the
// picture marked, and was not on something else the picture knows: a patrol car, a passer-by
// of the picture's own crowd, or the pickpocket of one of the world's everyday (background)
// incidents, who is not what the exercise is about; every other mark is false, with the reason
// in words. A chance no real mark was credited with is a missed chance, told in words in the
// debrief. Part of the Scorer, on its thread; not thread-safe.
class SightingScore
{
public:
    // The picture on the wall runs a tick behind the world and its actors are carried between
    // snapshots: a mark this close to a chance is the chance's.
    static constexpr qint64 kToleranceMs = 5000;
    // At most this many missed chances are told one by one; the rest are counted.
    static constexpr int kMaxMissedListed = 50;

    struct Chance
    {
        QString quarry; // a suspect's id, or a pickpocket's actor id
        QString cameraId;
        qint64 fromMs = 0;
        qint64 toMs = 0; // the last second it was in view
    };
    struct Judgement
    {
        bool real = false;
        QString quarry; // what it was credited with
        int chance = -1; // index into chances()
        QString why; // for a false mark: in words
    };

    SightingScore(const Scenario &scenario, const SimWorld &world);
    // Cameras, units, pickpocketing incidents and who reached them: from the world's events.
    void observe(const std::vector<Event> &events);
    // Looks at the world now (after a tick).
    void sample();
    void mark(const SightingMarked &mark, qint64 atMs);

    const std::vector<Chance> &chances() const { return m_chances; }
    Judgement judge(const SightingMarked &mark) const;
    // The chances real marks were credited with (indices into chances()).
    std::set<int> credited() const;
    QString cameraName(const QString &cameraId) const;
    // The "sightings" section of the report: real and false marks, missed chances in words.
    QJsonObject report() const;
    // A spot objective: the share of quarries (a suspect, or every pickpocket) spotted within
    // objective.minutes of first being in a camera's view; 0..1.
    double spotted(const Objective &objective, QJsonObject &out) const;

private:
    struct Camera
    {
        QString id;
        QString name;
        maps::CameraView view;
    };
    struct Pickpocketing
    {
        QString id;
        GeoPoint position;
        qint64 reportedMs = 0;
        bool ended = false; // officers on scene, or closed
    };
    struct Mark
    {
        SightingMarked mark;
        qint64 atMs = 0;
    };
    void see(const QString &quarry, GeoPoint at, qint64 now);
    QString quarryText(const QString &quarry, bool chinese) const;
    static quint64 cellKey(int row, int column);

    const Scenario &m_scenario;
    const SimWorld &m_world;
    std::vector<Camera> m_cameras;
    QHash<QString, int> m_cameraIndex;
    QHash<quint64, std::vector<int>> m_cells;
    QHash<QString, int> m_units; // ids of the world's units: a mark on one is not a sighting
    std::map<QString, Pickpocketing> m_pickpocketings; // the exercise's (not the everyday ones)
    QSet<QString> m_backgroundPickpockets; // actor ids of the world's everyday pickpocketings
    std::map<QString, QString> m_orderIncident;
    std::vector<Chance> m_chances;
    std::map<std::pair<QString, QString>, int> m_open; // (quarry, camera) -> its latest chance
    std::vector<Mark> m_marks;
};

} // namespace wf::sim
