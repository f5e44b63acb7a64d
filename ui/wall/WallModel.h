#pragma once

#include "CameraFinder.h"
#include "CameraRegister.h"
#include "HeapTrimmer.h"
#include "SceneSource.h"
#include "WallAlarms.h"
#include "WallLayoutStore.h"
#include "WallTour.h"
#include "WorldModels.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QtQmlIntegration>

namespace wf::wall {

class WallPlayer;

// What the wall shows: its layout (1, 2x2 ... 6x6, or one large tile plus small ones), which
// camera is on which tile, the tile with keyboard focus and the maximised tile. One row per tile,
// with its place in the layout's grid. Camera tours (WallTour) and alarm pop-ups (WallAlarms) are
// parts of their own that say which camera goes where; the wall puts them up and gives QML their
// properties. The tiles' players register here so that keyboard actions, the health file and the
// benchmark can reach them without searching the QML tree.
class WallModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("WallPlayer.h")
    Q_PROPERTY(wf::CameraModel *cameras READ cameras WRITE setCameras NOTIFY camerasChanged)
    // The province's camera register: its cameras go on the wall like the world's (null: none).
    Q_PROPERTY(wf::wall::CameraRegister *cameraRegister READ cameraRegister WRITE setCameraRegister NOTIFY
            camerasChanged)
    Q_PROPERTY(wf::AlertModel *alerts READ alerts WRITE setAlerts NOTIFY alertsChanged)
    // The world behind the training cameras' synthetic video (its clock, its actors); null: none.
    Q_PROPERTY(wf::wall::SceneSource *scene READ scene WRITE setScene NOTIFY sceneChanged)
    // A wall in playback shows recordings on the scene's clock, never live pictures: a camera's
    // tile plays the address in `recordings` (camera id -> RecordingAddress template, from the
    // site's camera file), or says it has none. Training cameras draw the playback's moment.
    Q_PROPERTY(bool playback READ playback WRITE setPlayback NOTIFY playbackChanged)
    Q_PROPERTY(QVariantMap recordings READ recordings WRITE setRecordings NOTIFY playbackChanged)
    Q_PROPERTY(QString layout READ layout WRITE setLayout NOTIFY layoutChanged)
    Q_PROPERTY(QStringList layouts READ layouts CONSTANT)
    Q_PROPERTY(int gridSize READ gridSize NOTIFY layoutChanged)
    Q_PROPERTY(int count READ count NOTIFY layoutChanged)
    Q_PROPERTY(int currentSlot READ currentSlot WRITE setCurrentSlot NOTIFY currentSlotChanged)
    Q_PROPERTY(int maximisedSlot READ maximisedSlot WRITE setMaximisedSlot NOTIFY maximisedSlotChanged)
    Q_PROPERTY(bool touring READ touring NOTIFY tourChanged)
    Q_PROPERTY(int tourDwellSeconds READ tourDwellSeconds WRITE setTourDwellSeconds NOTIFY tourChanged)
    Q_PROPERTY(QString alarmText READ alarmText NOTIFY alarmChanged)
    Q_PROPERTY(int lostTimeoutMs READ lostTimeoutMs WRITE setLostTimeoutMs NOTIFY lostTimeoutMsChanged)
    Q_PROPERTY(QString healthPath READ healthPath WRITE setHealthPath NOTIFY healthPathChanged)
    Q_PROPERTY(bool measureLatency READ measureLatency WRITE setMeasureLatency NOTIFY measureLatencyChanged)
    Q_PROPERTY(QString layoutsPath READ layoutsPath WRITE setLayoutsPath NOTIFY savedLayoutsChanged)
    Q_PROPERTY(QStringList savedLayouts READ savedLayouts NOTIFY savedLayoutsChanged)
    Q_PROPERTY(QString savedLayoutsError READ savedLayoutsError NOTIFY savedLayoutsChanged)
    Q_PROPERTY(
        QString snapshotFolder READ snapshotFolder WRITE setSnapshotFolder NOTIFY snapshotFolderChanged)
public:
    enum Role {
        SlotRole = Qt::UserRole + 1,
        CameraIdRole,
        NameRole,
        MainUrlRole,
        SubUrlRole,
        RowRole,
        ColumnRole,
        RowSpanRole,
        ColumnSpanRole,
        HighlightedRole,
        ReservedRole,
    };
    Q_ENUM(Role)

    struct Cell
    {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
    };
    // The grid of a layout name ("1", "2x2" .. "6x6", "1+5", "1+7"); empty for an unknown name.
    static QList<Cell> cellsOf(const QString &layout, int *gridSize = nullptr);
    // Tiles hand their newest frame to the screen together, once per period of a 25 fps
    // camera. Frames from N streams arrive at random moments, and each would otherwise ask for
    // a redraw of the whole window on its own: up to the display's rate, which on a software
    // renderer costs more than decoding. One shared beat, a 25 fps camera's period, keeps
    // redraws near 25 a second; a tile whose next frame comes before the beat hands the waiting
    // one over at once (WallPlayer::show), so no frame is dropped to the beat.
    static constexpr int kPresentIntervalMs = 40;

    explicit WallModel(QObject *parent = nullptr);
    ~WallModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CameraModel *cameras() const { return m_cameras; }
    void setCameras(CameraModel *cameras);
    CameraRegister *cameraRegister() const { return m_register; }
    void setCameraRegister(CameraRegister *cameraRegister);
    AlertModel *alerts() const { return m_alarms.alerts(); }
    void setAlerts(AlertModel *alerts);
    SceneSource *scene() const { return m_scene; }
    void setScene(SceneSource *scene);
    bool playback() const { return m_playback; }
    void setPlayback(bool playback);
    QVariantMap recordings() const { return m_recordings; }
    void setRecordings(const QVariantMap &recordings);
    QString layout() const { return m_layout; }
    void setLayout(const QString &layout);
    QStringList layouts() const;
    int gridSize() const { return m_gridSize; }
    int count() const { return int(m_cells.size()); }
    int currentSlot() const { return m_current; }
    void setCurrentSlot(int slot);
    int maximisedSlot() const { return m_maximised; }
    void setMaximisedSlot(int slot);
    bool touring() const { return m_tour.active(); }
    int tourDwellSeconds() const { return m_tour.dwellSeconds(); }
    void setTourDwellSeconds(int seconds) { m_tour.setDwellSeconds(seconds); }
    QString alarmText() const { return m_alarms.text(); }
    int lostTimeoutMs() const { return m_lostTimeoutMs; }
    void setLostTimeoutMs(int ms);
    QString healthPath() const { return m_healthPath; }
    void setHealthPath(const QString &path);
    bool measureLatency() const { return m_measureLatency; }
    void setMeasureLatency(bool on);
    QString snapshotFolder() const { return m_snapshotFolder; }
    void setSnapshotFolder(const QString &folder);
    QString layoutsPath() const { return m_store.path(); }
    void setLayoutsPath(const QString &path);
    QStringList savedLayouts() const { return m_store.names(); }
    QString savedLayoutsError() const { return m_store.error(); }

    // Named layouts: the layout and the camera on each tile, saved under a name and put back.
    Q_INVOKABLE bool saveLayoutAs(const QString &name);
    Q_INVOKABLE bool applySavedLayout(const QString &name);
    Q_INVOKABLE bool removeSavedLayout(const QString &name);

    // Puts a camera on a tile (drag and drop); a camera already elsewhere on the wall moves.
    Q_INVOKABLE void assign(int slot, const QString &cameraId);
    Q_INVOKABLE void clearSlot(int slot);
    Q_INVOKABLE QString cameraAt(int slot) const;
    // Fills the tiles (but reserved alarm tiles) with the cameras that best see the point,
    // starting at the first tile; returns how many were put up.
    Q_INVOKABLE int showNear(double latitude, double longitude);
    // The nearest cameras, best first: [{cameraId, distanceM, inView}, ...].
    Q_INVOKABLE QVariantList camerasNear(double latitude, double longitude, int maxCount) const;
    // The camera picker's filter: the world's cameras whose id or name holds text, then the
    // register's whose id or name starts with it: [{cameraId, name}, ...].
    Q_INVOKABLE QVariantList findCameras(const QString &text, int limit = 100) const;
    // An alarm: its best cameras go on the reserved tiles at the end of the wall, highlighted.
    Q_INVOKABLE void popAlarm(const QString &alertId, const QString &text, double latitude, double longitude);
    Q_INVOKABLE void dismissAlarm();
    Q_INVOKABLE void moveCurrent(int dColumn, int dRow);
    Q_INVOKABLE void toggleMaximised(int slot);
    // Cycles the tiles through cameraIds (all cameras when empty), a wall-full at a time.
    Q_INVOKABLE void startTour(const QStringList &cameraIds = {});
    Q_INVOKABLE void stopTour();
    // Operator actions on a tile's player.
    Q_INVOKABLE void togglePause(int slot);
    Q_INVOKABLE void step(int slot);
    Q_INVOKABLE QString snapshot(int slot);
    Q_INVOKABLE void reconnect(int slot);
    // The number of tiles an alarm takes over on the current layout.
    Q_INVOKABLE int reservedCount() const;

    // Per tile: camera, state, fps, frames, resolution, age of the last frame, error and the
    // tile's place in the window, and the latest latency samples when measured. What
    // --wall-health writes.
    QJsonArray health() const;
    QList<WallPlayer *> players() const;
    // A camera by id, the world's or the register's.
    std::optional<CameraReported> camera(const QString &cameraId) const;

    void registerPlayer(WallPlayer *player);
    void unregisterPlayer(WallPlayer *player);

signals:
    void camerasChanged();
    void alertsChanged();
    void sceneChanged();
    void playbackChanged();
    void layoutChanged();
    void currentSlotChanged();
    void maximisedSlotChanged();
    void tourChanged();
    void alarmChanged();
    void lostTimeoutMsChanged();
    void healthPathChanged();
    void measureLatencyChanged();
    void snapshotFolderChanged();
    void savedLayoutsChanged();
    void snapshotTaken(const QString &path);

private:
    struct Slot
    {
        QString cameraId;
        bool cleared = false; // emptied by the operator: auto-fill leaves it alone
        bool highlighted = false;
    };
    void autoFill();
    void setSlotCamera(int slot, const QString &cameraId, bool highlighted = false);
    void showAlarmCameras(double latitude, double longitude);
    void markReservedTiles();
    void writeHealth();
    WallPlayer *playerAt(int slot) const;
    // A camera by id: the world's, else the register's (kept once looked up).
    const CameraReported *cameraFor(const QString &cameraId) const;
    // What a tile plays for a camera's stream: the stream, or in playback its recording.
    QString sourceFor(const CameraReported &camera, const QString &stream) const;
    QList<NearbyCamera> nearest(double latitude, double longitude, int maxCount) const;

    QPointer<CameraModel> m_cameras;
    QPointer<CameraRegister> m_register;
    mutable QHash<QString, CameraReported> m_registerCameras;
    QPointer<SceneSource> m_scene;
    bool m_playback = false;
    QVariantMap m_recordings;
    QString m_layout;
    QList<Cell> m_cells;
    int m_gridSize = 1;
    QList<Slot> m_slots; // longer than m_cells: a smaller layout keeps the choice of a larger one
    int m_current = 0;
    int m_maximised = -1;
    WallAlarms m_alarms;
    WallTour m_tour;
    int m_lostTimeoutMs = 5000;
    QString m_healthPath;
    QTimer m_healthTimer;
    QTimer m_presentTimer;
    bool m_measureLatency = false;
    QString m_snapshotFolder;
    WallLayoutStore m_store;
    HeapTrimmer m_heapTrimmer; // the wall is what frees pictures by the hundred a second
    QList<WallPlayer *> m_players; // players unregister themselves when destroyed
};

} // namespace wf::wall
