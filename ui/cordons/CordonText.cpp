#include "CordonText.h"

#include <QCoreApplication>
#include <cmath>

namespace wf::cordontext {

QString minutes(double seconds)
{
    if (!std::isfinite(seconds))
        return QCoreApplication::translate("wf::cordontext", "not reachable");
    return QCoreApplication::translate("wf::cordontext", "%1 min").arg(seconds / 60, 0, 'f', 1);
}

} // namespace wf::cordontext
