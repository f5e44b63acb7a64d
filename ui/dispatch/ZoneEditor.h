#pragma once

#include "CordonEditor.h"
#include "ResponseZoneModel.h"

#include <QObject>
#include <QtQmlIntegration>

namespace wf {

class Dispatch;

// A supervisor's edits of the response zones: a new zone drawn on the map (with the same polygon
// tool as cordons: click, drag, undo, Esc), a zone's class changed, a zone removed. Each edit is
// checked (the operator's role in Dispatch; the shape by GEOS, reading the edited layer back as
// any zone file is read), written to the centre's zone file as GeoJSON, audited, and takes
// effect at once (lookups, recommendations, the map, coverage). A refused edit changes nothing,
// on screen or on disk.
class ZoneEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The zone editor is made by the application")
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(wf::CordonEditor *drawing READ drawing CONSTANT)
    Q_PROPERTY(bool hasDrawn READ hasDrawn NOTIFY drawnChanged)
public:
    // path: where the edited layer is saved (the centre's zone file).
    ZoneEditor(ResponseZoneModel *zones, Dispatch *dispatch, const QString &path, QObject *parent = nullptr);

    bool canEdit() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    CordonEditor *drawing() { return &m_drawing; }
    bool hasDrawn() const { return !m_drawn.isEmpty(); }

    // The drawing just finished becomes a zone of this class and name.
    Q_INVOKABLE bool addDrawn(wf::ResponseZoneModel::Zone kind, const QString &name);
    Q_INVOKABLE void discardDrawn();
    Q_INVOKABLE bool setZoneKind(int index, wf::ResponseZoneModel::Zone kind);
    Q_INVOKABLE bool removeZone(int index);

signals:
    void lastErrorChanged();
    void drawnChanged();

private:
    bool apply(std::vector<maps::Zone> zones, const QString &detail);
    bool fail(const QString &error);

    ResponseZoneModel *m_zones;
    Dispatch *m_dispatch;
    QString m_path;
    CordonEditor m_drawing;
    QVariantList m_drawn;
    QString m_lastError;
};

} // namespace wf
