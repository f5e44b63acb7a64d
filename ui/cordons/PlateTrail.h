#pragma once

#include "CordonEngine.h"
#include "Event.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQmlIntegration>
#include <deque>

namespace wf {

class WorldState;

// A plate followed across the smart checkpoints: its reads in time order (the trail), and the
// checkpoints it can reach next from the newest read and how soon (the suspect's road profile).
// Any plate can be followed, not only a hot-listed one: the reads of the last hours are kept
// (bounded), so a plate a witness gives late still has its trail. Hot-listed plates are offered
// first. Each new read of the followed plate asks for the drive-time ring to move there
// (ringWanted), when the dispatcher wants the ring to follow.
//
// It is fed the events as they arrive (live and training); a playback applies the recording to
// the world directly and does not pass here.
class PlateTrail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The plate trail belongs to the cordon desk")
    Q_PROPERTY(QStringList hotPlates READ hotPlates NOTIFY hotPlatesChanged)
    Q_PROPERTY(QString plate READ plate NOTIFY changed)
    Q_PROPERTY(QVariantList reads READ reads NOTIFY changed)
    Q_PROPERTY(QVariantList path READ path NOTIFY changed)
    Q_PROPERTY(QVariantList ahead READ ahead NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool ringFollows READ ringFollows WRITE setRingFollows NOTIFY ringFollowsChanged)
public:
    static constexpr std::size_t kMaxReads = 200'000; // about 8 hours of a city's smart checkpoints
    static constexpr int kMaxHotPlates = 50;
    static constexpr int kAheadCount = 8;
    static constexpr double kAheadSeconds = 30 * 60;
    static constexpr int kMaxPlateLength = 16;

    PlateTrail(const WorldState *world, CordonEngine *engine, QObject *parent = nullptr);

    // Every event that arrives goes past here; plate reads are kept.
    void observe(const Event &event);

    QStringList hotPlates() const { return m_hotPlates; }
    QString plate() const { return m_plate; }
    QVariantList reads() const;
    QVariantList path() const;
    QVariantList ahead() const;
    QString status() const { return m_status; }
    bool ringFollows() const { return m_ringFollows; }
    void setRingFollows(bool follows);

    // Follows a plate ("鄂A·12345", "鄂a12345" and "鄂A 12345" are the same plate); false when it
    // has no read kept, with `status` saying so (the plate is followed anyway: its next read
    // starts the trail).
    Q_INVOKABLE bool follow(const QString &plate);
    Q_INVOKABLE void stop();
    // Plates read that contain the text (a witness's partial plate), most recently read first.
    Q_INVOKABLE QStringList matching(const QString &text, int limit = 10) const;

    // The plate's reads, oldest first (for tests and the command line).
    struct Read
    {
        QString plate;
        QString key;
        QString siteId;
        qint64 timeMs = 0;
        bool hot = false;
    };
    std::vector<Read> trail() const { return m_trail; }
    const std::vector<CheckpointAhead> &checkpointsAhead() const { return m_ahead; }

    // The plate as compared: upper case, without the separator dot, spaces or dashes.
    static QString plateKey(const QString &plate);

signals:
    void changed();
    void hotPlatesChanged();
    void ringFollowsChanged();
    // The followed plate was read at a place: the drive-time ring should start there.
    void ringWanted(wf::GeoPoint from, qint64 readMs);

private:
    void add(const Read &read);
    void recompute();
    void wantRing();
    const SiteReported *site(const QString &siteId) const;

    const WorldState *m_world;
    CordonEngine *m_engine;
    std::deque<Read> m_reads;
    QStringList m_hotPlates;
    QString m_plate;
    QString m_key;
    std::vector<Read> m_trail;
    std::vector<CheckpointAhead> m_ahead;
    QString m_status;
    bool m_ringFollows = false;
};

} // namespace wf
