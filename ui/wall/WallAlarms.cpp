#include "WallAlarms.h"

#include "WorldModels.h"

#include <algorithm>

namespace wf::wall {

WallAlarms::WallAlarms(std::function<int()> tileCount, QObject *parent)
    : QObject(parent)
    , m_tileCount(std::move(tileCount))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kHighlightMs);
    connect(&m_timer, &QTimer::timeout, this, &WallAlarms::dismiss);
}

void WallAlarms::setAlerts(AlertModel *alerts)
{
    if (alerts == m_alerts)
        return;
    if (m_alerts)
        m_alerts->disconnect(this);
    m_alerts = alerts;
    // Only alerts raised from now on pop up; old ones are history, not news.
    if (!m_alerts)
        return;
    connect(m_alerts, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onAlertsInserted(first, last); });
    // Handled in the alert queue (acknowledged, dismissed or attached to an incident): the alarm
    // on the wall is over too.
    connect(m_alerts, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last) {
            if (!up())
                return;
            for (int row = first.row(); row <= last.row(); ++row) {
                const QModelIndex i = m_alerts->index(row);
                if (m_alerts->data(i, AlertModel::IdRole).toString() == m_alertId
                    && !m_alerts->data(i, AlertModel::PendingRole).toBool()) {
                    dismiss();
                    return;
                }
            }
        });
}

int WallAlarms::reservedCount() const
{
    return std::clamp(m_tileCount() / 3, 1, 4);
}

int WallAlarms::firstReserved() const
{
    return m_tileCount() - reservedCount();
}

void WallAlarms::pop(const QString &alertId, const QString &text, double latitude, double longitude)
{
    if (m_tileCount() == 0)
        return;
    const bool wasUp = up();
    m_alertId = alertId;
    m_text = text;
    emit popped(latitude, longitude);
    if (!wasUp)
        emit reservedChanged();
    m_timer.start();
    emit changed();
}

void WallAlarms::dismiss()
{
    if (!up())
        return;
    m_alertId.clear();
    m_text.clear();
    m_timer.stop();
    emit reservedChanged();
    emit changed();
}

void WallAlarms::onAlertsInserted(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex i = m_alerts->index(row);
        if (m_alerts->data(i, AlertModel::SeverityRole).toInt() < int(Severity::High)
            || m_alerts->data(i, AlertModel::AcknowledgedRole).toBool())
            continue;
        pop(m_alerts->data(i, AlertModel::IdRole).toString(),
            m_alerts->data(i, AlertModel::TextRole).toString(),
            m_alerts->data(i, AlertModel::LatitudeRole).toDouble(),
            m_alerts->data(i, AlertModel::LongitudeRole).toDouble());
    }
}

} // namespace wf::wall
