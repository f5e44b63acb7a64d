#pragma once

#include "Event.h"
#include "KeyedListModel.h"

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
    };
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
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

struct OrderRow
{
    OrderIssued info;
    OrderState state = OrderState::Issued;
    qint64 issuedMs = 0;
    qint64 updatedMs = 0;
    QString note;
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
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

class CordonModel : public ListModelBase, public KeyedRows<CordonModel, CordonSet>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Cordons come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PathRole };
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
        AcknowledgedRole
    };
    using ListModelBase::ListModelBase;
    int count() const override { return size(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace wf
