#include "BenchReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace wf::bench {

namespace {
QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const auto &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}
} // namespace

BenchReport::BenchReport(QString name)
    : m_name(std::move(name))
{ }

void BenchReport::set(const QString &metric, double value)
{
    m_results.insert(metric, value);
}

void BenchReport::note(const QString &key, const QString &value)
{
    m_notes.insert(key, value);
}

int BenchReport::finish(const QStringList &arguments) const
{
    QJsonObject machine { { QStringLiteral("cpu"), cpuModel() },
        { QStringLiteral("cores"), QThread::idealThreadCount() },
        { QStringLiteral("os"), QSysInfo::prettyProductName() },
        { QStringLiteral("qt"), QString::fromLatin1(qVersion()) } };
    QJsonObject root { { QStringLiteral("bench"), m_name }, { QStringLiteral("machine"), machine },
        { QStringLiteral("results"), m_results } };
    if (!m_notes.isEmpty())
        root.insert(QStringLiteral("notes"), m_notes);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    const int i = int(arguments.indexOf(QStringLiteral("--json")));
    if (i >= 0 && i + 1 < arguments.size()) {
        QFile f(arguments[i + 1]);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(arguments[i + 1]));
            return 1;
        }
    }
    return 0;
}

bool BenchReport::smoke(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--smoke"));
}

double BenchReport::median(std::vector<double> values)
{
    return percentile(std::move(values), 50);
}

double BenchReport::percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto lo = size_t(rank);
    const auto hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

} // namespace wf::bench
