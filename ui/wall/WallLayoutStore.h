#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wf::wall {

// The wall layouts a dispatcher saved by name ("Night shift", "Hankou station"), kept in one
// JSON file in the user's data folder. A damaged or foreign file is never overwritten: the
// store reports it and refuses to save until the file is fixed or removed.
class WallLayoutStore
{
public:
    struct Saved
    {
        QString name;
        QString layout; // "3x3", "1+5" ...
        QStringList cameras; // per tile, "" for an empty tile
    };

    explicit WallLayoutStore(QString path = {});

    QString path() const { return m_path; }
    // Reads the file; a missing file is an empty store. False (and error()) for a bad file.
    bool load();
    QString error() const { return m_error; }
    QStringList names() const;
    const Saved *find(const QString &name) const;
    // Adds or replaces by name and writes the file atomically.
    bool save(const Saved &layout);
    bool remove(const QString &name);

private:
    bool write();

    QString m_path;
    QList<Saved> m_layouts;
    QString m_error;
    bool m_damaged = false;
};

} // namespace wf::wall
