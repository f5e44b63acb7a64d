#pragma once

#include "CameraIndex.h"

#include <QList>

namespace wf::maps {

// The generated camera register of training and benchmarks: synthetic cameras around Hubei's
// cities, weighted by population, most near city centres (density falling off with
// distance), the rest along a rural background. Positions, bearings and fields of view only: a
// generated register has no ids, names or streams (its cameras are "CAM-<n>"). The same count and
// seed give the same cameras with any standard library.
class SyntheticCameraRegister
{
public:
    static QList<CameraIndex::Camera> cameras(qint64 count, quint64 seed);
};

} // namespace wf::maps
