#include "WallModel.h"

#include "CameraFinder.h"
#include "CameraRegister.h"
#include "SyntheticFeed.h"
#include "WallHealth.h"
#include "WallPlayer.h"
#include "WorldModels.h"

#include <QQuickWindow>
#include <QRegularExpression>

namespace wf::wall {

namespace {
constexpr int kMaxSlots = 36;
} // namespace

QList<WallModel::Cell> WallModel::cellsOf(const QString &layout, int *gridSize)
{
    QList<Cell> cells;
    int n = 0;
    static const QRegularExpression square(QStringLiteral("^([1-6])x\\1$"));
    if (layout == u"1") {
        n = 1;
        cells = { { 0, 0, 1, 1 } };
    } else if (const auto m = square.match(layout); m.hasMatch()) {
        n = m.captured(1).toInt();
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < n; ++c)
                cells.append({ r, c, 1, 1 });
        }
    } else if (layout == u"1+5") { // one large tile of 2x2 in a 3x3 grid
        n = 3;
        cells = { { 0, 0, 2, 2 }, { 0, 2, 1, 1 }, { 1, 2, 1, 1 }, { 2, 0, 1, 1 }, { 2, 1, 1, 1 },
            { 2, 2, 1, 1 } };
    } else if (layout == u"1+7") { // one large tile of 3x3 in a 4x4 grid
        n = 4;
        cells = { { 0, 0, 3, 3 } };
        for (int r = 0; r < 3; ++r)
            cells.append({ r, 3, 1, 1 });
        for (int c = 0; c < 4; ++c)
            cells.append({ 3, c, 1, 1 });
    }
    if (gridSize)
        *gridSize = n;
    return cells;
}

WallModel::WallModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_alarms([this] { return count(); })
    , m_tour([this] { return m_alarms.freeTiles(); })
{
    m_slots.resize(kMaxSlots);
    connect(&m_tour, &WallTour::show, this,
        [this](int tile, const QString &cameraId) { setSlotCamera(tile, cameraId); });
    connect(&m_tour, &WallTour::changed, this, &WallModel::tourChanged);
    connect(&m_alarms, &WallAlarms::popped, this, &WallModel::showAlarmCameras);
    connect(&m_alarms, &WallAlarms::reservedChanged, this, &WallModel::markReservedTiles);
    connect(&m_alarms, &WallAlarms::changed, this, [this] {
        if (m_alarms.up())
            setMaximisedSlot(-1); // the alarm must be seen, not hidden behind a maximised tile
        emit alarmChanged();
    });
    m_healthTimer.setInterval(500);
    connect(&m_healthTimer, &QTimer::timeout, this, &WallModel::writeHealth);
    m_presentTimer.setInterval(kPresentIntervalMs);
    m_presentTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_presentTimer, &QTimer::timeout, this, [this] {
        for (auto *player : std::as_const(m_players))
            player->present();
    });
    setLayout(QStringLiteral("2x2"));
}

WallModel::~WallModel() = default;

int WallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant WallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int i = index.row();
    const Cell &cell = m_cells[i];
    const Slot &slot = m_slots[i];
    const CameraReported *camera = cameraFor(slot.cameraId);
    switch (role) {
    case SlotRole:
        return i;
    case CameraIdRole:
        return slot.cameraId;
    case Qt::DisplayRole:
    case NameRole:
        return camera ? camera->name : slot.cameraId;
    case MainUrlRole:
        return camera ? sourceFor(*camera, camera->mainUrl) : QString();
    case SubUrlRole:
        return camera && !m_playback ? camera->subUrl : QString();
    case RowRole:
        return cell.row;
    case ColumnRole:
        return cell.column;
    case RowSpanRole:
        return cell.rowSpan;
    case ColumnSpanRole:
        return cell.columnSpan;
    case HighlightedRole:
        return slot.highlighted;
    case ReservedRole:
        return m_alarms.reserved(i);
    }
    return {};
}

QString WallModel::sourceFor(const CameraReported &camera, const QString &stream) const
{
    if (!m_playback || !SyntheticFeed::cameraIdFromUrl(stream).isEmpty())
        return stream;
    return m_recordings.value(camera.cameraId).toString();
}

void WallModel::setPlayback(bool playback)
{
    if (playback == m_playback)
        return;
    m_playback = playback;
    emit playbackChanged();
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), { MainUrlRole, SubUrlRole });
}

void WallModel::setRecordings(const QVariantMap &recordings)
{
    if (recordings == m_recordings)
        return;
    m_recordings = recordings;
    emit playbackChanged();
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), { MainUrlRole, SubUrlRole });
}

QHash<int, QByteArray> WallModel::roleNames() const
{
    return { { SlotRole, "slot" }, { CameraIdRole, "cameraId" }, { NameRole, "name" },
        { MainUrlRole, "mainUrl" }, { SubUrlRole, "subUrl" }, { RowRole, "row" }, { ColumnRole, "column" },
        { RowSpanRole, "rowSpan" }, { ColumnSpanRole, "columnSpan" }, { HighlightedRole, "highlighted" },
        { ReservedRole, "reserved" } };
}

void WallModel::setCameras(CameraModel *cameras)
{
    if (cameras == m_cameras)
        return;
    if (m_cameras)
        m_cameras->disconnect(this);
    m_cameras = cameras;
    if (m_cameras) {
        connect(m_cameras, &QAbstractItemModel::rowsInserted, this, &WallModel::autoFill);
        connect(m_cameras, &QAbstractItemModel::modelReset, this, &WallModel::autoFill);
        // A camera's URL or name may change: refresh the tiles (cheap, and rare).
        connect(m_cameras, &QAbstractItemModel::dataChanged, this, [this] {
            if (count() > 0)
                emit dataChanged(index(0), index(count() - 1), { NameRole, MainUrlRole, SubUrlRole });
        });
        connect(m_cameras, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (count() > 0)
                emit dataChanged(index(0), index(count() - 1), { NameRole, MainUrlRole, SubUrlRole });
        });
    }
    autoFill();
    emit camerasChanged();
}

void WallModel::setCameraRegister(CameraRegister *cameraRegister)
{
    if (cameraRegister == m_register)
        return;
    if (m_register)
        m_register->disconnect(this);
    m_register = cameraRegister;
    m_registerCameras.clear();
    if (m_register) {
        // The generated register opens a while after the start: tiles naming its cameras get
        // their streams then.
        connect(m_register, &CameraRegister::stateChanged, this, [this] {
            m_registerCameras.clear();
            if (count() > 0)
                emit dataChanged(index(0), index(count() - 1), { NameRole, MainUrlRole, SubUrlRole });
        });
    }
    emit camerasChanged();
}

const CameraReported *WallModel::cameraFor(const QString &cameraId) const
{
    if (cameraId.isEmpty())
        return nullptr;
    if (m_cameras) {
        if (const auto *c = m_cameras->find(cameraId))
            return c;
    }
    if (!m_register)
        return nullptr;
    if (const auto it = m_registerCameras.constFind(cameraId); it != m_registerCameras.cend())
        return &*it;
    const auto found = m_register->find(cameraId);
    if (!found)
        return nullptr;
    // Only what is on the wall (or was asked for) is kept: a few dozen cameras.
    if (m_registerCameras.size() > 1000)
        m_registerCameras.clear();
    return &*m_registerCameras.insert(cameraId, *found);
}

std::optional<CameraReported> WallModel::camera(const QString &cameraId) const
{
    const CameraReported *c = cameraFor(cameraId);
    return c ? std::optional<CameraReported>(*c) : std::nullopt;
}

QList<NearbyCamera> WallModel::nearest(double latitude, double longitude, int maxCount) const
{
    QList<CameraReported> candidates;
    if (m_cameras)
        candidates = m_cameras->rows();
    if (m_register && m_register->ready()) {
        // The register holds millions: ask it for a box that grows until it holds enough. A
        // camera that sees the place is within kViewRangeM, so the first box holds all of those.
        constexpr int kLimit = 5000;
        for (double r = kViewRangeM;; r = std::min(r * 4, CameraRegister::kMaxNearMeters)) {
            const auto found = m_register->near(latitude, longitude, r, kLimit);
            if (found.size() >= maxCount || r >= CameraRegister::kMaxNearMeters) {
                candidates += found;
                break;
            }
        }
    }
    return wall::camerasNear(candidates, latitude, longitude, maxCount);
}

void WallModel::setScene(SceneSource *scene)
{
    if (scene == m_scene)
        return;
    m_scene = scene;
    emit sceneChanged();
}

void WallModel::setAlerts(AlertModel *alerts)
{
    if (alerts == m_alarms.alerts())
        return;
    m_alarms.setAlerts(alerts);
    emit alertsChanged();
}

void WallModel::setLayout(const QString &layout)
{
    int n = 0;
    const auto cells = cellsOf(layout, &n);
    if (cells.isEmpty() || layout == m_layout)
        return;
    beginResetModel();
    m_layout = layout;
    m_cells = cells;
    m_gridSize = n;
    endResetModel();
    if (m_current >= count())
        setCurrentSlot(0);
    setMaximisedSlot(-1);
    autoFill();
    emit layoutChanged();
}

void WallModel::setLayoutsPath(const QString &path)
{
    if (path == m_store.path())
        return;
    m_store = WallLayoutStore(path);
    if (!m_store.load())
        qWarning("wall layouts: %s", qPrintable(m_store.error()));
    emit savedLayoutsChanged();
}

bool WallModel::saveLayoutAs(const QString &name)
{
    WallLayoutStore::Saved saved { name, m_layout, {} };
    for (int i = 0; i < count(); ++i)
        saved.cameras.append(m_slots.value(i).cameraId);
    const bool ok = m_store.save(saved);
    emit savedLayoutsChanged();
    return ok;
}

bool WallModel::applySavedLayout(const QString &name)
{
    const auto *saved = m_store.find(name);
    if (!saved || cellsOf(saved->layout).isEmpty())
        return false;
    stopTour();
    const QStringList cameras = saved->cameras; // setLayout's auto-fill must not see a stale list
    setLayout(saved->layout);
    for (int i = 0; i < count(); ++i) {
        const QString id = cameras.value(i);
        if (!cameraFor(id))
            clearSlot(i); // a camera since removed leaves its tile empty, not filled by chance
        else
            setSlotCamera(i, id);
    }
    return true;
}

bool WallModel::removeSavedLayout(const QString &name)
{
    const bool ok = m_store.remove(name);
    emit savedLayoutsChanged();
    return ok;
}

QStringList WallModel::layouts() const
{
    return { QStringLiteral("1"), QStringLiteral("2x2"), QStringLiteral("3x3"), QStringLiteral("4x4"),
        QStringLiteral("5x5"), QStringLiteral("6x6"), QStringLiteral("1+5"), QStringLiteral("1+7") };
}

void WallModel::setCurrentSlot(int slot)
{
    slot = std::clamp(slot, 0, std::max(0, count() - 1));
    if (slot == m_current)
        return;
    m_current = slot;
    emit currentSlotChanged();
}

void WallModel::setMaximisedSlot(int slot)
{
    if (slot < -1 || slot >= count())
        slot = -1;
    if (slot == m_maximised)
        return;
    m_maximised = slot;
    emit maximisedSlotChanged();
}

void WallModel::setLostTimeoutMs(int ms)
{
    if (ms == m_lostTimeoutMs)
        return;
    m_lostTimeoutMs = ms;
    emit lostTimeoutMsChanged();
}

void WallModel::setHealthPath(const QString &path)
{
    if (path == m_healthPath)
        return;
    m_healthPath = path;
    if (m_healthPath.isEmpty())
        m_healthTimer.stop();
    else
        m_healthTimer.start();
    emit healthPathChanged();
}

void WallModel::setMeasureLatency(bool on)
{
    if (on == m_measureLatency)
        return;
    m_measureLatency = on;
    emit measureLatencyChanged();
}

void WallModel::setSnapshotFolder(const QString &folder)
{
    if (folder == m_snapshotFolder)
        return;
    m_snapshotFolder = folder;
    emit snapshotFolderChanged();
}

void WallModel::setSlotCamera(int slot, const QString &cameraId, bool highlighted)
{
    if (slot < 0 || slot >= kMaxSlots)
        return;
    Slot &s = m_slots[slot];
    if (s.cameraId == cameraId && s.highlighted == highlighted)
        return;
    s.cameraId = cameraId;
    s.highlighted = highlighted;
    s.cleared = cameraId.isEmpty();
    if (slot < count())
        emit dataChanged(index(slot), index(slot));
}

void WallModel::assign(int slot, const QString &cameraId)
{
    if (slot < 0 || slot >= count() || !cameraFor(cameraId))
        return;
    for (int i = 0; i < count(); ++i) {
        if (i != slot && m_slots[i].cameraId == cameraId) {
            // Moving a camera swaps the two tiles, so nothing drops off the wall by accident.
            setSlotCamera(i, m_slots[slot].cameraId);
        }
    }
    setSlotCamera(slot, cameraId);
}

void WallModel::clearSlot(int slot)
{
    if (slot < 0 || slot >= count())
        return;
    setSlotCamera(slot, QString());
}

QString WallModel::cameraAt(int slot) const
{
    return slot >= 0 && slot < count() ? m_slots[slot].cameraId : QString();
}

void WallModel::autoFill()
{
    // Tiles nobody chose anything for show the cameras not yet on the wall, in the world's order.
    if (!m_cameras)
        return;
    QSet<QString> onWall;
    for (int i = 0; i < count(); ++i)
        onWall.insert(m_slots[i].cameraId);
    qsizetype next = 0;
    const auto &rows = m_cameras->rows();
    for (int i = 0; i < count(); ++i) {
        if (!m_slots[i].cameraId.isEmpty() || m_slots[i].cleared)
            continue;
        while (next < rows.size() && onWall.contains(rows[next].cameraId))
            ++next;
        if (next >= rows.size())
            break;
        onWall.insert(rows[next].cameraId);
        setSlotCamera(i, rows[next++].cameraId);
    }
}

QVariantList WallModel::camerasNear(double latitude, double longitude, int maxCount) const
{
    QVariantList out;
    for (const auto &n : nearest(latitude, longitude, maxCount)) {
        out.append(QVariantMap { { QStringLiteral("cameraId"), n.cameraId },
            { QStringLiteral("distanceM"), n.distanceM }, { QStringLiteral("inView"), n.inView } });
    }
    return out;
}

QVariantList WallModel::findCameras(const QString &text, int limit) const
{
    QVariantList out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    if (m_cameras) {
        for (const auto &c : m_cameras->rows()) {
            if (out.size() >= limit)
                return out;
            if (c.cameraId.contains(t, Qt::CaseInsensitive) || c.name.contains(t, Qt::CaseInsensitive))
                out.append(QVariantMap {
                    { QStringLiteral("cameraId"), c.cameraId }, { QStringLiteral("name"), c.name } });
        }
    }
    if (m_register && out.size() < limit)
        out += m_register->search(t, limit - int(out.size()));
    return out;
}

int WallModel::showNear(double latitude, double longitude)
{
    stopTour();
    const auto near = nearest(latitude, longitude, m_alarms.freeTiles());
    for (int i = 0; i < near.size(); ++i)
        setSlotCamera(i, near[i].cameraId);
    setCurrentSlot(0);
    return int(near.size());
}

int WallModel::reservedCount() const
{
    return m_alarms.reservedCount();
}

void WallModel::popAlarm(const QString &alertId, const QString &text, double latitude, double longitude)
{
    m_alarms.pop(alertId, text, latitude, longitude);
}

void WallModel::dismissAlarm()
{
    m_alarms.dismiss();
}

void WallModel::showAlarmCameras(double latitude, double longitude)
{
    const int first = m_alarms.firstReserved();
    const int reserved = m_alarms.reservedCount();
    const auto near = nearest(latitude, longitude, reserved);
    for (int i = 0; i < reserved; ++i)
        setSlotCamera(first + i, i < near.size() ? near[i].cameraId : QString(), i < near.size());
}

void WallModel::markReservedTiles()
{
    if (!m_alarms.up()) {
        // The alarm's cameras stay on their tiles when it goes, no longer marked as its own.
        for (int i = 0; i < count(); ++i) {
            if (m_slots[i].highlighted)
                setSlotCamera(i, m_slots[i].cameraId, false);
        }
    }
    emit dataChanged(index(0), index(count() - 1), { ReservedRole });
}

void WallModel::moveCurrent(int dColumn, int dRow)
{
    if (count() == 0)
        return;
    // Moves to the tile whose cell contains the neighbouring grid position, so that arrows
    // work the same over large and small tiles.
    const Cell &c = m_cells[m_current];
    int row = dRow > 0 ? c.row + c.rowSpan : (dRow < 0 ? c.row - 1 : c.row);
    int col = dColumn > 0 ? c.column + c.columnSpan : (dColumn < 0 ? c.column - 1 : c.column);
    row = (row + m_gridSize) % m_gridSize;
    col = (col + m_gridSize) % m_gridSize;
    for (int i = 0; i < count(); ++i) {
        const Cell &o = m_cells[i];
        if (row >= o.row && row < o.row + o.rowSpan && col >= o.column && col < o.column + o.columnSpan) {
            setCurrentSlot(i);
            if (m_maximised >= 0)
                setMaximisedSlot(i);
            return;
        }
    }
}

void WallModel::toggleMaximised(int slot)
{
    setCurrentSlot(slot);
    setMaximisedSlot(m_maximised == slot ? -1 : slot);
}

void WallModel::startTour(const QStringList &cameraIds)
{
    QStringList tour = cameraIds;
    if (tour.isEmpty() && m_cameras) {
        for (const auto &c : m_cameras->rows())
            tour.append(c.cameraId);
    }
    m_tour.start(tour);
}

void WallModel::stopTour()
{
    m_tour.stop();
}

WallPlayer *WallModel::playerAt(int slot) const
{
    for (const auto &p : m_players) {
        if (p && p->slot() == slot)
            return p;
    }
    return nullptr;
}

void WallModel::togglePause(int slot)
{
    if (auto *p = playerAt(slot))
        p->setPaused(!p->paused());
}

void WallModel::step(int slot)
{
    if (auto *p = playerAt(slot)) {
        p->setPaused(true);
        p->step();
    }
}

QString WallModel::snapshot(int slot)
{
    auto *p = playerAt(slot);
    const QString path = p ? p->snapshot(m_snapshotFolder) : QString();
    if (!path.isEmpty())
        emit snapshotTaken(path);
    return path;
}

void WallModel::reconnect(int slot)
{
    if (auto *p = playerAt(slot))
        p->reconnect();
}

void WallModel::registerPlayer(WallPlayer *player)
{
    if (!m_players.contains(player))
        m_players.append(player);
    if (!m_presentTimer.isActive())
        m_presentTimer.start();
}

void WallModel::unregisterPlayer(WallPlayer *player)
{
    m_players.removeAll(player);
    if (m_players.isEmpty())
        m_presentTimer.stop();
}

QList<WallPlayer *> WallModel::players() const
{
    return m_players;
}

QJsonArray WallModel::health() const
{
    return WallHealth::tiles(players(), count());
}

void WallModel::writeHealth()
{
    WallHealth::write(m_healthPath, m_layout, health());
}

} // namespace wf::wall
