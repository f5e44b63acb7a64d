#include "PlaybackController.h"

#include "WorldState.h"

#include <algorithm>
#include <cmath>

namespace wf {

namespace {

std::optional<PlaybackController::MarkerKind> markerKindOf(EventKind kind)
{
    using M = PlaybackController::MarkerKind;
    switch (kind) {
    case EventKind::AlertRaised:
    case EventKind::AlertAcknowledged:
        return M::Alert;
    case EventKind::IncidentReported:
    case EventKind::IncidentClosed:
        return M::Incident;
    case EventKind::OrderIssued:
    case EventKind::OrderStateChanged:
        return M::Order;
    case EventKind::UnitStatusChanged:
        return M::Status;
    case EventKind::CordonSet:
    case EventKind::CordonCleared:
    case EventKind::CordonActivated:
    case EventKind::CordonClosed:
        return M::Cordon;
    default:
        return std::nullopt;
    }
}

} // namespace

PlaybackController::PlaybackController(WorldState *world, QObject *parent)
    : QObject(parent)
    , m_playback(world)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
}

bool PlaybackController::open(const QString &path, QString *error)
{
    if (!m_playback.open(path, error))
        return false;
    m_path = path;
    m_mode = m_playback.reader().mode();
    m_eventCount = m_playback.reader().count();
    const QList<EventKind> kinds { EventKind::AlertRaised, EventKind::AlertAcknowledged,
        EventKind::IncidentReported, EventKind::IncidentClosed, EventKind::OrderIssued,
        EventKind::OrderStateChanged, EventKind::UnitStatusChanged, EventKind::CordonSet,
        EventKind::CordonCleared, EventKind::CordonActivated, EventKind::CordonClosed };
    for (const auto &m : m_playback.reader().markers(kinds)) {
        if (const auto kind = markerKindOf(m.kind))
            m_markers.push_back({ m.timeMs, *kind });
    }
    // Receive times follow seq; sorted anyway so that stepping is a binary search.
    std::stable_sort(m_markers.begin(), m_markers.end(),
        [](const Marker &a, const Marker &b) { return a.timeMs < b.timeMs; });
    m_playback.seek(m_playback.startMs());
    // A review file that is not this recording's costs the bookmarks, not the playback: the
    // bookmark list says why.
    m_bookmarks.open(path, m_playback.reader().firstSeq(), startMs(), startMs(), endMs());
    m_evidence.setJournal(path);
    emit positionChanged();
    return true;
}

void PlaybackController::setOperator(const QString &operatorId, const QString &role)
{
    m_bookmarks.setOperator(operatorId, role);
    m_evidence.setOperator(operatorId);
}

void PlaybackController::setSpeed(double speed)
{
    if (!std::isfinite(speed))
        return;
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged();
}

void PlaybackController::seek(qint64 timeMs)
{
    if (!m_playback.isOpen())
        return;
    m_playback.seek(std::clamp(timeMs, startMs(), endMs()));
    emit positionChanged();
}

void PlaybackController::play()
{
    if (!m_playback.isOpen() || m_timer.isActive())
        return;
    if (positionMs() >= endMs())
        seek(startMs());
    m_timer.start();
    emit playingChanged();
}

void PlaybackController::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit playingChanged();
}

void PlaybackController::togglePlay()
{
    playing() ? pause() : play();
}

bool PlaybackController::stepNext()
{
    const qint64 now = positionMs();
    const auto it = std::upper_bound(
        m_markers.begin(), m_markers.end(), now, [](qint64 t, const Marker &m) { return t < m.timeMs; });
    if (it == m_markers.end())
        return false;
    seek(it->timeMs);
    return true;
}

bool PlaybackController::stepPrevious()
{
    const qint64 now = positionMs();
    const auto it = std::lower_bound(
        m_markers.begin(), m_markers.end(), now, [](const Marker &m, qint64 t) { return m.timeMs < t; });
    if (it == m_markers.begin())
        return false;
    seek(std::prev(it)->timeMs);
    return true;
}

void PlaybackController::faster()
{
    setSpeed(m_speed * 2);
}

void PlaybackController::slower()
{
    setSpeed(m_speed / 2);
}

QVariantList PlaybackController::markerBins(int bins) const
{
    QVariantList out;
    const qint64 span = endMs() - startMs();
    if (bins <= 0 || span <= 0)
        return out;
    bins = std::min(bins, 4000);
    std::vector<quint8> seen(size_t(bins), 0);
    for (const auto &m : m_markers) {
        const int bin = int(std::min<qint64>(bins - 1, (m.timeMs - startMs()) * bins / span));
        const quint8 bit = quint8(1u << int(m.kind));
        if (bin < 0 || (seen[size_t(bin)] & bit))
            continue;
        seen[size_t(bin)] |= bit;
        out.append(QVariantMap { { QStringLiteral("bin"), bin }, { QStringLiteral("kind"), int(m.kind) } });
    }
    return out;
}

void PlaybackController::tick()
{
    const qint64 next = positionMs() + qint64(std::llround(kTickMs * m_speed));
    seek(next);
    if (next >= endMs())
        pause();
}

} // namespace wf
