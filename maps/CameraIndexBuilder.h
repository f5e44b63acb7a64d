#pragma once

#include "CameraIndex.h"

#include <QList>
#include <QString>
#include <functional>

namespace wf::maps {

// Writes a camera index file (CameraIndexFormat.h) from a list of cameras: their R*Tree, the
// register and the pre-clustered grid of every zoom level, in one pass over the cameras and one
// per level. Holds the finest grid's cells in memory while it writes. Reading the file is
// CameraIndex's.
class CameraIndexBuilder
{
public:
    // Builds a new index file from cameras (numbers are 1-based positions in the list). entries
    // is empty or gives each camera's id (unique), name and streams. progress gets a share 0..1
    // and returns false to cancel. source is kept in the file ("generated", "imported from ...").
    // A failed or cancelled build leaves no file.
    static bool build(const QString &path, const QList<CameraIndex::Camera> &cameras, QString *error,
        const std::function<bool(double)> &progress = {}, const QList<CameraIndex::Entry> &entries = {},
        const QString &source = QStringLiteral("generated"));
};

} // namespace wf::maps
