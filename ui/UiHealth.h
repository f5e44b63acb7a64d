#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <vector>

class QQuickWindow;

namespace wf {

// How responsive the workstation is, as a person at it would feel it, written to a JSON file once
// a second (--ui-health FILE, for benchmarks, soak runs and a site's monitoring):
// - frame_ms: how long each frame of the main window took, from the scene's synchronisation to
//   the swap (the time the picture is late by when something changes);
// - ui_stall_ms: how late the GUI thread's event loop ran a 50 ms timer: a click or a key waits
//   at least that long.
// Figures since the start, after the warm-up (the first 30 s, when the map, the camera register
// and the wall load: a start's stalls are not a shift's), and per minute (the last 24 hours), so
// that a long run shows a climb.
class UiHealth : public QObject
{
    Q_OBJECT
public:
    UiHealth(QQuickWindow *window, const QString &path, QObject *parent = nullptr);

    struct Figures
    {
        qint64 frames = 0;
        double frameP50Ms = 0;
        double frameP95Ms = 0;
        double frameMaxMs = 0;
        double stallMaxMs = 0;
        double stallP99Ms = 0;
    };
    Figures sinceStart() const;
    Figures afterWarmUp() const; // all zero until the warm-up is over
    static constexpr int kWarmUpS = 30;
    // Writes the file now (also done every second); false when it cannot be written.
    bool write();

private:
    struct Minute
    {
        std::vector<float> frameMs;
        std::vector<float> stallMs;
    };
    // Whole-run distributions in 0.1 ms steps up to 2 s (beyond: the last step; the maximum is
    // kept exactly), so that a day's run costs the same to summarise as a minute's.
    struct Histogram
    {
        std::vector<qint64> counts = std::vector<qint64>(20001, 0);
        qint64 total = 0;
        double max = 0;
        void add(float ms);
        double percentile(double p) const;
    };
    static Figures figuresOf(std::vector<float> frames, std::vector<float> stalls);
    void probe();

    QString m_path;
    QElapsedTimer m_clock;
    QTimer m_probe;
    QTimer m_writer;
    qint64 m_lastProbeNs = 0;
    std::atomic<qint64> m_syncStartNs { -1 };
    mutable QMutex m_mutex; // frame times arrive from the render thread
    static Figures figuresOf(const Histogram &frames, const Histogram &stalls);
    Histogram m_frames; // since start
    Histogram m_stalls;
    Histogram m_steadyFrames; // after the warm-up
    Histogram m_steadyStalls;
    bool warm() const { return m_clock.elapsed() >= kWarmUpS * 1000; }
    std::vector<Figures> m_minutes; // each minute summarised once, when it ends
    Minute m_current;
    qint64 m_minuteStartNs = 0;
    bool m_warned = false;
    static constexpr int kProbeMs = 50;
};

} // namespace wf
