#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QtQmlIntegration>

namespace wf {

// The non-template part: QML needs a count that notifies, and templates cannot declare signals.
class ListModelBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    virtual int count() const = 0;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }

signals:
    void countChanged();
};

// Rows keyed by a string id. Changes update rows in place (dataChanged with the changed roles)
// so views keep their delegates; the model is never reset on an ordinary change.
template<typename Row>
class KeyedListModel : public ListModelBase
{
public:
    using ListModelBase::ListModelBase;

    int count() const override { return int(m_rows.size()); }
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
        const auto it = m_index.constFind(id);
        if (it != m_index.cend()) {
            m_rows[*it] = row;
            const auto idx = index(*it);
            emit dataChanged(idx, idx);
            return;
        }
        const int n = int(m_rows.size());
        beginInsertRows({}, n, n);
        m_rows.append(row);
        m_index.insert(id, n);
        endInsertRows();
        emit countChanged();
    }

    // Applies f to the row with this id; returns false when there is no such row.
    template<typename F>
    bool update(const QString &id, F &&f, const QList<int> &roles = {})
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.cend())
            return false;
        f(m_rows[*it]);
        const auto idx = index(*it);
        emit dataChanged(idx, idx, roles);
        return true;
    }

    bool remove(const QString &id)
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.cend())
            return false;
        const int row = *it;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_index.erase(it);
        for (auto &r : m_index) {
            if (r > row)
                --r;
        }
        endRemoveRows();
        emit countChanged();
        return true;
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
        emit countChanged();
    }

private:
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace wf
