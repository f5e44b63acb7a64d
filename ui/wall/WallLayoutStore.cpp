#include "WallLayoutStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace wf::wall {

namespace {
constexpr int kFormatVersion = 1;
constexpr auto kKind = "watchfloor-wall-layouts";
} // namespace

WallLayoutStore::WallLayoutStore(QString path)
    : m_path(std::move(path))
{ }

bool WallLayoutStore::load()
{
    m_layouts.clear();
    m_error.clear();
    m_damaged = false;
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return true;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: %2").arg(m_path, f.errorString());
        m_damaged = true;
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    const QJsonObject root = doc.object();
    if (pe.error != QJsonParseError::NoError) {
        m_error = QStringLiteral("%1: not JSON (%2 at byte %3)").arg(m_path, pe.errorString()).arg(pe.offset);
    } else if (root.value(QLatin1String("kind")).toString() != QLatin1String(kKind)) {
        m_error = QStringLiteral("%1: not a wall layouts file").arg(m_path);
    } else if (root.value(QLatin1String("version")).toInt() > kFormatVersion) {
        m_error = QStringLiteral("%1: written by a newer Watchfloor (format %2)")
                      .arg(m_path)
                      .arg(root.value(QLatin1String("version")).toInt());
    }
    if (!m_error.isEmpty()) {
        m_damaged = true;
        return false;
    }
    for (const auto &v : root.value(QLatin1String("layouts")).toArray()) {
        const QJsonObject o = v.toObject();
        Saved s;
        s.name = o.value(QLatin1String("name")).toString().trimmed();
        s.layout = o.value(QLatin1String("layout")).toString();
        for (const auto &c : o.value(QLatin1String("cameras")).toArray())
            s.cameras.append(c.toString());
        if (!s.name.isEmpty() && !s.layout.isEmpty() && !find(s.name))
            m_layouts.append(s);
    }
    return true;
}

QStringList WallLayoutStore::names() const
{
    QStringList out;
    for (const auto &l : m_layouts)
        out.append(l.name);
    return out;
}

const WallLayoutStore::Saved *WallLayoutStore::find(const QString &name) const
{
    for (const auto &l : m_layouts) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

bool WallLayoutStore::save(const Saved &layout)
{
    if (m_damaged)
        return false; // keep the reason load() gave: the file is left as it is
    Saved s = layout;
    s.name = s.name.trimmed();
    if (s.name.isEmpty()) {
        m_error = QStringLiteral("a saved layout needs a name");
        return false;
    }
    const auto it
        = std::find_if(m_layouts.begin(), m_layouts.end(), [&](const Saved &l) { return l.name == s.name; });
    if (it != m_layouts.end())
        *it = s;
    else
        m_layouts.append(s);
    return write();
}

bool WallLayoutStore::remove(const QString &name)
{
    if (m_damaged)
        return false;
    const auto n = m_layouts.removeIf([&](const Saved &l) { return l.name == name; });
    return n == 0 || write();
}

bool WallLayoutStore::write()
{
    if (m_path.isEmpty()) {
        m_error = QStringLiteral("no file for saved layouts");
        return false;
    }
    QJsonArray layouts;
    for (const auto &l : m_layouts) {
        layouts.append(
            QJsonObject { { QStringLiteral("name"), l.name }, { QStringLiteral("layout"), l.layout },
                { QStringLiteral("cameras"), QJsonArray::fromStringList(l.cameras) } });
    }
    const QJsonObject root { { QStringLiteral("kind"), QLatin1String(kKind) },
        { QStringLiteral("version"), kFormatVersion }, { QStringLiteral("layouts"), layouts } };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, f.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace wf::wall
