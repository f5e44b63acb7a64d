#include "ScenarioParser.h"

#include "HubeiMap.h"
#include "JsonNode.h"

#include <QDateTime>
#include <QRegularExpression>
#include <cmath>
#include <initializer_list>

namespace wf::sim {

QString ScenarioError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (column > 0)
        where += QStringLiteral(":%1").arg(column);
    return QStringLiteral("%1: %2").arg(where, message);
}

namespace {

// Reads the checked document into a Scenario; the first problem wins and ends the parse.
class Reader
{
public:
    Reader(const HubeiMap &map, ScenarioError &error)
        : m_map(map)
        , m_error(error)
    { }

    bool failed() const { return m_failed; }

    bool fail(int line, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error.line = line;
            m_error.column = 0;
            m_error.message = message;
        }
        return false;
    }

    // Unknown fields are errors: a misspelt field would otherwise be silently ignored.
    bool onlyKnown(const JsonNode &o, std::initializer_list<const char *> known, const QString &what)
    {
        for (std::size_t i = 0; i < o.members.size(); ++i) {
            const QString &k = o.members[i].key;
            bool ok = false;
            for (const char *name : known)
                ok = ok || k == QLatin1StringView(name);
            if (!ok) {
                QStringList names;
                for (const char *name : known)
                    names << QString::fromLatin1(name);
                return fail(o.keyLines[i],
                    QStringLiteral("unknown field '%1' in %2 (known: %3)").arg(k, what, names.join(u", ")));
            }
        }
        return true;
    }

    const JsonNode *need(const JsonNode &o, const char *key, const QString &what)
    {
        const JsonNode *v = o.get(QString::fromLatin1(key));
        if (!v)
            fail(o.line, QStringLiteral("%1 needs the field '%2'").arg(what, QLatin1StringView(key)));
        return v;
    }

    bool string(const JsonNode *v, QString &out, const char *key)
    {
        if (!v)
            return true;
        if (!v->isString())
            return fail(v->line, QStringLiteral("'%1' must be a string").arg(QLatin1StringView(key)));
        out = v->string;
        return true;
    }

    bool number(const JsonNode *v, double &out, const char *key, double lo, double hi)
    {
        if (!v)
            return true;
        if (!v->isNumber())
            return fail(v->line, QStringLiteral("'%1' must be a number").arg(QLatin1StringView(key)));
        if (v->number < lo || v->number > hi)
            return fail(v->line,
                QStringLiteral("'%1' must be between %2 and %3, not %4")
                    .arg(QLatin1StringView(key))
                    .arg(lo)
                    .arg(hi)
                    .arg(v->number));
        out = v->number;
        return true;
    }

    bool text(const JsonNode *v, Text &out, const char *key)
    {
        if (!v)
            return true;
        if (v->isString()) { // one text for both languages
            out = { v->string, v->string };
            return true;
        }
        if (!v->isObject())
            return fail(v->line,
                QStringLiteral("'%1' must be {\"zh\": ..., \"en\": ...}").arg(QLatin1StringView(key)));
        if (!onlyKnown(*v, { "zh", "en" }, QStringLiteral("'%1'").arg(QLatin1StringView(key))))
            return false;
        string(v->get(u"zh"), out.zh, "zh");
        string(v->get(u"en"), out.en, "en");
        if (out.zh.isEmpty() && out.en.isEmpty())
            return fail(v->line, QStringLiteral("'%1' needs \"zh\" or \"en\"").arg(QLatin1StringView(key)));
        if (out.zh.isEmpty())
            out.zh = out.en;
        if (out.en.isEmpty())
            out.en = out.zh;
        return true;
    }

    bool severity(const JsonNode *v, Severity &out)
    {
        if (!v)
            return true;
        static const char *names[] = { "low", "medium", "high", "critical" };
        for (int i = 0; i < 4; ++i) {
            if (v->isString() && v->string == QLatin1StringView(names[i])) {
                out = Severity(i);
                return true;
            }
        }
        return fail(v->line, QStringLiteral("'severity' must be one of low, medium, high, critical"));
    }

    // A place: {"lat": .., "lon": ..} or {"place": "Hubu Alley"}; it must lie in Hubei.
    bool location(const JsonNode *v, GeoPoint &out, const char *key)
    {
        if (!v)
            return true;
        if (!v->isObject())
            return fail(v->line,
                QStringLiteral("'%1' must be {\"lat\": .., \"lon\": ..} or {\"place\": NAME}")
                    .arg(QLatin1StringView(key)));
        if (!onlyKnown(*v, { "lat", "lon", "place" }, QStringLiteral("'%1'").arg(QLatin1StringView(key))))
            return false;
        if (const JsonNode *p = v->get(u"place")) {
            if (!p->isString())
                return fail(p->line, QStringLiteral("'place' must be a string"));
            const Place *place = m_map.findPlace(p->string);
            if (!place)
                return fail(p->line,
                    QStringLiteral(
                        "unknown place '%1' (use a name from places.json, a prefecture or a county)")
                        .arg(p->string));
            out = place->pos;
            return true;
        }
        const JsonNode *lat = need(*v, "lat", QStringLiteral("'%1'").arg(QLatin1StringView(key)));
        const JsonNode *lon = need(*v, "lon", QStringLiteral("'%1'").arg(QLatin1StringView(key)));
        if (!lat || !lon)
            return false;
        if (!lat->isNumber() || !lon->isNumber())
            return fail(v->line, QStringLiteral("'lat' and 'lon' must be numbers"));
        if (std::abs(lat->number) > 90 || std::abs(lon->number) > 180)
            return fail(lat->line,
                QStringLiteral("impossible coordinates %1, %2 (latitude -90..90, longitude -180..180)")
                    .arg(lat->number)
                    .arg(lon->number));
        out = { lat->number, lon->number };
        if (!m_map.insideProvince(out))
            return fail(lat->line,
                QStringLiteral("coordinates %1, %2 are outside Hubei (the training world)")
                    .arg(lat->number)
                    .arg(lon->number));
        return true;
    }

private:
    const HubeiMap &m_map;
    ScenarioError &m_error;
    bool m_failed = false;
};

std::optional<StepKind> stepKind(QStringView s)
{
    static const std::pair<const char *, StepKind> kinds[]
        = { { "incident", StepKind::Incident }, { "incident_burst", StepKind::IncidentBurst },
              { "suspect", StepKind::Suspect }, { "hot_list", StepKind::HotList }, { "tip", StepKind::Tip },
              { "alarm", StepKind::Alarm }, { "weather", StepKind::Weather },
              { "congestion", StepKind::Congestion }, { "alert", StepKind::Alert } };
    for (const auto &[name, kind] : kinds) {
        if (s == QLatin1StringView(name))
            return kind;
    }
    return std::nullopt;
}

bool readDescription(Reader &r, const JsonNode &d, Description &out)
{
    if (!d.isObject())
        return r.fail(d.line, QStringLiteral("a description must be an object"));
    if (!r.onlyKnown(d, { "clothing", "bag", "vehicle_colour", "text" }, QStringLiteral("a description"))
        || !r.string(d.get(u"clothing"), out.clothing, "clothing") || !r.string(d.get(u"bag"), out.bag, "bag")
        || !r.string(d.get(u"vehicle_colour"), out.vehicleColour, "vehicle_colour")
        || !r.text(d.get(u"text"), out.text, "text"))
        return false;
    for (const auto &[key, value] : { std::pair { "clothing", out.clothing }, std::pair { "bag", out.bag },
             std::pair { "vehicle_colour", out.vehicleColour } }) {
        static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!value.isEmpty() && !colour.match(value).hasMatch())
            return r.fail(d.get(QString::fromLatin1(key))->line,
                QStringLiteral("'%1' must be a colour like \"#8a1c1c\"").arg(QLatin1StringView(key)));
    }
    if (out.isEmpty())
        return r.fail(d.line, QStringLiteral("an empty description"));
    return true;
}

// "description": one, or a list that a burst's incidents take in turn.
bool readDescriptions(Reader &r, const JsonNode *v, std::vector<Description> &out)
{
    if (!v)
        return true;
    if (v->isArray()) {
        if (v->items.empty() || v->items.size() > 100)
            return r.fail(v->line, QStringLiteral("'description' lists 1 to 100 descriptions"));
        for (const auto &item : v->items) {
            Description d;
            if (!readDescription(r, item, d))
                return false;
            out.push_back(std::move(d));
        }
        return true;
    }
    Description d;
    if (!readDescription(r, *v, d))
        return false;
    out.push_back(std::move(d));
    return true;
}

bool readStep(Reader &r, const JsonNode &o, double duration, TimelineStep &s, const HubeiMap &map)
{
    s.line = o.line;
    if (!o.isObject())
        return r.fail(o.line, QStringLiteral("a timeline entry must be an object"));
    const JsonNode *type = r.need(o, "type", QStringLiteral("a timeline entry"));
    const JsonNode *at = r.need(o, "at_min", QStringLiteral("a timeline entry"));
    if (!type || !at)
        return false;
    const auto kind = type->isString() ? stepKind(type->string) : std::nullopt;
    if (!kind)
        return r.fail(type->line,
            QStringLiteral("unknown timeline type '%1' (incident, incident_burst, suspect, hot_list, tip, "
                           "alarm, weather, congestion, alert)")
                .arg(type->string));
    s.kind = *kind;
    if (!r.number(at, s.atMin, "at_min", 0, duration))
        return false;
    const QString what = QStringLiteral("a '%1' entry").arg(type->string);
    bool ok = true;
    switch (s.kind) {
    case StepKind::Incident:
    case StepKind::IncidentBurst: {
        const bool burst = s.kind == StepKind::IncidentBurst;
        ok = burst
            ? r.onlyKnown(o,
                  { "type", "at_min", "id", "incident_type", "severity", "summary", "at", "count", "over_min",
                      "radius_m", "description" },
                  what)
            : r.onlyKnown(o,
                  { "type", "at_min", "id", "incident_type", "severity", "summary", "at", "description" },
                  what);
        ok = ok && r.need(o, "id", what) && r.need(o, "incident_type", what) && r.need(o, "at", what);
        ok = ok && r.string(o.get(u"id"), s.id, "id")
            && r.string(o.get(u"incident_type"), s.incidentType, "incident_type")
            && r.severity(o.get(u"severity"), s.severity) && r.text(o.get(u"summary"), s.text, "summary")
            && r.location(o.get(u"at"), s.at, "at")
            && readDescriptions(r, o.get(u"description"), s.descriptions);
        if (ok && burst) {
            double count = 1;
            ok = r.number(o.get(u"count"), count, "count", 1, 500)
                && r.number(o.get(u"over_min"), s.overMin, "over_min", 0, duration)
                && r.number(o.get(u"radius_m"), s.radiusM, "radius_m", 0, 20'000);
            s.count = int(count);
        }
        break;
    }
    case StepKind::Suspect:
        ok = r.onlyKnown(o,
                 { "type", "at_min", "id", "plate", "vehicle", "incident", "from", "to", "route",
                     "speed_factor", "description" },
                 what)
            && r.need(o, "id", what) && r.need(o, "from", what) && r.need(o, "to", what)
            && r.need(o, "plate", what) && r.string(o.get(u"id"), s.id, "id")
            && r.string(o.get(u"plate"), s.plate, "plate")
            && r.string(o.get(u"vehicle"), s.vehicle, "vehicle")
            && r.string(o.get(u"incident"), s.incident, "incident")
            && r.location(o.get(u"from"), s.at, "from") && r.location(o.get(u"to"), s.to, "to")
            && r.string(o.get(u"route"), s.route, "route")
            && r.number(o.get(u"speed_factor"), s.speedFactor, "speed_factor", 0.1, 3)
            && readDescriptions(r, o.get(u"description"), s.descriptions);
        if (ok && s.route != u"evading" && s.route != u"fastest")
            ok = r.fail(o.get(u"route")->line, QStringLiteral("'route' must be evading or fastest"));
        break;
    case StepKind::HotList:
        ok = r.onlyKnown(o, { "type", "at_min", "suspect" }, what) && r.need(o, "suspect", what)
            && r.string(o.get(u"suspect"), s.suspect, "suspect");
        break;
    case StepKind::Tip:
        ok = r.onlyKnown(o, { "type", "at_min", "id", "suspect", "delay_min", "text" }, what)
            && r.need(o, "id", what) && r.need(o, "suspect", what) && r.string(o.get(u"id"), s.id, "id")
            && r.string(o.get(u"suspect"), s.suspect, "suspect")
            && r.number(o.get(u"delay_min"), s.delayMin, "delay_min", 0, 24 * 60)
            && r.text(o.get(u"text"), s.text, "text");
        break;
    case StepKind::Alarm: {
        ok = r.onlyKnown(o, { "type", "at_min", "id", "site", "incident_type", "severity", "summary" }, what)
            && r.need(o, "id", what) && r.need(o, "site", what) && r.string(o.get(u"id"), s.id, "id")
            && r.string(o.get(u"site"), s.site, "site")
            && r.string(o.get(u"incident_type"), s.incidentType, "incident_type")
            && r.text(o.get(u"summary"), s.text, "summary");
        s.severity = Severity::Critical;
        ok = ok && r.severity(o.get(u"severity"), s.severity);
        if (ok) {
            bool found = false;
            for (const auto &site : map.sites()) {
                if (site.kind == SiteKind::KeySite && site.name == s.site) {
                    s.at = site.pos;
                    found = true;
                    break;
                }
            }
            if (!found) {
                if (const Place *p = map.findPlace(s.site)) {
                    s.at = p->pos;
                    found = true;
                }
            }
            if (!found)
                ok = r.fail(o.get(u"site")->line, QStringLiteral("unknown key site '%1'").arg(s.site));
        }
        if (s.incidentType.isEmpty())
            s.incidentType = QStringLiteral("alarm");
        break;
    }
    case StepKind::Weather: {
        ok = r.onlyKnown(o, { "type", "at_min", "weather" }, what) && r.need(o, "weather", what);
        if (ok) {
            const JsonNode *w = o.get(u"weather");
            const auto weather = w->isString() ? maps::weatherFromName(w->string) : std::nullopt;
            if (!weather)
                ok = r.fail(w->line, QStringLiteral("'weather' must be clear, rain, heavy_rain or fog"));
            else
                s.weather = *weather;
        }
        break;
    }
    case StepKind::Congestion:
        ok = r.onlyKnown(o, { "type", "at_min", "at", "severity", "radius_m", "duration_min" }, what)
            && r.need(o, "at", what) && r.location(o.get(u"at"), s.at, "at")
            && r.severity(o.get(u"severity"), s.severity)
            && r.number(o.get(u"radius_m"), s.radiusM, "radius_m", 50, 5000)
            && r.number(o.get(u"duration_min"), s.durationMin, "duration_min", 1, 24 * 60);
        break;
    case StepKind::Alert:
        ok = r.onlyKnown(o, { "type", "at_min", "id", "text", "severity", "at" }, what)
            && r.need(o, "id", what) && r.need(o, "text", what) && r.need(o, "at", what)
            && r.string(o.get(u"id"), s.id, "id") && r.text(o.get(u"text"), s.text, "text")
            && r.severity(o.get(u"severity"), s.severity) && r.location(o.get(u"at"), s.at, "at");
        break;
    }
    return ok && !r.failed();
}

bool readObjective(Reader &r, const JsonNode &o, Objective &obj)
{
    obj.line = o.line;
    if (!o.isObject())
        return r.fail(o.line, QStringLiteral("an objective must be an object"));
    const QString what = QStringLiteral("an objective");
    bool ok = r.onlyKnown(o,
                  { "id", "text", "kind", "zone", "suspect", "cordon", "minutes", "share", "points" }, what)
        && r.need(o, "id", what) && r.need(o, "kind", what) && r.need(o, "points", what)
        && r.string(o.get(u"id"), obj.id, "id") && r.text(o.get(u"text"), obj.text, "text")
        && r.string(o.get(u"kind"), obj.kind, "kind") && r.string(o.get(u"zone"), obj.zone, "zone")
        && r.string(o.get(u"suspect"), obj.suspect, "suspect")
        && r.string(o.get(u"cordon"), obj.cordon, "cordon")
        && r.number(o.get(u"minutes"), obj.minutes, "minutes", 0, 24 * 60)
        && r.number(o.get(u"share"), obj.share, "share", 0.01, 1)
        && r.number(o.get(u"points"), obj.points, "points", 0, 1000);
    if (!ok)
        return false;
    static const char *kinds[] = { "respond_within", "intercept", "close_cordon", "hold_ring",
        "clear_congestion", "orders_completed", "spot" };
    if (std::none_of(std::begin(kinds), std::end(kinds),
            [&](const char *k) { return obj.kind == QLatin1StringView(k); }))
        return r.fail(o.get(u"kind")->line,
            QStringLiteral("unknown objective kind '%1' (respond_within, intercept, close_cordon, "
                           "hold_ring, clear_congestion, orders_completed, spot)")
                .arg(obj.kind));
    static const char *zones[] = { "any", "key_site", "central", "urban" };
    if (std::none_of(std::begin(zones), std::end(zones),
            [&](const char *k) { return obj.zone == QLatin1StringView(k); }))
        return r.fail(o.get(u"zone")->line, QStringLiteral("'zone' must be any, key_site, central or urban"));
    if ((obj.kind == u"intercept" || obj.kind == u"hold_ring") && obj.suspect.isEmpty())
        return r.fail(o.line, QStringLiteral("an %1 objective needs 'suspect'").arg(obj.kind));
    if (obj.kind == u"spot" && obj.suspect.isEmpty())
        return r.fail(
            o.line, QStringLiteral("a spot objective needs 'suspect': a suspect's id, or pickpockets"));
    if (obj.kind == u"close_cordon" && obj.cordon != u"county" && obj.cordon != u"city"
        && obj.cordon != u"province")
        return r.fail(
            o.line, QStringLiteral("a close_cordon objective needs 'cordon': county, city or province"));
    return true;
}

} // namespace

std::optional<Scenario> parseScenario(const QByteArray &json, const QString &origin, ScenarioError *error)
{
    ScenarioError err;
    err.file = origin;
    auto done = [&](std::optional<Scenario> s) {
        if (error && !s)
            *error = err;
        return s;
    };
    JsonError jerr;
    const auto root = parseJsonWithLines(json, &jerr);
    if (!root) {
        err.line = jerr.line;
        err.column = jerr.column;
        err.message = QStringLiteral("syntax error: %1").arg(jerr.message);
        return done(std::nullopt);
    }
    const auto map = HubeiMap::shared();
    Reader r(*map, err);
    if (!root->isObject()) {
        r.fail(root->line, QStringLiteral("a scenario is a JSON object"));
        return done(std::nullopt);
    }
    Scenario s;
    s.origin = origin;
    const QString what = QStringLiteral("the scenario");
    if (!r.onlyKnown(*root,
            { "$comment", "schema", "id", "title", "briefing", "start", "duration_min", "scale", "weather",
                "background", "dispatcher", "wall", "timeline", "objectives" },
            what))
        return done(std::nullopt);
    const JsonNode *schema = r.need(*root, "schema", what);
    if (schema && (!schema->isNumber() || schema->number != 1))
        r.fail(schema->line, QStringLiteral("unsupported schema version (this build reads schema 1)"));
    r.need(*root, "id", what) && r.need(*root, "briefing", what) && r.need(*root, "start", what)
        && r.need(*root, "duration_min", what) && r.need(*root, "timeline", what);
    if (r.failed())
        return done(std::nullopt);
    r.string(root->get(u"id"), s.id, "id");
    r.text(root->get(u"title"), s.title, "title");
    r.text(root->get(u"briefing"), s.briefing, "briefing");
    if (s.title.en.isEmpty())
        s.title = { s.id, s.id };
    r.number(root->get(u"duration_min"), s.durationMin, "duration_min", 1, 24 * 60);
    if (r.failed())
        return done(std::nullopt);
    const JsonNode *start = root->get(u"start");
    const QDateTime t = start->isString() ? QDateTime::fromString(start->string, Qt::ISODate) : QDateTime();
    if (!t.isValid() || !start->string.contains(u'T')) {
        r.fail(start->line,
            QStringLiteral(
                "'start' must be an ISO 8601 date and time with an offset, e.g. 2024-03-14T22:40:00+08:00"));
        return done(std::nullopt);
    }
    s.startMs = t.toMSecsSinceEpoch();
    if (const JsonNode *v = root->get(u"scale")) {
        const auto scale = v->isString() ? scaleFromName(v->string) : std::nullopt;
        if (!scale) {
            r.fail(v->line, QStringLiteral("'scale' must be small, wuhan or province"));
            return done(std::nullopt);
        }
        s.scale = *scale;
    }
    if (const JsonNode *v = root->get(u"weather")) {
        const auto w = v->isString() ? maps::weatherFromName(v->string) : std::nullopt;
        if (!w) {
            r.fail(v->line, QStringLiteral("'weather' must be clear, rain, heavy_rain or fog"));
            return done(std::nullopt);
        }
        s.weather = *w;
    }
    if (const JsonNode *bg = root->get(u"background")) {
        if (!bg->isObject()) {
            r.fail(bg->line, QStringLiteral("'background' must be an object"));
            return done(std::nullopt);
        }
        r.onlyKnown(*bg, { "incidents_per_hour", "congestion_per_hour", "hot_list_hits_per_hour" },
            QStringLiteral("'background'"))
            && r.number(bg->get(u"incidents_per_hour"), s.incidentsPerHour, "incidents_per_hour", 0, 10'000)
            && r.number(bg->get(u"congestion_per_hour"), s.congestionPerHour, "congestion_per_hour", 0, 1'000)
            && r.number(
                bg->get(u"hot_list_hits_per_hour"), s.hotListHitsPerHour, "hot_list_hits_per_hour", 0, 1'000);
    }
    if (const JsonNode *w = root->get(u"wall"); w && !r.failed()) {
        if (!w->isObject()) {
            r.fail(w->line, QStringLiteral("'wall' must be an object"));
            return done(std::nullopt);
        }
        GeoPoint at;
        if (r.onlyKnown(*w, { "at", "radius_m" }, QStringLiteral("'wall'"))
            && r.need(*w, "at", QStringLiteral("'wall'")) && r.location(w->get(u"at"), at, "at")
            && r.number(w->get(u"radius_m"), s.wallRadiusM, "radius_m", 10, 5'000))
            s.wallAt = at;
    }
    if (const JsonNode *d = root->get(u"dispatcher"); d && !r.failed()) {
        if (!d->isObject()) {
            r.fail(d->line, QStringLiteral("'dispatcher' must be an object"));
            return done(std::nullopt);
        }
        if (r.onlyKnown(*d, { "cordons" }, QStringLiteral("'dispatcher'"))) {
            if (const JsonNode *c = d->get(u"cordons")) {
                if (!c->isArray())
                    r.fail(c->line,
                        QStringLiteral("'cordons' must be a list of drive_time, county, city, province"));
                for (const auto &item : c->items) {
                    if (!item.isString()
                        || (item.string != u"drive_time" && item.string != u"county" && item.string != u"city"
                            && item.string != u"province")) {
                        r.fail(item.line, QStringLiteral("a cordon is drive_time, county, city or province"));
                        break;
                    }
                    s.cordons << item.string;
                }
            }
        }
    }
    if (r.failed())
        return done(std::nullopt);
    const JsonNode *timeline = root->get(u"timeline");
    if (!timeline->isArray()) {
        r.fail(timeline->line, QStringLiteral("'timeline' must be a list"));
        return done(std::nullopt);
    }
    for (const auto &item : timeline->items) {
        TimelineStep step;
        if (!readStep(r, item, s.durationMin, step, *map))
            return done(std::nullopt);
        s.timeline.push_back(std::move(step));
    }
    // Steps run in time order; equal times keep file order.
    std::stable_sort(
        s.timeline.begin(), s.timeline.end(), [](const auto &a, const auto &b) { return a.atMin < b.atMin; });
    if (const JsonNode *objectives = root->get(u"objectives")) {
        if (!objectives->isArray()) {
            r.fail(objectives->line, QStringLiteral("'objectives' must be a list"));
            return done(std::nullopt);
        }
        for (const auto &item : objectives->items) {
            Objective o;
            if (!readObjective(r, item, o))
                return done(std::nullopt);
            s.objectives.push_back(std::move(o));
        }
    }
    // Cross references: suspects named by tips and objectives must exist.
    QStringList suspects;
    for (const auto &st : s.timeline) {
        if (st.kind == StepKind::Suspect)
            suspects << st.id;
    }
    for (const auto &st : s.timeline) {
        if ((st.kind == StepKind::Tip || st.kind == StepKind::HotList) && !suspects.contains(st.suspect)) {
            r.fail(st.line, QStringLiteral("unknown suspect '%1'").arg(st.suspect));
            return done(std::nullopt);
        }
    }
    for (const auto &o : s.objectives) {
        if ((o.kind == u"intercept" || (o.kind == u"spot" && o.suspect != u"pickpockets"))
            && !suspects.contains(o.suspect)) {
            r.fail(o.line, QStringLiteral("unknown suspect '%1'").arg(o.suspect));
            return done(std::nullopt);
        }
    }
    return done(s);
}

} // namespace wf::sim
