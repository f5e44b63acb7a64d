#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace wf::bench {

// The one JSON shape every benchmark prints:
// {"bench": NAME, "machine": {...}, "results": {METRIC: number, ...}}
class BenchReport
{
public:
    explicit BenchReport(QString name);
    void set(const QString &metric, double value);
    void note(const QString &key, const QString &value); // free-form context under "notes"
    // Prints to stdout and, when --json FILE was given, writes the file. Returns 0.
    int finish(const QStringList &arguments) const;

    static bool smoke(const QStringList &arguments); // --smoke: tiny sizes, just prove it runs
    static double median(std::vector<double> values);
    static double percentile(std::vector<double> values, double p);

private:
    QString m_name;
    QJsonObject m_results;
    QJsonObject m_notes;
};

} // namespace wf::bench
