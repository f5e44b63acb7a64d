#pragma once

#include "Event.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <cstddef>
#include <optional>

namespace wf::mqtt {

// A protocol name for an enum value ("on_scene" for UnitStatus::OnScene); a table of them is what
// a message family accepts for that field, and what it writes.
template<typename E> struct Named
{
    QStringView name;
    E value;
};

template<typename E, std::size_t N>
std::optional<E> fromName(const std::array<Named<E>, N> &table, QStringView n)
{
    for (const auto &entry : table) {
        if (entry.name == n)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QString toName(const std::array<Named<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return {};
}

// Alerts, incidents and congestion share one severity scale.
inline constexpr std::array<Named<Severity>, 4> kSeverities { { { u"low", Severity::Low },
    { u"medium", Severity::Medium }, { u"high", Severity::High }, { u"critical", Severity::Critical } } };

// Reads the fields of one payload under the common payload rules (docs/protocol.md, section 3);
// the first problem wins and names its reason and field, so a message family reads all its
// fields and asks ok() once. Holds a reference to the object: it must outlive the reader.
class PayloadFields
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxTextChars = 1000;
    // The largest integer a JSON number holds exactly; also bounds source times.
    static constexpr double kMaxExactInteger = 9007199254740992.0;

    // 1 to 64 of A-Z a-z 0-9 _ - . : (every id of a topic or a payload).
    static bool validId(QStringView id);

    explicit PayloadFields(const QJsonObject &o)
        : m_o(o)
    { }

    bool ok() const { return m_reason == nullptr; }
    const char *reason() const { return m_reason; }
    QString detail() const { return m_detail; }
    bool has(const char *key) const { return m_o.contains(QLatin1StringView(key)); }
    // The raw value, for a shape the readers below do not cover (a cordon's ring).
    QJsonValue value(const char *key) const { return m_o.value(QLatin1StringView(key)); }

    QString id(const char *key, bool required = true);
    QString text(const char *key, int maxChars = kMaxTextChars, bool required = false);
    double number(const char *key, double lo, double hi, bool required, double fallback = 0);
    bool boolean(const char *key);
    // An optional array of at most maxItems strings of at most maxChars each.
    QStringList strings(const char *key, int maxItems, int maxChars);
    GeoPoint position();
    template<typename E, std::size_t N>
    E choice(const char *key, const std::array<Named<E>, N> &table, E fallback)
    {
        const QString s = text(key, 64, true);
        if (!ok())
            return fallback;
        const auto e = fromName(table, s);
        if (!e) {
            fail("out_of_range", key);
            return fallback;
        }
        return *e;
    }
    // reason must be a string literal (it is kept as a pointer).
    void fail(const char *reason, const char *key);
    // A refusal that is not about one field's value (credentials in a URL, an id that does not
    // match the MQTT correlation data): its own words instead of the field's name.
    void fail(const char *reason, const QString &detail);

private:
    const QJsonObject &m_o;
    const char *m_reason = nullptr;
    QString m_detail;
};

// A payload as it goes out: o with the protocol version and the time of the event.
QByteArray toJson(QJsonObject o, qint64 ts);
QJsonObject withPosition(QJsonObject o, const GeoPoint &p);

} // namespace wf::mqtt
