#pragma once

#include "Event.h"
#include "KeyedRows.h"

#include <array>

namespace wf {

struct UnitRow
{
    UnitReported info;
    float speedKmh = 0;
    qint64 lastFixMs = 0;
};

class UnitModel : public ListModelBase, public KeyedRows<UnitModel, UnitRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Units come from the WorldState")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CallSignRole,
        KindRole,
        StatusRole,
        StatusNameRole,
        LatitudeRole,
        LongitudeRole,
        HeadingRole,
        SpeedRole,
        LastFixRole,
    };
    Q_ENUM(Role)
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

class CameraModel : public ListModelBase, public KeyedRows<CameraModel, CameraReported>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Cameras come from the WorldState")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        LatitudeRole,
        LongitudeRole,
        BearingRole,
        FovRole,
        MainUrlRole,
        SubUrlRole
    };
    Q_ENUM(Role)
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

class SiteModel : public ListModelBase, public KeyedRows<SiteModel, SiteReported>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sites come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, KindRole, LatitudeRole, LongitudeRole };
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

struct IncidentRow
{
    IncidentReported info;
    qint64 reportedMs = 0;
    bool open = true;
    QString resolution;
    IncidentStage stage = IncidentStage::New;
    // When each stage was first reached (world clock, 0: not yet), indexed by IncidentStage.
    std::array<qint64, 5> stageMs {};
    QStringList alerts; // linked alerts
    QString source; // who reported it: a connector, or "operator"
};

class IncidentModel : public ListModelBase, public KeyedRows<IncidentModel, IncidentRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Incidents come from the WorldState")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        SummaryRole,
        SeverityRole,
        LatitudeRole,
        LongitudeRole,
        ReportedRole,
        OpenRole,
        ResolutionRole,
        StageRole,
        StageNameRole,
        DispatchedAtRole,
        OnSceneAtRole,
        ResolvedAtRole,
        AlertsRole,
    };
    Q_ENUM(Role)
    // The incident's lifecycle for QML (the same values as wf::IncidentStage).
    enum Stage { New, Dispatched, OnScene, Resolved, Closed };
    Q_ENUM(Stage)
    Q_PROPERTY(int openCount READ openCount NOTIFY openCountChanged)
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    // Incidents not yet resolved or closed: what the footer and the lists count.
    int openCount() const { return m_open; }
    void recount();
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void openCountChanged();

private:
    int m_open = 0;
};

struct CongestionRow
{
    CongestionReported info;
    qint64 updatedMs = 0;
};

class CongestionModel : public ListModelBase, public KeyedRows<CongestionModel, CongestionRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Congestion points come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, RoadRole, SeverityRole, LatitudeRole, LongitudeRole, UpdatedRole };
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

// Where the dispatcher last placed a suspect: a sighting marked on a camera (at the camera,
// the latest per camera) or a read of a hot-listed plate (at the checkpoint, the latest per
// plate). What the dispatcher knows, never the training world's ground truth.
struct LastSeenRow
{
    QString id; // "camera:ID" or "plate:PLATE"
    QString label; // the camera's name, or the plate
    GeoPoint position;
    qint64 atMs = 0;
};

class LastSeenModel : public ListModelBase, public KeyedRows<LastSeenModel, LastSeenRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Last-seen places come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, LabelRole, LatitudeRole, LongitudeRole, TimeRole };
    Q_ENUM(Role)
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

struct OrderRow
{
    OrderIssued info;
    OrderState state = OrderState::Issued;
    qint64 issuedMs = 0;
    qint64 updatedMs = 0;
    QString note;
    // Every state the order went through, with its time on the world's clock.
    QList<std::pair<OrderState, qint64>> history;
};

class OrderModel : public ListModelBase, public KeyedRows<OrderModel, OrderRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Orders come from the WorldState")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UnitIdRole,
        TaskRole,
        StateRole,
        StateNameRole,
        LatitudeRole,
        LongitudeRole,
        IncidentIdRole,
        IssuedRole,
        UpdatedRole,
        NoteRole,
    };
    Q_ENUM(Role)
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

struct CordonRow
{
    CordonSet info;
    qint64 setMs = 0; // world clock
    // Its manning activated (the man-checkpoint orders sent) and every post closed; 0: not yet.
    qint64 activatedMs = 0;
    QStringList orderIds;
    qint64 closedMs = 0;
};

class CordonModel : public ListModelBase, public KeyedRows<CordonModel, CordonRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Cordons come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PathRole, StateRole, SetTimeRole };
    Q_ENUM(Role)
    // Set, its manning activated, or closed (a unit on every post).
    enum class State { Set, Activated, Closed };
    Q_ENUM(State)
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

struct AlertRow
{
    AlertRaised info;
    qint64 raisedMs = 0;
    bool acknowledged = false;
    bool dismissed = false;
    QString dismissReason;
    qint64 snoozedUntilMs = 0; // world clock
    QString incidentId; // the incident it was attached to
};

class AlertModel : public ListModelBase, public KeyedRows<AlertModel, AlertRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Alerts come from the WorldState")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        SeverityRole,
        LatitudeRole,
        LongitudeRole,
        RaisedRole,
        AcknowledgedRole,
        DismissedRole,
        SnoozedUntilRole,
        IncidentIdRole,
        CodeRole,
        ArgsRole,
        // Still waiting for the operator: not acknowledged, dismissed or attached.
        PendingRole,
    };
    Q_ENUM(Role)
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace wf
