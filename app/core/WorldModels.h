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

class UnitModel : public KeyedListModel<UnitRow>
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
    using KeyedListModel::KeyedListModel;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

class CameraModel : public KeyedListModel<CameraReported>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Cameras come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, LatitudeRole, LongitudeRole, BearingRole, FovRole, MainUrlRole, SubUrlRole };
    using KeyedListModel::KeyedListModel;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

class SiteModel : public KeyedListModel<SiteReported>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sites come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, KindRole, LatitudeRole, LongitudeRole };
    using KeyedListModel::KeyedListModel;
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

class IncidentModel : public KeyedListModel<IncidentRow>
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
    using KeyedListModel::KeyedListModel;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

struct CongestionRow
{
    CongestionReported info;
    qint64 updatedMs = 0;
};

class CongestionModel : public KeyedListModel<CongestionRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Congestion points come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, RoadRole, SeverityRole, LatitudeRole, LongitudeRole, UpdatedRole };
    using KeyedListModel::KeyedListModel;
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

class OrderModel : public KeyedListModel<OrderRow>
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
    using KeyedListModel::KeyedListModel;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

class CordonModel : public KeyedListModel<CordonSet>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Cordons come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PathRole };
    using KeyedListModel::KeyedListModel;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

struct AlertRow
{
    AlertRaised info;
    qint64 raisedMs = 0;
    bool acknowledged = false;
};

class AlertModel : public KeyedListModel<AlertRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Alerts come from the WorldState")
public:
    enum Role { IdRole = Qt::UserRole + 1, TextRole, SeverityRole, LatitudeRole, LongitudeRole, RaisedRole, AcknowledgedRole };
    using KeyedListModel::KeyedListModel;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace wf
