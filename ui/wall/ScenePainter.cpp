#include "ScenePainter.h"

#include "CrowdScenePainter.h"
#include "RoadScenePainter.h"

#include <QLinearGradient>
#include <QPainter>

namespace wf::wall {

std::unique_ptr<ScenePainter> ScenePainter::make(SceneKind kind, quint64 cameraSeed, double fovDeg)
{
    if (isCrowdScene(kind))
        return std::make_unique<CrowdScenePainter>(kind, cameraSeed, fovDeg);
    return std::make_unique<RoadScenePainter>(kind, cameraSeed, fovDeg);
}

void ScenePainter::paintSky(QPainter &p, const SceneConditions &light) const
{
    QLinearGradient sky(0, 0, 0, m_lens.horizon);
    sky.setColorAt(0, light.sky(1));
    sky.setColorAt(1, light.sky(0));
    p.fillRect(0, 0, maps::CameraLens::kWidth, m_lens.horizon, sky);
}

void ScenePainter::paintWall(
    QPainter &p, double rightM, double aheadNear, double aheadFar, double upM, const QColor &c) const
{
    const QPolygonF wall { m_lens.at(aheadNear, rightM, 0), m_lens.at(aheadFar, rightM, 0),
        m_lens.at(aheadFar, rightM, upM), m_lens.at(aheadNear, rightM, upM) };
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(wall);
}

} // namespace wf::wall
