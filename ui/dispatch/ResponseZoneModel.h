#pragma once

#include "ZoneLayer.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace wf {

// The centre's response zones for QML: one row per ring (for a map layer of polygons), the
// zone of a place and its target. Made by the application from the zone file.
class ResponseZoneModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Response zones are loaded by the application")
    Q_PROPERTY(QString error READ error CONSTANT)
    Q_PROPERTY(int zoneCount READ zoneCount NOTIFY layerChanged)
public:
    // The same values as maps::ResponseZone.
    enum Zone { NoZone, Urban, Central, KeySite };
    Q_ENUM(Zone)
    enum Role { PathRole = Qt::UserRole + 1, ZoneRole, NameRole, HoleRole };

    explicit ResponseZoneModel(
        std::optional<maps::ZoneLayer> layer, const QString &error, QObject *parent = nullptr);

    QString error() const { return m_error; }
    Q_INVOKABLE wf::ResponseZoneModel::Zone zoneAt(double latitude, double longitude) const;
    // The target in seconds for a zone (0: none).
    Q_INVOKABLE int targetSeconds(wf::ResponseZoneModel::Zone zone) const;
    const maps::ZoneLayer *layer() const { return m_layer ? &*m_layer : nullptr; }
    // An edited layer replaces the one shown and looked up (ZoneEditor).
    void setLayer(maps::ZoneLayer layer);
    int zoneCount() const { return m_layer ? int(m_layer->zones().size()) : 0; }
    // A zone's name and class, by its index in the layer (for the zone list).
    Q_INVOKABLE QString zoneName(int index) const;
    Q_INVOKABLE wf::ResponseZoneModel::Zone zoneKind(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void layerChanged();

private:
    void buildRings();
    struct Ring
    {
        QVariantList path;
        Zone zone;
        QString name;
        bool hole;
    };
    std::optional<maps::ZoneLayer> m_layer;
    QString m_error;
    QList<Ring> m_rings;
};

} // namespace wf
