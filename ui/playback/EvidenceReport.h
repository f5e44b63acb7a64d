#pragma once

#include "CentreTime.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace wf {

// The PDF of an evidence export, for a reader without Watchfloor: what was exported (journal,
// its SHA-256, the range), the bookmarks with their notes, the orders with their acknowledgement
// and response times, and the timeline of key events. Drawn with QPdfWriter and QPainter, in the
// UI's language; needs a QGuiApplication (fonts), works on any thread. The map pictures of key
// moments are drawn by the exporter (EvidenceMap) and placed here with their captions.
struct EvidenceReport
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceReport)
public:
    struct Line
    {
        qint64 timeMs = 0;
        QString text;
    };
    struct Order
    {
        QString orderId;
        QString unitId;
        QString incidentId;
        QString task;
        qint64 issuedMs = 0;
        std::optional<qint64> acknowledgedMs;
        std::optional<qint64> onSceneMs;
        QString lastState;
    };

    QString journalName;
    QString journalSha256;
    QString journalMode;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString area; // the area the export was limited to, in words; empty: everywhere
    qint64 events = 0;
    qint64 createdMs = 0;
    QString createdBy;
    int utcOffsetSeconds = kCentreUtcOffsetSeconds; // the centre's zone, as the lists show it
    std::vector<Line> bookmarks; // text: "note (author)"
    std::vector<Order> orders;
    std::vector<Line> keyEvents; // at most kMaxKeyEvents; the rest counted
    qint64 keyEventsLeftOut = 0;
    struct MapPicture
    {
        qint64 timeMs = 0;
        QString caption;
        QImage image;
    };
    std::vector<MapPicture> maps; // at most kMaxMaps
    qint64 mapsLeftOut = 0;

    static constexpr int kMaxKeyEvents = 3000;
    static constexpr int kMaxMaps = 8;

    // Writes the PDF; returns the number of pages, or nullopt with error (a write that failed,
    // e.g. a full disk).
    std::optional<int> write(const QString &path, QString *error) const;
};

} // namespace wf
