#pragma once

#include <QString>

namespace wf {

// A CSV cell a spreadsheet reads as the text it is: quoted when it holds a comma, a quote or a
// line break, and prefixed with ' when it would otherwise be run as a formula (=, +, -, @).
// Text from the field (incident types, names, notes) goes through here before any CSV.
QString spreadsheetCell(QString text);

} // namespace wf
