#pragma once

// The world's enums (Event.h) as the QML namespace World: World.UnitStatus.OnScene,
// World.Severity.High. Event.h knows nothing of QML (connector plugins build against it), so the
// registration lives here, in the core's QML module.
#include "Event.h"

#include <QtQmlIntegration>

namespace wf::WorldForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(wf)
QML_NAMED_ELEMENT(World)
} // namespace wf::WorldForeign
