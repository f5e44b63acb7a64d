#pragma once

#include "CentreTime.h"
#include "EvidenceExport.h"

#include <QObject>
#include <QThread>
#include <QtQmlIntegration>
#include <atomic>

namespace wf {

// "Export evidence…" in playback: runs evidence::exportRange on a thread of its own with
// progress and Cancel, one export at a time; the GUI thread only starts, cancels and takes the
// result. A cancelled or failed export leaves no folder (see EvidenceExport).
class EvidenceExportModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The evidence export belongs to the playback")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QString folder READ folder NOTIFY stateChanged)
    Q_PROPERTY(int events READ events NOTIFY stateChanged)
    Q_PROPERTY(int pages READ pages NOTIFY stateChanged)
public:
    enum class State { Idle, Running, Done, Failed, Cancelled };
    Q_ENUM(State)

    explicit EvidenceExportModel(QObject *parent = nullptr);
    ~EvidenceExportModel() override;

    void setJournal(const QString &path) { m_journalPath = path; }
    void setOperator(const QString &operatorId) { m_operator = operatorId; }
    void setUtcOffsetSeconds(int seconds) { m_utcOffsetSeconds = seconds; }
    // The base map the report's pictures are drawn on; none: a report without maps.
    void setRenderer(std::shared_ptr<const maps::TileRenderer> renderer) { m_renderer = std::move(renderer); }

    // Starts an export of [fromMs, toMs] into folder (a path or a file:// URL); false when one is
    // running already.
    Q_INVOKABLE bool start(qint64 fromMs, qint64 toMs, const QString &folder);
    // The same, of what was in the box (degrees) at some moment of the range (EvidenceArea): the
    // map's view when the dialog's "Only the area shown on the map" is ticked. An empty or
    // inverted box is refused (false, lastError says why).
    Q_INVOKABLE bool startInArea(qint64 fromMs, qint64 toMs, const QString &folder, double west, double south,
        double east, double north);
    Q_INVOKABLE void cancel();
    // A new folder beside the journal named after it and the range's start, for the dialog to offer.
    Q_INVOKABLE QString suggestedFolder(qint64 fromMs) const;

    State state() const { return m_state; }
    int progress() const { return m_progress; }
    QString lastError() const { return m_lastError; }
    QString folder() const { return m_folder; }
    int events() const { return int(m_summary.events); }
    int pages() const { return m_summary.pages; }

signals:
    void stateChanged();
    void progressChanged();

private:
    bool run(EvidenceRequest request);
    void finish(const std::optional<EvidenceSummary> &summary, const QString &error);

    QThread m_thread;
    QObject *m_workerContext = nullptr; // lives in m_thread
    std::atomic<bool> m_cancel { false };
    QString m_journalPath;
    QString m_operator;
    int m_utcOffsetSeconds = kCentreUtcOffsetSeconds;
    std::shared_ptr<const maps::TileRenderer> m_renderer;
    State m_state = State::Idle;
    int m_progress = 0;
    QString m_lastError;
    QString m_folder;
    EvidenceSummary m_summary;
};

} // namespace wf
