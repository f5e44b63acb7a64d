#include "HeapTrimmer.h"

#include <QFile>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wf::wall {

HeapTrimmer::HeapTrimmer(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [] { trimNow(); });
    m_timer.start();
}

qint64 HeapTrimmer::residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * qint64(sysconf(_SC_PAGESIZE)) : -1;
}

qint64 HeapTrimmer::trimNow()
{
#if defined(__GLIBC__)
    const qint64 before = residentBytes();
    malloc_trim(0);
    const qint64 after = residentBytes();
    return before >= 0 && after >= 0 ? std::max<qint64>(0, before - after) : 0;
#else
    return 0;
#endif
}

} // namespace wf::wall
