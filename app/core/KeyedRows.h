#pragma once

#include "ListModelBase.h"

#include <QHash>
#include <QList>

namespace wf {

// Rows keyed by a string id, mixed into a model class. Changes update rows in place
// (dataChanged with the changed roles) so views keep their delegates; the model is never
// reset on an ordinary change.
template<typename Model, typename Row> class KeyedRows
{
public:
    int size() const { return int(m_rows.size()); }
    const Row *find(const QString &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.cend() ? nullptr : &m_rows[*it];
    }
    int rowOf(const QString &id) const { return m_index.value(id, -1); }
    const Row &at(int row) const { return m_rows[row]; }
    const QList<Row> &rows() const { return m_rows; }

    void upsert(const QString &id, const Row &row)
    {
        ListModelBase *m = model();
        const auto it = m_index.constFind(id);
        if (it != m_index.cend()) {
            m_rows[*it] = row;
            const auto idx = m->index(*it);
            emit m->dataChanged(idx, idx);
            return;
        }
        const int n = int(m_rows.size());
        m->beginInsertRows({}, n, n);
        m_rows.append(row);
        m_index.insert(id, n);
        m->endInsertRows();
        emit m->countChanged();
    }

    // Applies f to the row with this id; returns false when there is no such row.
    template<typename F> bool update(const QString &id, F &&f, const QList<int> &roles = {})
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.cend())
            return false;
        f(m_rows[*it]);
        ListModelBase *m = model();
        const auto idx = m->index(*it);
        emit m->dataChanged(idx, idx, roles);
        return true;
    }

    bool remove(const QString &id)
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.cend())
            return false;
        ListModelBase *m = model();
        const int row = *it;
        m->beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_index.erase(it);
        for (auto &r : m_index) {
            if (r > row)
                --r;
        }
        m->endRemoveRows();
        emit m->countChanged();
        return true;
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        ListModelBase *m = model();
        m->beginResetModel();
        m_rows.clear();
        m_index.clear();
        m->endResetModel();
        emit m->countChanged();
    }

private:
    // Only the model that mixes it in makes one, so model() is always that model.
    KeyedRows() = default;
    friend Model;

    ListModelBase *model() { return static_cast<Model *>(this); }

    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace wf
