#include "PlateFeed.h"

namespace wf::sim {

namespace {

// Prefecture letters of Hubei plates, in the order of the seat table (places.json).
constexpr char16_t kPlateLetters[] = u"ABCEFGHKDJLSQMNRP";

} // namespace

QString PlateFeed::randomPlate()
{
    static const char16_t alnum[] = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString plate = QStringLiteral("鄂");
    plate += QChar(kPlateLetters[m_world.rng.between(0, 16)]);
    plate += u'·';
    for (int i = 0; i < 5; ++i)
        plate += QChar(alnum[m_world.rng.between(0, 33)]);
    return plate;
}

QString PlateFeed::nextAlertId()
{
    return QStringLiteral("HL%1").arg(m_nextAlert++, 5, 10, QChar(u'0'));
}

void PlateFeed::tick(std::vector<Event> &out)
{
    const auto &checkpoints = m_world.region.smartCheckpoints();
    if (checkpoints.empty())
        return;
    const auto c = m_world.conditions();
    const double night = c.hourOfDay >= 23 || c.hourOfDay < 6 ? 0.2 : 1.0;
    m_reads += double(checkpoints.size()) * 400.0 * night / 3600.0; // ~400 vehicles an hour each
    const auto randomCheckpoint = [&]() -> const FixedSite & {
        return m_world.map->sites()[std::size_t(
            checkpoints[std::size_t(m_world.rng.between(0, qint64(checkpoints.size()) - 1))])];
    };
    // Every passing vehicle is a read, an event like any other (the journal keeps them for playback).
    while (m_readsPosted < qint64(m_reads)) {
        ++m_readsPosted;
        out.push_back(m_world.make(PlateRead { randomCheckpoint().id, randomPlate(), false, {} }));
    }
    if (m_world.rng.chance(m_hotListPerHour / 3600.0)) {
        const auto &s = randomCheckpoint();
        ++m_hotListHits;
        static const char *why[] = { "stolen vehicle", "unpaid fines", "wanted driver", "fake plates" };
        const QString plate = randomPlate();
        const QString reason = QString::fromLatin1(why[m_world.rng.between(0, 3)]);
        out.push_back(m_world.make(PlateRead { s.id, plate, true, reason }));
        out.push_back(m_world.make(AlertRaised { nextAlertId(),
            QStringLiteral("Hot-list hit: %1 (%2) at %3").arg(plate, reason, s.name), Severity::Medium, s.pos,
            QStringLiteral("hot_list_hit"), { plate, reason, s.name } }));
    }
}

void PlateFeed::readSuspect(const Suspect &s, int node, std::vector<Event> &out)
{
    const auto *cps = m_world.region.checkpointsAt(node);
    if (!cps)
        return;
    const auto &sites = m_world.map->sites();
    for (int site : *cps) {
        const auto &cp = sites[std::size_t(site)];
        if (cp.kind != SiteKind::SmartCheckpoint)
            continue;
        Sighting sight { s.id, site, m_world.now, cp.pos, s.hotListedAtMs > 0 };
        out.push_back(m_world.make(
            PlateRead { cp.id, s.plate, sight.alerted, sight.alerted ? s.incidentId : QString() }));
        if (sight.alerted) {
            ++m_hotListHits;
            out.push_back(m_world.make(AlertRaised { nextAlertId(),
                QStringLiteral("Hot-list hit: %1 (%2, %3) at %4")
                    .arg(s.plate, s.vehicle, s.incidentId, cp.name),
                Severity::High, sight.pos, QStringLiteral("suspect_sighted"),
                { s.plate, s.vehicle, s.incidentId, cp.name } }));
        }
        m_sightings.push_back(sight);
    }
}

} // namespace wf::sim
