#pragma once

#include "ResponseZoneModel.h"
#include "RoadGraph.h"
#include "ZoneCoverage.h"

#include <QAbstractListModel>
#include <QThread>
#include <QTimer>
#include <QtQmlIntegration>
#include <memory>

namespace wf {

class WorldState;

// The coverage layer: where a free unit could be within 1, 3 and 5 minutes right now (by road,
// lights and siren, congestion counted), and the parts of the response zones nobody reaches
// within their own target (the gaps), with the share of each class of zone covered.
//
// Computed on a thread of its own (maps::RoadCoverage, one multi-source search, then the areas
// and the gaps with GEOS) every few seconds while shown and soon after a unit changes state; the
// GUI thread only copies the unit positions out and takes the finished polygons in. A request
// made while one is running waits for it (never two at once, never a queue).
//
// "What if": while units are being chosen for an incident (withoutUnits), the layer shows the
// coverage those units would leave behind, and the shares before and after.
class CoverageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The coverage layer is made by the application")
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QStringList withoutUnits READ withoutUnits WRITE setWithoutUnits NOTIFY withoutUnitsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int updates READ updates NOTIFY updated)
    Q_PROPERTY(double computeMs READ computeMs NOTIFY updated)
    Q_PROPERTY(int freeUnits READ freeUnits NOTIFY updated)
    Q_PROPERTY(QString problem READ problem NOTIFY updated)
public:
    // What a polygon of the layer is: the area reachable within 1, 3 or 5 minutes, or a gap.
    enum Area { Within1, Within3, Within5, Gap };
    Q_ENUM(Area)
    enum Role { PathRole = Qt::UserRole + 1, AreaRole, ZoneRole };
    static constexpr int kRefreshMs = 5000;
    static constexpr double kLimitSeconds = 300;
    // The outline's resolution: fine enough for a key site a few hundred metres across.
    static constexpr double kCellMeters = 100;

    CoverageModel(const WorldState *world, std::shared_ptr<const maps::RoadGraph> graph,
        const ResponseZoneModel *zones, QObject *parent = nullptr);
    ~CoverageModel() override;

    bool active() const { return m_active; }
    void setActive(bool on);
    QStringList withoutUnits() const { return m_without; }
    void setWithoutUnits(const QStringList &ids);
    bool busy() const { return m_running; }
    int updates() const { return m_updates; }
    double computeMs() const { return m_computeMs; }
    int freeUnits() const { return m_freeUnits; }
    QString problem() const { return m_problem; }

    // The share in percent of a class's zones reachable within their target (with withoutUnits
    // taken away, when set); -1 when the centre has no zone of that class.
    Q_INVOKABLE double coveredPercent(wf::ResponseZoneModel::Zone zone) const;
    // The same with every free unit counted: what the what-if is compared with.
    Q_INVOKABLE double coveredPercentBefore(wf::ResponseZoneModel::Zone zone) const;
    // How many zones of the class have a gap.
    Q_INVOKABLE int gapZones(wf::ResponseZoneModel::Zone zone) const;
    // Asks for a new computation now (it starts when the running one ends).
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Row
    {
        QVariantList path;
        Area area;
        ResponseZoneModel::Zone zone;
    };
    struct Result;
    struct Engine;

signals:
    void activeChanged();
    void withoutUnitsChanged();
    void busyChanged();
    void updated();

private:
    void start();
    void finish(std::shared_ptr<Result> result);
    const maps::ClassCoverage *find(
        const std::vector<maps::ClassCoverage> &classes, ResponseZoneModel::Zone zone) const;

    const WorldState *m_world;
    const ResponseZoneModel *m_zones;
    std::shared_ptr<const maps::RoadGraph> m_graph;
    QThread m_thread;
    QObject *m_workerContext = nullptr; // lives in m_thread
    std::unique_ptr<Engine> m_engine; // used only in m_thread
    QTimer m_refresh;
    QTimer m_soon;
    bool m_active = false;
    bool m_running = false;
    bool m_pending = false;
    bool m_zonesChanged = true;
    QStringList m_without;
    QList<Row> m_rows;
    std::vector<maps::ClassCoverage> m_classes;
    std::vector<maps::ClassCoverage> m_classesBefore;
    int m_updates = 0;
    double m_computeMs = 0;
    int m_freeUnits = 0;
    QString m_problem;
};

} // namespace wf
