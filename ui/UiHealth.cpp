#include "UiHealth.h"

#include "Percentile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace wf {

namespace {

// From here a stall is logged on its own: a click that waits a quarter of a second is noticed.
constexpr float kReportedStallMs = 250;

double percentile(std::vector<float> &v, double p)
{
    return nearestRank(v, p).value_or(0);
}

QJsonObject toJson(const UiHealth::Figures &f)
{
    const auto ms = [](double v) { return std::round(v * 100) / 100; };
    return { { QStringLiteral("frames"), f.frames }, { QStringLiteral("frame_p50_ms"), ms(f.frameP50Ms) },
        { QStringLiteral("frame_p95_ms"), ms(f.frameP95Ms) },
        { QStringLiteral("frame_max_ms"), ms(f.frameMaxMs) },
        { QStringLiteral("ui_stall_p99_ms"), ms(f.stallP99Ms) },
        { QStringLiteral("ui_stall_max_ms"), ms(f.stallMaxMs) } };
}

} // namespace

UiHealth::UiHealth(QQuickWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_clock.start();
    // Both on the render thread (the threaded render loop) or the GUI thread (the basic one):
    // direct connections, and only an atomic and a mutex between them and the GUI thread.
    connect(
        window, &QQuickWindow::beforeSynchronizing, this,
        [this] { m_syncStartNs.store(m_clock.nsecsElapsed(), std::memory_order_relaxed); },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            const qint64 start = m_syncStartNs.exchange(-1, std::memory_order_relaxed);
            if (start < 0)
                return;
            const float ms = float(double(m_clock.nsecsElapsed() - start) / 1e6);
            QMutexLocker lock(&m_mutex);
            m_frames.add(ms);
            if (warm())
                m_steadyFrames.add(ms);
            m_current.frameMs.push_back(ms);
        },
        Qt::DirectConnection);

    m_probe.setTimerType(Qt::PreciseTimer);
    m_probe.setInterval(kProbeMs);
    connect(&m_probe, &QTimer::timeout, this, &UiHealth::probe);
    m_lastProbeNs = m_minuteStartNs = m_clock.nsecsElapsed();
    m_probe.start();
    m_writer.setInterval(1000);
    connect(&m_writer, &QTimer::timeout, this, [this] { write(); });
    m_writer.start();
}

void UiHealth::probe()
{
    const qint64 now = m_clock.nsecsElapsed();
    const float late = float(std::max(0.0, double(now - m_lastProbeNs) / 1e6 - kProbeMs));
    m_lastProbeNs = now;
    // A stall a person notices is worth a line in the log on its own, with the monotonic time it
    // ended (what perf and the system journal stamp their records with), so it can be matched to
    // what the process was doing then.
    if (late >= kReportedStallMs) {
        timespec ts {};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        qWarning("UI stall: the GUI thread ran %.0f ms late (ended at monotonic %lld.%03ld s)", double(late),
            static_cast<long long>(ts.tv_sec), ts.tv_nsec / 1'000'000);
    }
    QMutexLocker lock(&m_mutex);
    m_stalls.add(late);
    if (warm())
        m_steadyStalls.add(late);
    m_current.stallMs.push_back(late);
    if (now - m_minuteStartNs >= 60'000'000'000LL) {
        m_minutes.push_back(figuresOf(std::move(m_current.frameMs), std::move(m_current.stallMs)));
        m_current = {};
        m_minuteStartNs = now;
        if (m_minutes.size() > 24 * 60)
            m_minutes.erase(m_minutes.begin());
    }
}

UiHealth::Figures UiHealth::figuresOf(std::vector<float> frames, std::vector<float> stalls)
{
    Figures f;
    f.frames = qint64(frames.size());
    if (!frames.empty()) {
        f.frameMaxMs = *std::max_element(frames.begin(), frames.end());
        f.frameP50Ms = percentile(frames, 0.50);
        f.frameP95Ms = percentile(frames, 0.95);
    }
    if (!stalls.empty()) {
        f.stallMaxMs = *std::max_element(stalls.begin(), stalls.end());
        f.stallP99Ms = percentile(stalls, 0.99);
    }
    return f;
}

void UiHealth::Histogram::add(float ms)
{
    counts[std::min<std::size_t>(counts.size() - 1, std::size_t(std::max(0.0f, ms) * 10.0f))] += 1;
    ++total;
    max = std::max(max, double(ms));
}

double UiHealth::Histogram::percentile(double p) const
{
    if (total == 0)
        return 0;
    const auto rank = qint64(nearestRankIndex(std::size_t(total), p));
    qint64 seen = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        seen += counts[i];
        if (seen > rank)
            return std::min(max, (double(i) + 0.5) / 10.0);
    }
    return max;
}

UiHealth::Figures UiHealth::figuresOf(const Histogram &frames, const Histogram &stalls)
{
    Figures f;
    f.frames = frames.total;
    f.frameP50Ms = frames.percentile(0.50);
    f.frameP95Ms = frames.percentile(0.95);
    f.frameMaxMs = frames.max;
    f.stallP99Ms = stalls.percentile(0.99);
    f.stallMaxMs = stalls.max;
    return f;
}

UiHealth::Figures UiHealth::sinceStart() const
{
    QMutexLocker lock(&m_mutex);
    return figuresOf(m_frames, m_stalls);
}

UiHealth::Figures UiHealth::afterWarmUp() const
{
    QMutexLocker lock(&m_mutex);
    return figuresOf(m_steadyFrames, m_steadyStalls);
}

bool UiHealth::write()
{
    QJsonArray minutes;
    const Figures total = sinceStart();
    const Figures steady = afterWarmUp();
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &m : m_minutes)
            minutes.append(toJson(m));
    }
    QJsonObject doc = toJson(total);
    doc.insert(QStringLiteral("time_ms"), QDateTime::currentMSecsSinceEpoch());
    doc.insert(QStringLiteral("uptime_s"), double(m_clock.elapsed()) / 1000.0);
    doc.insert(QStringLiteral("after_warm_up"), toJson(steady));
    doc.insert(QStringLiteral("warm_up_s"), kWarmUpS);
    doc.insert(QStringLiteral("minutes"), minutes);
    QSaveFile f(m_path);
    const bool ok = f.open(QIODevice::WriteOnly)
        && f.write(QJsonDocument(doc).toJson(QJsonDocument::Compact)) > 0 && f.commit();
    if (!ok && !m_warned) {
        // Said once: a monitoring file that cannot be written must not flood the log every second.
        std::fprintf(stderr, "watchfloor: cannot write the UI health file %s: %s\n", qPrintable(m_path),
            qPrintable(f.errorString()));
        m_warned = true;
    }
    return ok;
}

} // namespace wf
