#pragma once

#include "MapMarker.h"
#include "MarkerStyle.h"
#include "UnitClusterer.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace wf::maps {

// The level of detail of a marker layer: at one zoom, which markers are drawn and as what.
//
// Close in (from detailMinZoom) every marker is drawn in full, within the region asked for.
// Further out, markers that share a cell of mergeCellPixels are drawn as one: the most urgent by
// stylePriority, at its own position. Below clusterBelowZoom, markers are gathered into grid
// clusters with their counts. With styleClusters, at every zoom markers that would cover each
// other are one cluster by style (UnitClusterer) instead. The selected marker is never merged or
// clustered away, and the most urgent is drawn last, on top.
class MarkerSelection
{
public:
    struct Item // a marker in render terms
    {
        QPointF n; // normalised Mercator
        int source = -1; // index into the markers, -1 for a cluster
        int clusterCount = 0;
        int merged = 1; // far out: how many markers this one stands for
        int group = -1; // styleClusters: index into groups of a cluster (source is then -1)
    };
    struct Result
    {
        QList<Item> items; // in drawing order
        QList<UnitClusterer::Group> groups; // styleClusters: the clusters items refer to
    };

    MarkerSelection(const MarkerStyle &style, double zoom, int tileSize);

    bool detailed() const { return m_zoom >= m_style.detailMinZoom; }
    bool clustered() const { return m_style.clusterBelowZoom > 0 && m_zoom < m_style.clusterBelowZoom; }
    bool merging() const;
    // The whole zoom level grid clusters are made for, -1 when not clustering; they do not
    // flicker while the zoom changes within one.
    int clusterZoom() const;
    // The half zoom level the merge grid is made for, -1 when not merging.
    int mergeLevel() const;
    // Pixels across a lone marker as drawn: a pin with its outline, or far out a small diamond.
    double singleSymbolSize() const;

    // markers and normalised (their positions) are parallel; region (normalised) limits a close
    // view to its neighbourhood, a null region is everything; selected is an index or -1.
    Result select(const QList<MapMarker> &markers, const QList<QPointF> &normalised, QRectF region,
        int selected, qint64 clockMs) const;

private:
    QList<Item> gridClusters(const QList<MapMarker> &markers, const QList<QPointF> &normalised) const;
    QList<Item> merged(const QList<MapMarker> &markers, const QList<QPointF> &normalised, int selected,
        qint64 clockMs) const;
    Result styleClusters(const QList<MapMarker> &markers, const QList<QPointF> &normalised, QRectF region,
        int selected, qint64 clockMs) const;

    const MarkerStyle &m_style;
    double m_zoom;
    int m_tileSize;
};

} // namespace wf::maps
