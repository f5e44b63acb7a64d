#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QQuickWindow;
class QSGNode;
class QSGTransformNode;

namespace wf::maps {

// The text of a marker layer: names beside markers and counts on clusters, as scene-graph text
// nodes made once per label and then only moved (a translation), so a panning map lays out no
// text. Placement keeps every label wholly inside the layer (the map's panels around it stay
// clean) and never lets one name cover another.
class MarkerLabels
{
public:
    struct Candidate
    {
        QString key; // stable across frames: a marker's id, or a cluster's position
        QString text;
        QPointF at; // the symbol's centre, in item pixels
        bool onSymbol = false; // centred on the symbol (a count) rather than beside it (a name)
    };

    // Places the candidates in order (the most important first) under root, reusing the nodes
    // of labels already shown and dropping those no longer placed: every count, and at most
    // maxNames names. besideOffset: from a symbol's centre to the start of its name.
    void update(QSGNode *root, QQuickWindow *window, const QList<Candidate> &candidates, const QRectF &bounds,
        double besideOffset, int maxNames);
    // The node tree was replaced (its nodes went with it).
    void forget() { m_nodes.clear(); }
    int shown() const { return int(m_nodes.size()); }

private:
    struct Node
    {
        QSGTransformNode *transform = nullptr; // a translation, over a text node made once
        QString text;
        bool used = false;
    };
    QHash<QString, Node> m_nodes;
};

} // namespace wf::maps
