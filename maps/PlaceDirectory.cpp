#include "PlaceDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wf::maps {

bool PlaceDirectory::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = pe.errorString();
        return false;
    }
    if (doc.object().value(u"datum").toString(QStringLiteral("WGS-84")) != u"WGS-84") {
        *error = QStringLiteral("places must be WGS-84");
        return false;
    }
    for (const auto &v : doc.object().value(u"places").toArray()) {
        const auto o = v.toObject();
        m_places.append({ o.value(u"kind").toString(), o.value(u"name_zh").toString(),
            o.value(u"name_en").toString(), { o.value(u"lat").toDouble(), o.value(u"lon").toDouble() } });
    }
    return true;
}

bool PlaceDirectory::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    return loadJson(f.readAll(), error);
}

std::optional<PlaceDirectory::Place> PlaceDirectory::find(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    auto matches = [&](auto &&pred) -> std::optional<Place> {
        for (const auto &p : m_places) {
            if (pred(p.nameZh) || pred(p.nameEn))
                return p;
        }
        return std::nullopt;
    };
    if (auto p = matches([&](const QString &n) { return n.compare(t, Qt::CaseInsensitive) == 0; }))
        return p;
    if (auto p
        = matches([&](const QString &n) { return !n.isEmpty() && n.startsWith(t, Qt::CaseInsensitive); }))
        return p;
    return matches([&](const QString &n) { return !n.isEmpty() && n.contains(t, Qt::CaseInsensitive); });
}

} // namespace wf::maps
