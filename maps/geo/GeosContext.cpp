#include "GeosContext.h"

#include <cstdarg>
#include <cstdio>
#include <geos_c.h>

namespace wf::maps::geos {

namespace {

struct ThreadContext
{
    GEOSContextHandle_t handle = nullptr;
    QString lastError;

    ThreadContext()
    {
        handle = GEOS_init_r();
        GEOSContext_setErrorMessageHandler_r(handle, &ThreadContext::onError, this);
    }
    ~ThreadContext() { GEOS_finish_r(handle); }

    static void onError(const char *message, void *self)
    {
        static_cast<ThreadContext *>(self)->lastError = QString::fromUtf8(message);
    }
};

ThreadContext &threadContext()
{
    thread_local ThreadContext c;
    return c;
}

} // namespace

GEOSContextHandle_t context()
{
    return threadContext().handle;
}

QString takeLastError()
{
    return std::exchange(threadContext().lastError, QString());
}

void GeometryDeleter::operator()(GEOSGeometry *g) const
{
    if (g)
        GEOSGeom_destroy_r(context(), g);
}

void PreparedDeleter::operator()(const GEOSPreparedGeometry *g) const
{
    if (g)
        GEOSPreparedGeom_destroy_r(context(), g);
}

} // namespace wf::maps::geos
