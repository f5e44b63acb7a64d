#pragma once

#include <QString>
#include <memory>

// The GEOS C API, reentrant form: every call takes a context, and a context must not be used by
// two threads at once. geosContext() hands out one per thread, made on first use.
typedef struct GEOSContextHandle_HS *GEOSContextHandle_t;
typedef struct GEOSGeom_t GEOSGeometry;
typedef struct GEOSPrepGeom_t GEOSPreparedGeometry;

namespace wf::maps::geos {

GEOSContextHandle_t context();
// The last error or notice GEOS reported on this thread (cleared by takeLastError).
QString takeLastError();

struct GeometryDeleter
{
    void operator()(GEOSGeometry *g) const;
};
using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter
{
    void operator()(const GEOSPreparedGeometry *g) const;
};
using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

} // namespace wf::maps::geos
