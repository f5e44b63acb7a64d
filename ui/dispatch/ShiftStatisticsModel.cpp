#include "ShiftStatisticsModel.h"

#include "BoundaryCatalog.h"
#include "ResponseZoneModel.h"
#include "WorldState.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <array>

namespace wf {

namespace {

QVariantMap line(const ShiftStatistics::Summary &s)
{
    auto figure = [](std::optional<double> v) { return v ? *v : -1.0; };
    return { { QStringLiteral("key"), s.key }, { QStringLiteral("label"), s.label },
        { QStringLiteral("incidents"), s.incidents }, { QStringLiteral("reached"), s.reached },
        { QStringLiteral("targeted"), s.targeted }, { QStringLiteral("within"), s.withinTarget },
        { QStringLiteral("percent"), figure(s.withinPercent()) },
        { QStringLiteral("median"), figure(s.medianSeconds) },
        { QStringLiteral("p90"), figure(s.p90Seconds) }, { QStringLiteral("firstOnScene"), s.firstOnScene } };
}

QVariantList lines(const std::vector<ShiftStatistics::Summary> &all)
{
    QVariantList out;
    for (const auto &s : all)
        out.append(line(s));
    return out;
}

} // namespace

ShiftStatisticsModel::ShiftStatisticsModel(QObject *parent)
    : QObject(parent)
{
    // Incidents and orders change in bursts (a unit's answers, a scenario's start): one
    // computation a moment after the last change is enough for a panel read by people.
    m_later.setSingleShot(true);
    m_later.setInterval(300);
    connect(&m_later, &QTimer::timeout, this, &ShiftStatisticsModel::refresh);
}

ShiftStatisticsModel::~ShiftStatisticsModel() = default;

void ShiftStatisticsModel::setWorld(WorldState *world)
{
    if (world == m_world)
        return;
    m_world = world;
    rewire();
}

void ShiftStatisticsModel::setZones(ResponseZoneModel *zones)
{
    if (zones == m_zones)
        return;
    m_zones = zones;
    rewire();
}

void ShiftStatisticsModel::setBoundaryFolder(const QString &folder)
{
    if (folder == m_boundaryFolder)
        return;
    m_boundaryFolder = folder;
    m_boundaries.reset();
    m_boundariesTried = false;
    m_districtProblem.clear();
    rewire();
}

void ShiftStatisticsModel::setUtcOffsetMinutes(int minutes)
{
    if (minutes == m_utcOffsetMinutes)
        return;
    m_utcOffsetMinutes = minutes;
    emit inputsChanged();
}

void ShiftStatisticsModel::rewire()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_placeOf = {}; // its answers belong to the old zones and boundaries
    if (m_world) {
        const std::array<QAbstractItemModel *, 2> watched { m_world->incidents(), m_world->orders() };
        for (QAbstractItemModel *model : watched) {
            for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
                m_connections.append(connect(model, signal, this, &ShiftStatisticsModel::schedule));
            m_connections.append(
                connect(model, &QAbstractItemModel::dataChanged, this, &ShiftStatisticsModel::schedule));
            m_connections.append(
                connect(model, &QAbstractItemModel::modelReset, this, &ShiftStatisticsModel::schedule));
        }
    }
    emit inputsChanged();
    schedule();
}

void ShiftStatisticsModel::schedule()
{
    if (!m_later.isActive())
        m_later.start();
}

const maps::BoundaryCatalog *ShiftStatisticsModel::boundaries()
{
    // Read once, when first needed: the base map's boundaries take a moment to parse.
    if (!m_boundariesTried && !m_boundaryFolder.isEmpty()) {
        m_boundariesTried = true;
        auto catalog = std::make_unique<maps::BoundaryCatalog>();
        QString error;
        if (catalog->loadFolder(m_boundaryFolder, &error))
            m_boundaries = std::move(catalog);
        else
            m_districtProblem = tr("Districts not available: %1").arg(error);
    }
    return m_boundaries.get();
}

void ShiftStatisticsModel::refresh()
{
    m_later.stop();
    if (!m_world) {
        m_stats = {};
        emit changed();
        return;
    }
    if (!m_placeOf)
        m_placeOf = ShiftStatistics::placeLookup(m_zones ? m_zones->layer() : nullptr, boundaries());
    m_stats = ShiftStatistics::compute(*m_world, m_placeOf, m_world->scenario()->language() == u"zh");
    emit changed();
}

QVariantList ShiftStatisticsModel::classes() const
{
    return lines(m_stats.perClass());
}

QVariantList ShiftStatisticsModel::units() const
{
    return lines(m_stats.perUnit());
}

QVariantList ShiftStatisticsModel::districts() const
{
    return lines(m_stats.perDistrict());
}

QVariantMap ShiftStatisticsModel::overall() const
{
    return line(m_stats.overall());
}

QString ShiftStatisticsModel::exportCsv(const QString &pathOrUrl)
{
    const QString given = pathOrUrl.trimmed();
    const QUrl url(given);
    const QString path = url.isLocalFile() ? url.toLocalFile() : given;
    if (path.isEmpty())
        return tr("Choose a file to save the statistics in");
    if (!url.isLocalFile() && !url.scheme().isEmpty() && url.scheme().size() > 1)
        return tr("Statistics are saved to a file on this workstation, not to %1").arg(url.scheme());
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder: choose a file name").arg(path);
    // What the panel shows is what goes into the file: up to date as of this moment.
    refresh();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(m_stats.csv(m_utcOffsetMinutes * 60, m_world && m_world->scenario()->language() == u"zh"));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace wf
