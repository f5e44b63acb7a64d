#pragma once

#include "BookmarkModel.h"
#include "EvidenceExportModel.h"
#include "JournalPlayback.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>
#include <vector>

namespace wf {

class WorldState;

// The timeline of a recorded journal: where playback stands, play/pause at 0.25x to 64x, seeking
// and stepping between the events that matter (alerts, incidents, orders, status changes, cordon
// edits). It feeds its own WorldState, which the ordinary views render; it has no way to send
// anything anywhere. A reviewer's bookmarks (kept beside the journal, never in it) and the
// evidence export of a range belong to it.
class PlaybackController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The PlaybackController is made by the application")
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(QString journalMode READ journalMode CONSTANT)
    Q_PROPERTY(qint64 startMs READ startMs CONSTANT)
    Q_PROPERTY(qint64 endMs READ endMs CONSTANT)
    Q_PROPERTY(qint64 eventCount READ eventCount CONSTANT)
    Q_PROPERTY(qint64 positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged)
    Q_PROPERTY(int markerCount READ markerCount CONSTANT)
    Q_PROPERTY(wf::BookmarkModel *bookmarks READ bookmarks CONSTANT)
    Q_PROPERTY(wf::EvidenceExportModel *evidence READ evidence CONSTANT)
public:
    enum class MarkerKind { Alert, Incident, Order, Status, Cordon };
    Q_ENUM(MarkerKind)
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 64;
    static constexpr int kTickMs = 100;

    explicit PlaybackController(WorldState *world, QObject *parent = nullptr);

    bool open(const QString &path, QString *error);
    // Who reviews: recorded with every bookmark added or removed, and in an export.
    void setOperator(const QString &operatorId, const QString &role);
    BookmarkModel *bookmarks() { return &m_bookmarks; }
    EvidenceExportModel *evidence() { return &m_evidence; }

    QString path() const { return m_path; }
    QString journalMode() const { return m_mode; }
    qint64 startMs() const { return m_playback.startMs(); }
    qint64 endMs() const { return m_playback.endMs(); }
    std::optional<qint64> moment(qint64 at, bool isOffset, QString *error) const
    {
        return m_playback.moment(at, isOffset, error);
    }
    qint64 eventCount() const { return m_eventCount; }
    qint64 positionMs() const { return m_playback.positionMs(); }
    bool playing() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }
    void setSpeed(double speed); // clamped to 0.25..64
    int markerCount() const { return int(m_markers.size()); }

    Q_INVOKABLE void seek(qint64 timeMs); // clamped to the journal's range
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void togglePlay();
    // To the next / previous marker after / before the position; false when there is none.
    Q_INVOKABLE bool stepNext();
    Q_INVOKABLE bool stepPrevious();
    Q_INVOKABLE void faster(); // doubles the speed
    Q_INVOKABLE void slower(); // halves it
    // The markers in bins equal parts of the range: a list of {bin, kind}, one per bin and kind
    // present, so a day of markers draws as at most bins x 5 marks.
    Q_INVOKABLE QVariantList markerBins(int bins) const;
    // Marker kind of the n-th marker and its time, in time order (for tests and lists).
    MarkerKind markerKind(int n) const { return m_markers[size_t(n)].kind; }
    qint64 markerTime(int n) const { return m_markers[size_t(n)].timeMs; }

signals:
    void positionChanged();
    void playingChanged();
    void speedChanged();

private:
    struct Marker
    {
        qint64 timeMs;
        MarkerKind kind;
    };
    void tick();

    JournalPlayback m_playback;
    QString m_path;
    QString m_mode;
    qint64 m_eventCount = 0;
    std::vector<Marker> m_markers;
    BookmarkModel m_bookmarks;
    EvidenceExportModel m_evidence;
    QTimer m_timer;
    double m_speed = 1;
};

} // namespace wf
