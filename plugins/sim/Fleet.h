#pragma once

#include "SimUnit.h"

#include <QString>
#include <unordered_map>
#include <vector>

namespace wf::sim {

// The units on duty, kept in the order they came on (the order every tick moves them in, which
// the random numbers depend on) and found by id. Owned by SimWorld; the shift fills it.
class Fleet
{
public:
    std::vector<SimUnit> &units() { return m_units; }
    const std::vector<SimUnit> &units() const { return m_units; }
    int size() const { return int(m_units.size()); }
    bool contains(const QString &id) const { return m_index.contains(id); }
    SimUnit *find(const QString &id)
    {
        auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_units[it->second];
    }
    const SimUnit *find(const QString &id) const
    {
        auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_units[it->second];
    }
    void add(SimUnit u)
    {
        m_index[u.id] = m_units.size();
        m_units.push_back(std::move(u));
    }

private:
    std::vector<SimUnit> m_units;
    std::unordered_map<QString, std::size_t> m_index;
};

} // namespace wf::sim
