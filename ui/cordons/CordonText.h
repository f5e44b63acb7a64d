#pragma once

#include <QString>

namespace wf::cordontext {

// The words the cordon desk and its parts show for a time to get somewhere, in one place so that
// the cordon's summary and its manning's say it alike: "4.5 min", or "not reachable" for an
// infinite time (beyond the search's limit).
QString minutes(double seconds);

} // namespace wf::cordontext
