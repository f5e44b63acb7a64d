#include "PlateTrail.h"

#include "CentreTime.h"
#include "WorldState.h"

#include <QGeoCoordinate>
#include <QVariantMap>
#include <algorithm>

namespace wf {

PlateTrail::PlateTrail(const WorldState *world, CordonEngine *engine, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_engine(engine)
{ }

QString PlateTrail::plateKey(const QString &plate)
{
    QString key;
    key.reserve(plate.size());
    for (const QChar c : plate) {
        if (c.isSpace() || c == u'·' || c == u'.' || c == u'-' || c == u'•')
            continue;
        key += c.toUpper();
    }
    return key;
}

void PlateTrail::observe(const Event &event)
{
    const auto *read = std::get_if<PlateRead>(&event.payload);
    if (!read || read->plate.isEmpty() || read->plate.size() > kMaxPlateLength || read->siteId.isEmpty())
        return;
    add({ read->plate, plateKey(read->plate), read->siteId, event.sourceTimeMs, read->hotListed });
}

void PlateTrail::add(const Read &read)
{
    m_reads.push_back(read);
    if (m_reads.size() > kMaxReads)
        m_reads.pop_front();

    if (read.hot) {
        const qsizetype was = m_hotPlates.indexOf(read.plate);
        if (was != 0) {
            if (was > 0)
                m_hotPlates.removeAt(was);
            m_hotPlates.prepend(read.plate);
            if (m_hotPlates.size() > kMaxHotPlates)
                m_hotPlates.removeLast();
            emit hotPlatesChanged();
        }
    }
    if (!m_key.isEmpty() && read.key == m_key) {
        // Readers report over different links: a read can arrive after a later one.
        const auto at = std::upper_bound(m_trail.begin(), m_trail.end(), read.timeMs,
            [](qint64 t, const Read &r) { return t < r.timeMs; });
        const bool newest = at == m_trail.end();
        m_trail.insert(at, read);
        recompute();
        if (newest)
            wantRing();
    }
}

void PlateTrail::setRingFollows(bool follows)
{
    if (follows == m_ringFollows)
        return;
    m_ringFollows = follows;
    emit ringFollowsChanged();
    wantRing();
}

void PlateTrail::wantRing()
{
    if (!m_ringFollows || m_trail.empty())
        return;
    if (const SiteReported *s = site(m_trail.back().siteId))
        emit ringWanted(s->position, m_trail.back().timeMs);
}

bool PlateTrail::follow(const QString &plate)
{
    const QString key = plateKey(plate);
    if (key.isEmpty() || key.size() > kMaxPlateLength) {
        m_status = tr("Type a plate of up to %1 characters").arg(kMaxPlateLength);
        emit changed();
        return false;
    }
    m_key = key;
    m_plate = plate.trimmed();
    m_trail.clear();
    for (const Read &r : m_reads) {
        if (r.key == key)
            m_trail.push_back(r);
    }
    std::stable_sort(
        m_trail.begin(), m_trail.end(), [](const Read &a, const Read &b) { return a.timeMs < b.timeMs; });
    if (!m_trail.empty())
        m_plate = m_trail.back().plate; // as the readers spell it
    recompute();
    wantRing();
    return !m_trail.empty();
}

void PlateTrail::stop()
{
    m_key.clear();
    m_plate.clear();
    m_trail.clear();
    m_ahead.clear();
    m_status.clear();
    emit changed();
}

QStringList PlateTrail::matching(const QString &text, int limit) const
{
    const QString key = plateKey(text);
    QStringList out;
    if (key.isEmpty() || limit <= 0)
        return out;
    QSet<QString> seen;
    for (auto it = m_reads.crbegin(); it != m_reads.crend() && out.size() < limit; ++it) {
        if (it->key.contains(key) && !seen.contains(it->key)) {
            seen.insert(it->key);
            out.append(it->plate);
        }
    }
    return out;
}

const SiteReported *PlateTrail::site(const QString &siteId) const
{
    return m_world->sites()->find(siteId);
}

void PlateTrail::recompute()
{
    m_ahead.clear();
    if (m_key.isEmpty()) {
        m_status.clear();
    } else if (m_trail.empty()) {
        m_status = tr("No read of %1 yet: its next read starts the trail").arg(m_plate);
    } else {
        const Read &last = m_trail.back();
        const SiteReported *s = site(last.siteId);
        if (!m_engine) {
            m_status = tr("%n read(s); no road graph to say where it can go next", "", int(m_trail.size()));
        } else if (!s) {
            m_status = tr("%n read(s); the last checkpoint (%1) is not on the map", "", int(m_trail.size()))
                           .arg(last.siteId);
        } else {
            // The earliest the vehicle can be at each checkpoint: the fastest car, not the
            // evading profile, since a checkpoint manned after it passed closes nothing.
            // Where it was read before is behind it, not ahead.
            QSet<QString> passed;
            for (const Read &r : m_trail)
                passed.insert(r.siteId);
            m_ahead = m_engine->checkpointsAhead(s->position, m_world->sites()->rows(),
                maps::RoadProfile::car(), maps::TravelConditions {}, kAheadSeconds, kAheadCount, passed);
            m_status = tr("%n read(s), last at %1 %2", "", int(m_trail.size()))
                           .arg(s->name, centreClockText(last.timeMs));
            if (m_ahead.empty())
                m_status += tr("; no checkpoint within 30 minutes by road");
        }
    }
    emit changed();
}

QVariantList PlateTrail::reads() const
{
    QVariantList out;
    for (const Read &r : m_trail) {
        const SiteReported *s = site(r.siteId);
        out.append(QVariantMap { { QStringLiteral("siteId"), r.siteId },
            { QStringLiteral("siteName"), s ? s->name : r.siteId },
            { QStringLiteral("latitude"), s ? s->position.lat : qQNaN() },
            { QStringLiteral("longitude"), s ? s->position.lon : qQNaN() },
            { QStringLiteral("time"), r.timeMs }, { QStringLiteral("timeText"), centreClockText(r.timeMs) },
            { QStringLiteral("hot"), r.hot } });
    }
    return out;
}

QVariantList PlateTrail::path() const
{
    QVariantList out;
    for (const Read &r : m_trail) {
        if (const SiteReported *s = site(r.siteId))
            out.append(QVariant::fromValue(QGeoCoordinate(s->position.lat, s->position.lon)));
    }
    return out;
}

QVariantList PlateTrail::ahead() const
{
    QVariantList out;
    const qint64 from = m_trail.empty() ? 0 : m_trail.back().timeMs;
    for (const CheckpointAhead &a : m_ahead) {
        const qint64 at = from + qint64(a.seconds * 1000);
        out.append(QVariantMap { { QStringLiteral("siteId"), a.siteId }, { QStringLiteral("name"), a.name },
            { QStringLiteral("latitude"), a.position.lat }, { QStringLiteral("longitude"), a.position.lon },
            { QStringLiteral("minutes"), a.seconds / 60 }, { QStringLiteral("time"), at },
            { QStringLiteral("timeText"), centreClockText(at) } });
    }
    return out;
}

} // namespace wf
