#include "MarkerLabels.h"

#include <QFont>
#include <QQuickWindow>
#include <QSGTextNode>
#include <QSGTransformNode>
#include <QTextLayout>
#include <algorithm>

namespace wf::maps {

namespace {

const QColor kNameColour(0x10, 0x16, 0x1d);
constexpr double kHeight = 16;

// An estimate of a label's width good enough for placement; the text node measures exactly
// when it is made, and placement must not lay out every candidate's text on every frame.
double estimatedWidth(const QString &text)
{
    return 7.0 * text.size() + 4;
}

} // namespace

void MarkerLabels::update(QSGNode *root, QQuickWindow *window, const QList<Candidate> &candidates,
    const QRectF &bounds, double besideOffset, int maxNames)
{
    for (auto &n : m_nodes)
        n.used = false;
    if (window) {
        QList<QRectF> placed;
        QFont font;
        font.setPixelSize(11);
        font.setBold(true);
        int names = 0;
        for (const auto &c : candidates) {
            // Names are capped (text nodes cost memory and upload time); a cluster's count is
            // what the cluster says, so every drawn cluster keeps it.
            if (!c.onSymbol && names >= maxNames)
                continue;
            const double w = estimatedWidth(c.text);
            const QRectF rect = c.onSymbol
                ? QRectF(c.at.x() - w / 2, c.at.y() - kHeight / 2, w, kHeight)
                : QRectF(c.at.x() + besideOffset, c.at.y() - kHeight / 2, w, kHeight);
            if (!bounds.contains(rect))
                continue; // text across the map's edge would be drawn over the panels beside it
            if (!c.onSymbol && std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &r) {
                    return r.intersects(rect);
                }))
                continue; // a name never covers another; the marker stays
            placed.append(rect);
            names += c.onSymbol ? 0 : 1;
            auto found = m_nodes.find(c.key);
            if (found != m_nodes.end() && found->text != c.text) {
                root->removeChildNode(found->transform);
                delete found->transform;
                m_nodes.erase(found);
                found = m_nodes.end();
            }
            if (found == m_nodes.end()) {
                Node fresh;
                fresh.text = c.text;
                fresh.transform = new QSGTransformNode;
                QSGTextNode *textNode = window->createTextNode();
                QTextLayout layout(c.text, font);
                layout.beginLayout();
                layout.createLine();
                layout.endLayout();
                const double tw = layout.boundingRect().width();
                textNode->addTextLayout(QPointF(c.onSymbol ? -tw / 2 : 0, 0), &layout);
                textNode->setColor(c.onSymbol ? QColor(Qt::white) : kNameColour);
                textNode->setTextStyle(QSGTextNode::Outline);
                textNode->setStyleColor(c.onSymbol ? QColor(0, 0, 0, 160) : QColor(Qt::white));
                fresh.transform->appendChildNode(textNode);
                root->appendChildNode(fresh.transform);
                found = m_nodes.insert(c.key, fresh);
            }
            found->used = true;
            QMatrix4x4 m;
            m.translate(float(c.onSymbol ? c.at.x() : rect.left()), float(c.at.y() - kHeight / 2));
            if (found->transform->matrix() != m) {
                found->transform->setMatrix(m);
                found->transform->markDirty(QSGNode::DirtyMatrix);
            }
        }
    }
    // Labels no longer placed are dropped; making one again is cheap.
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (it->used) {
            ++it;
            continue;
        }
        root->removeChildNode(it->transform);
        delete it->transform;
        it = m_nodes.erase(it);
    }
}

} // namespace wf::maps
