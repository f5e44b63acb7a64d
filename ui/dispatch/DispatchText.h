#pragma once

#include "Event.h"

#include <QString>

namespace wf {

// The words the workstation shows for what connectors send as codes: incident types, order
// states and tasks, incident stages, and alerts by their code and arguments. One place, so the
// event log, the alert queue and the incident panel say the same thing in the same language.
namespace dispatchtext {

QString incidentType(const QString &type);
QString orderState(OrderState state);
QString orderTask(const QString &task);
QString incidentStage(IncidentStage stage);
QString unitStatus(UnitStatus status);
// Why a plate is hot-listed (the sources' reason codes), or the reason as given.
QString plateReason(const QString &reason);
// An alert in the workstation's language when its code is known, else the source's own text.
QString alert(const AlertRaised &alert);

} // namespace dispatchtext

} // namespace wf
