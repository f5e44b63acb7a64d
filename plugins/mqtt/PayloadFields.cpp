#include "PayloadFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace wf::mqtt {

bool PayloadFields::validId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'_' || u == u'-' || u == u'.' || u == u':';
        if (!ok)
            return false;
    }
    return true;
}

QString PayloadFields::id(const char *key, bool required)
{
    const QString s = text(key, 64, required);
    if (ok() && (required || !s.isEmpty()) && !validId(s))
        fail("out_of_range", key);
    return s;
}

QString PayloadFields::text(const char *key, int maxChars, bool required)
{
    const auto v = m_o.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (required)
            fail("missing_field", key);
        return {};
    }
    if (!v.isString()) {
        fail("wrong_type", key);
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxChars)
        fail("out_of_range", key);
    return s;
}

double PayloadFields::number(const char *key, double lo, double hi, bool required, double fallback)
{
    const auto v = m_o.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (required)
            fail("missing_field", key);
        return fallback;
    }
    if (!v.isDouble()) {
        fail("wrong_type", key);
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < lo || d > hi) {
        fail("out_of_range", key);
        return fallback;
    }
    return d;
}

bool PayloadFields::boolean(const char *key)
{
    const auto v = m_o.value(QLatin1StringView(key));
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        fail("wrong_type", key);
    return v.toBool();
}

QStringList PayloadFields::strings(const char *key, int maxItems, int maxChars)
{
    const auto v = m_o.value(QLatin1StringView(key));
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        fail("wrong_type", key);
        return out;
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail("out_of_range", key);
        return out;
    }
    for (const auto &item : a) {
        if (!item.isString()) {
            fail("wrong_type", key);
            return {};
        }
        if (item.toString().size() > maxChars) {
            fail("out_of_range", key);
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

GeoPoint PayloadFields::position()
{
    GeoPoint p;
    p.lat = number("lat", -90, 90, true);
    p.lon = number("lon", -180, 180, true);
    return p;
}

void PayloadFields::fail(const char *reason, const char *key)
{
    fail(reason, QString::fromLatin1(key));
}

void PayloadFields::fail(const char *reason, const QString &detail)
{
    if (m_reason)
        return;
    m_reason = reason;
    m_detail = detail;
}

QByteArray toJson(QJsonObject o, qint64 ts)
{
    o.insert(QStringLiteral("v"), PayloadFields::kVersion);
    o.insert(QStringLiteral("ts"), double(ts));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withPosition(QJsonObject o, const GeoPoint &p)
{
    o.insert(QStringLiteral("lat"), p.lat);
    o.insert(QStringLiteral("lon"), p.lon);
    return o;
}

} // namespace wf::mqtt
