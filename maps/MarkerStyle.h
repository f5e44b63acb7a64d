#pragma once

#include "MapMarker.h"

#include <QColor>
#include <QList>

namespace wf::maps {

// How a layer's markers look and age: what the choice of what to draw (MarkerSelection) and the
// drawing itself (MarkerSymbols) both read, so that each is a plain function of it.
struct MarkerStyle
{
    // The symbol: a regular polygon of `sides` sides turned by `rotation` radians, outlined and
    // with a heading arrow; or, as a halo, a soft disc without either (congestion).
    int sides = 6;
    double rotation = 0;
    bool halo = false;
    double markerSize = 14; // pixels across
    QList<QColor> colors { QColor(0x2e, 0x7d, 0x32) };
    QColor staleColor { 0x80, 0x80, 0x80 };
    double detailMinZoom = 11; // below: small diamonds without outline or heading
    double labelMinZoom = 14;
    double wedgeMinZoom = 15; // camera view wedges
    double clusterBelowZoom = 0; // below: grid clusters with counts; 0: never
    int maxLabels = 120;
    double mergeCellPixels = 6; // far out: one marker per cell this wide; 0: never
    QList<int> stylePriority; // rank of each style when markers merge; empty: the style index
    bool styleClusters = false; // clusters by style at every zoom (UnitClusterer)
    qint64 fadeAfterMs = 0; // 0: no fading
    qint64 staleAfterMs = 0; // 0: never stale

    bool isStale(const MapMarker &m, qint64 clockMs) const;
    // Opacity by the age of the fix: whole until fadeAfter, then fading to a half; stale 0.45.
    double alphaFor(const MapMarker &m, qint64 clockMs) const;
    // Rank when markers merge or cluster: by stylePriority; a stale marker below every other.
    int priorityOf(const MapMarker &m, qint64 clockMs) const;
    int rankOf(int style) const;
    QColor colorOf(int style) const; // red when the layer has no colours
    QColor colorOf(const MapMarker &m, qint64 clockMs) const; // the stale colour once stale
};

} // namespace wf::maps
