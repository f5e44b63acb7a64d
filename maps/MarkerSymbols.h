#pragma once

#include "MarkerMesh.h"
#include "MarkerSelection.h"
#include "MarkerStyle.h"

namespace wf::maps {

// The triangles of what a marker layer draws (MarkerSelection's items) at one zoom, in local
// vertex units around an origin (MarkerMesh), so that panning moves a transform, not vertices.
//
// Close in, a marker is its polygon with a dark outline and, when it has a heading, an arrow;
// camera wedges from wedgeMinZoom; the selected one ringed in yellow. Far out, a small diamond
// without outline or heading. A grid cluster is a white-rimmed disc growing slowly with its
// count; a cluster by style a disc in its most urgent member's colour ringed by its members.
struct MarkerSymbols
{
    const MarkerStyle &style;
    double zoom = 0;
    int tileSize = 256;
    qint64 clockMs = 0;
    QString selectedId;

    MarkerMesh build(
        const MarkerSelection::Result &drawn, const QList<MapMarker> &markers, QPointF origin) const;
};

} // namespace wf::maps
