#pragma once

#include "UnitRanker.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQmlIntegration>

namespace wf {

class WorldState;
class ResponseZoneModel;

// The units recommended for one incident: the available units ranked by road ETA (emergency
// driving, congestion), each against the incident's response target (1, 3 or 5 minutes from the
// zone it lies in): makes it, or misses by how much. Re-ranked as units change state, and every
// few seconds while units move.
class UnitRecommendationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The recommendations are made by the application")
    Q_PROPERTY(QString incidentId READ incidentId WRITE setIncidentId NOTIFY incidentChanged)
    Q_PROPERTY(int targetSeconds READ targetSeconds NOTIFY incidentChanged)
    Q_PROPERTY(int zone READ zone NOTIFY incidentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY ranked)
    Q_PROPERTY(int makingIt READ makingIt NOTIFY ranked)
    Q_PROPERTY(double rankMs READ rankMs NOTIFY ranked)
    Q_PROPERTY(QString problem READ problem NOTIFY ranked)
public:
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        CallSignRole,
        KindRole,
        EtaSecondsRole,
        MarginSecondsRole, // target minus ETA: negative when it misses
        MakesItRole,
        StraightMetersRole,
    };
    // How far the search looks: no one further than this is worth listing.
    static constexpr double kLimitSeconds = 30 * 60;

    UnitRecommendationModel(const WorldState *world, std::shared_ptr<const maps::RoadGraph> graph,
        const ResponseZoneModel *zones, QObject *parent = nullptr);

    QString incidentId() const { return m_incidentId; }
    void setIncidentId(const QString &id);
    int targetSeconds() const { return m_targetSeconds; }
    int zone() const { return m_zone; }
    int makingIt() const;
    double rankMs() const { return m_rankMs; }
    QString problem() const { return m_problem; }

    // The unit ids of the n best (for "call support").
    Q_INVOKABLE QStringList best(int n) const;
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void incidentChanged();
    void ranked();

private:
    const WorldState *m_world;
    const ResponseZoneModel *m_zones;
    std::optional<UnitRanker> m_ranker;
    QString m_incidentId;
    int m_targetSeconds = 0;
    int m_zone = 0;
    std::vector<UnitEta> m_rows;
    double m_rankMs = 0;
    QString m_problem;
    QTimer m_refresh;
};

} // namespace wf
