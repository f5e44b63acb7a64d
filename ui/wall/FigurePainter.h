#pragma once

#include "CameraLens.h"
#include "SceneConditions.h"
#include "SceneFigure.h"

class QPainter;
class QRectF;

namespace wf::wall {

// Draws vehicles and people in perspective: size from how far ahead they are, a vehicle's
// outline from which way it faces (head-on, from behind, side-on), plates drawn larger than
// life so that they stay legible on a small tile, lamps that light up at night. Stateless;
// the same figure under the same conditions is drawn the same.
namespace FigurePainter {
void paint(
    QPainter &p, const maps::CameraLens &lens, const SceneConditions &light, const SceneFigure &f, qint64 ms);
// The box a figure covers in the picture (nothing under the camera): what a click hits.
QRectF bounds(const maps::CameraLens &lens, const SceneFigure &f);
// A plate's text size is chosen from a few fixed sizes, so glyph caches stay warm.
int quantisedFontSize(double px);
} // namespace FigurePainter

} // namespace wf::wall
