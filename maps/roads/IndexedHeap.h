#pragma once

#include <QtGlobal>
#include <algorithm>
#include <vector>

namespace wf::maps {

// A 4-ary min-heap of node ids keyed by weight, with decrease-key: the priority queue of the
// graph searches. Four children per node keep the heap shallow and its sift-down in one cache
// line; the position table makes decrease-key O(log n) without duplicate entries.
class IndexedHeap
{
public:
    explicit IndexedHeap(std::size_t ids = 0)
        : m_pos(ids, kAbsent)
    { }

    void resize(std::size_t ids) { m_pos.assign(ids, kAbsent); }
    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    quint32 minKey() const { return m_items.front().key; }
    bool contains(quint32 id) const { return m_pos[id] != kAbsent; }

    // Inserts id, or lowers its key; a higher key is ignored.
    void push(quint32 id, quint32 key)
    {
        quint32 i = m_pos[id];
        if (i == kAbsent) {
            i = quint32(m_items.size());
            m_items.push_back({ key, id });
        } else if (key < m_items[i].key) {
            m_items[i].key = key;
        } else {
            return;
        }
        siftUp(i);
    }

    quint32 pop()
    {
        const quint32 id = m_items.front().id;
        m_pos[id] = kAbsent;
        const Item last = m_items.back();
        m_items.pop_back();
        if (!m_items.empty()) {
            m_items.front() = last;
            m_pos[last.id] = 0;
            siftDown(0);
        }
        return id;
    }

    void clear()
    {
        for (const auto &it : m_items)
            m_pos[it.id] = kAbsent;
        m_items.clear();
    }

private:
    static constexpr quint32 kAbsent = 0xffffffffu;
    struct Item
    {
        quint32 key;
        quint32 id;
    };

    void siftUp(quint32 i)
    {
        const Item item = m_items[i];
        while (i > 0) {
            const quint32 parent = (i - 1) / 4;
            if (m_items[parent].key <= item.key)
                break;
            m_items[i] = m_items[parent];
            m_pos[m_items[i].id] = i;
            i = parent;
        }
        m_items[i] = item;
        m_pos[item.id] = i;
    }

    void siftDown(quint32 i)
    {
        const Item item = m_items[i];
        const auto n = quint32(m_items.size());
        for (;;) {
            const quint32 c = 4 * i + 1;
            if (c >= n)
                break;
            quint32 best = c;
            const quint32 end = std::min(c + 4, n);
            for (quint32 k = c + 1; k < end; ++k) {
                if (m_items[k].key < m_items[best].key)
                    best = k;
            }
            if (m_items[best].key >= item.key)
                break;
            m_items[i] = m_items[best];
            m_pos[m_items[i].id] = i;
            i = best;
        }
        m_items[i] = item;
        m_pos[item.id] = i;
    }

    std::vector<Item> m_items;
    std::vector<quint32> m_pos;
};

} // namespace wf::maps
