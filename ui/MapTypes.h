#pragma once

// The map's QML types. The layers and the camera index live in maps/ (plain geometry, no core
// types); they are registered here, in the UI module, so maps/ stays a plain library.
#include "CameraClusterModel.h"
#include "MarkerLayer.h"

#include <QtQmlIntegration>

namespace wf {

struct MarkerLayerForeign
{
    Q_GADGET
    QML_FOREIGN(wf::maps::MarkerLayer)
    QML_NAMED_ELEMENT(MarkerLayer)
};

struct CameraClusterModelForeign
{
    Q_GADGET
    QML_FOREIGN(wf::maps::CameraClusterModel)
    QML_NAMED_ELEMENT(CameraClusterModel)
};

} // namespace wf
