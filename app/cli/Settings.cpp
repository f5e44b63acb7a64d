#include "Settings.h"

#include "BoundedFile.h"

#include <QFile>
#include <QJsonDocument>
#include <cmath>

namespace wf {

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<QJsonObject> parse(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject()) {
        const int line = int(json.left(pe.offset).count('\n')) + 1;
        *error = doc.isNull() ? QStringLiteral("%1:%2: %3").arg(origin).arg(line).arg(pe.errorString())
                              : QStringLiteral("%1: settings must be a JSON object").arg(origin);
        return std::nullopt;
    }
    return doc.object();
}

bool applyMap(Settings::Map &m, const QJsonObject &o, const QString &origin, QString *error)
{
    static const QStringList known { QStringLiteral("upstream_url"), QStringLiteral("user_agent"),
        QStringLiteral("attribution"), QStringLiteral("cache"), QStringLiteral("timeout_s"),
        QStringLiteral("max_offline_tiles"), QStringLiteral("cache_max_mb"), QStringLiteral("roads"),
        QStringLiteral("draw_roads"), QStringLiteral("camera_index") };
    static const QStringList numbers { QStringLiteral("timeout_s"), QStringLiteral("max_offline_tiles"),
        QStringLiteral("cache_max_mb") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: unknown setting 'map.%2'").arg(origin, it.key());
            return false;
        }
        if (it.key() == u"draw_roads") {
            if (!it.value().isBool()) {
                *error = QStringLiteral("%1: map.draw_roads must be true or false").arg(origin);
                return false;
            }
            continue;
        }
        if (numbers.contains(it.key()) && !it.value().isDouble()) {
            *error = QStringLiteral("%1: map.%2 must be a number").arg(origin, it.key());
            return false;
        }
        if (!numbers.contains(it.key()) && !it.value().isString()) {
            *error = QStringLiteral("%1: map.%2 must be a string").arg(origin, it.key());
            return false;
        }
    }
    m.upstreamUrl = o.value(u"upstream_url").toString(m.upstreamUrl);
    m.userAgent = o.value(u"user_agent").toString(m.userAgent);
    m.attribution = o.value(u"attribution").toString(m.attribution);
    m.cachePath = o.value(u"cache").toString(m.cachePath);
    m.roadsPath = o.value(u"roads").toString(m.roadsPath);
    m.cameraIndexPath = o.value(u"camera_index").toString(m.cameraIndexPath);
    m.drawRoads = o.value(u"draw_roads").toBool(m.drawRoads);
    if (m.userAgent.trimmed().isEmpty()) {
        *error
            = QStringLiteral("%1: map.user_agent must not be empty (tile servers refuse anonymous clients)")
                  .arg(origin);
        return false;
    }
    if (o.contains(u"timeout_s")) {
        const double t = o.value(u"timeout_s").toDouble(-1);
        if (t < 1 || t > 120) {
            *error = QStringLiteral("%1: map.timeout_s must be 1..120").arg(origin);
            return false;
        }
        m.timeoutSeconds = t;
    }
    if (o.contains(u"max_offline_tiles")) {
        const double n = o.value(u"max_offline_tiles").toDouble(-1);
        if (n < 1 || n > 10e6) {
            *error = QStringLiteral("%1: map.max_offline_tiles must be 1..10000000").arg(origin);
            return false;
        }
        m.maxOfflineTiles = qint64(n);
    }
    if (o.contains(u"cache_max_mb")) {
        const double mb = o.value(u"cache_max_mb").toDouble(-1);
        if (mb < 1 || mb > Settings::Map::kMaxCacheMegabytes) {
            *error = QStringLiteral("%1: map.cache_max_mb must be 1..%2 (megabytes of tiles the cache keeps)")
                         .arg(origin)
                         .arg(Settings::Map::kMaxCacheMegabytes);
            return false;
        }
        m.cacheMaxMegabytes = qint64(mb);
    }
    return true;
}

bool applyDispatch(Settings::DispatchSettings &d, const QJsonObject &o, const QString &origin, QString *error)
{
    static const QStringList known { QStringLiteral("role"), QStringLiteral("ack_seconds"),
        QStringLiteral("zones") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: unknown setting 'dispatch.%2'").arg(origin, it.key());
            return false;
        }
    }
    if (o.contains(u"role")) {
        const QString role = o.value(u"role").toString();
        if (role != u"dispatcher" && role != u"supervisor" && role != u"trainee") {
            *error
                = QStringLiteral("%1: dispatch.role must be dispatcher, supervisor or trainee").arg(origin);
            return false;
        }
        d.role = role;
    }
    if (o.contains(u"ack_seconds")) {
        const QJsonValue v = o.value(u"ack_seconds");
        const double n = v.isDouble() ? v.toDouble() : -1;
        if (!(n >= 5 && n <= 3600)) {
            *error = QStringLiteral("%1: dispatch.ack_seconds must be 5..3600 (seconds an order may wait for "
                                    "its acknowledgement)")
                         .arg(origin);
            return false;
        }
        d.ackSeconds = int(n);
    }
    if (o.contains(u"zones")) {
        if (!o.value(u"zones").isString()) {
            *error = QStringLiteral("%1: dispatch.zones must be a file name").arg(origin);
            return false;
        }
        d.zonesPath = o.value(u"zones").toString();
    }
    return true;
}

bool applyJournal(Settings::JournalSettings &j, const QJsonObject &o, const QString &origin, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"keep_days") {
            *error = QStringLiteral("%1: unknown setting 'journal.%2'").arg(origin, it.key());
            return false;
        }
    }
    if (o.contains(u"keep_days")) {
        const QJsonValue v = o.value(u"keep_days");
        const double n = v.isDouble() ? v.toDouble() : -1;
        if (!(n >= 0 && n <= Settings::kMaxJournalKeepDays) || n != std::floor(n)) {
            *error = QStringLiteral("%1: journal.keep_days must be a whole number of days from 0 (keep every "
                                    "day) to %2")
                         .arg(origin)
                         .arg(Settings::kMaxJournalKeepDays);
            return false;
        }
        j.keepDays = int(n);
    }
    return true;
}

bool applyBackend(Settings::Backend &b, const QJsonObject &o, const QString &origin, QString *error)
{
    static const QStringList known { QStringLiteral("url"), QStringLiteral("ca_file"),
        QStringLiteral("cert_file"), QStringLiteral("key_file"), QStringLiteral("password_file"),
        QStringLiteral("role"), QStringLiteral("client_id") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = it.key() == u"password"
                ? QStringLiteral("%1: a password does not belong in the settings: use backend.password_file")
                      .arg(origin)
                : QStringLiteral("%1: unknown setting 'backend.%2'").arg(origin, it.key());
            return false;
        }
        if (!it.value().isString()) {
            *error = QStringLiteral("%1: backend.%2 must be a string").arg(origin, it.key());
            return false;
        }
    }
    b.url = o.value(u"url").toString(b.url);
    b.caFile = o.value(u"ca_file").toString(b.caFile);
    b.certFile = o.value(u"cert_file").toString(b.certFile);
    b.keyFile = o.value(u"key_file").toString(b.keyFile);
    b.passwordFile = o.value(u"password_file").toString(b.passwordFile);
    b.role = o.value(u"role").toString(b.role);
    b.clientId = o.value(u"client_id").toString(b.clientId);
    static const QStringList roles { QStringLiteral("dispatcher"), QStringLiteral("supervisor"),
        QStringLiteral("trainee") };
    if (!roles.contains(b.role)) {
        *error = QStringLiteral("%1: backend.role must be dispatcher, supervisor or trainee").arg(origin);
        return false;
    }
    return true;
}

bool apply(Settings &s, const QJsonObject &o, const QString &origin, QString *error)
{
    static const QStringList known { QStringLiteral("operator"), QStringLiteral("sim"), QStringLiteral("map"),
        QStringLiteral("dispatch"), QStringLiteral("backend"), QStringLiteral("journal"),
        QStringLiteral("$comment") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: unknown setting '%2'").arg(origin, it.key());
            return false;
        }
    }
    // A section of the wrong type would otherwise read as empty and be ignored without a word.
    for (const auto *section : { "sim", "map", "dispatch", "backend", "journal" }) {
        const QJsonValue v = o.value(QLatin1String(section));
        if (!v.isUndefined() && !v.isObject()) {
            *error = QStringLiteral("%1: '%2' must be an object ({ ... }), not %3")
                         .arg(origin, QLatin1String(section), jsonTypeName(v));
            return false;
        }
    }
    if (o.contains(u"operator")) {
        if (!o.value(u"operator").isString()) {
            *error = QStringLiteral("%1: operator must be a string").arg(origin);
            return false;
        }
        s.operatorId = o.value(u"operator").toString();
    }
    const auto sim = o.value(u"sim").toObject();
    static const QStringList knownSim { QStringLiteral("units"), QStringLiteral("scenario"),
        QStringLiteral("incidents_per_hour") };
    for (auto it = sim.begin(); it != sim.end(); ++it) {
        if (!knownSim.contains(it.key())) {
            *error = QStringLiteral("%1: unknown setting 'sim.%2'").arg(origin, it.key());
            return false;
        }
    }
    if (sim.contains(u"units")) {
        const int n = sim.value(u"units").toInt(-1);
        if (n < 0 || n > 100000) {
            *error = QStringLiteral("%1: sim.units must be 0..100000").arg(origin);
            return false;
        }
        s.simUnits = n;
    }
    if (sim.contains(u"scenario")) {
        const auto v = sim.value(u"scenario");
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            *error = QStringLiteral("%1: sim.scenario must be a scenario id or a file name").arg(origin);
            return false;
        }
        s.simScenario = v.toString().trimmed();
    }
    if (sim.contains(u"incidents_per_hour")) {
        const QJsonValue v = sim.value(u"incidents_per_hour");
        const double rate = v.isDouble() ? v.toDouble() : -1;
        if (!(rate >= 0 && rate <= Settings::kMaxIncidentsPerHour)) {
            *error = QStringLiteral("%1: sim.incidents_per_hour must be a number from 0 to %2")
                         .arg(origin)
                         .arg(Settings::kMaxIncidentsPerHour);
            return false;
        }
        s.incidentsPerHour = rate;
    }
    return applyMap(s.map, o.value(u"map").toObject(), origin, error)
        && applyDispatch(s.dispatch, o.value(u"dispatch").toObject(), origin, error)
        && applyBackend(s.backend, o.value(u"backend").toObject(), origin, error)
        && applyJournal(s.journal, o.value(u"journal").toObject(), origin, error);
}

} // namespace

std::optional<Settings> Settings::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    Settings s;
    const auto o = parse(json, origin, error);
    if (!o || !apply(s, *o, origin, error))
        return std::nullopt;
    return s;
}

std::optional<Settings> Settings::load(const QString &userFile, QString *error)
{
    QFile defaults(QStringLiteral(":/watchfloor/settings/default.json"));
    if (!defaults.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("built-in settings are missing from this build");
        return std::nullopt;
    }
    auto s = fromJson(defaults.readAll(), QStringLiteral("built-in settings"), error);
    if (!s || userFile.isEmpty())
        return s;
    QString why;
    const auto bytes = readBoundedFile(userFile, Settings::kMaxFileBytes, &why);
    if (!bytes) {
        *error = QStringLiteral("cannot read settings %1: %2").arg(userFile, why);
        return std::nullopt;
    }
    const auto o = parse(*bytes, userFile, error);
    if (!o || !apply(*s, *o, userFile, error))
        return std::nullopt;
    return s;
}

} // namespace wf
