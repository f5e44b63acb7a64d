#include "BookmarkModel.h"

namespace wf {

BookmarkModel::BookmarkModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

bool BookmarkModel::open(
    const QString &journalPath, qint64 firstSeq, qint64 firstTimeMs, qint64 startMs, qint64 endMs)
{
    QString error;
    const bool ok = m_notes.open(journalPath, firstSeq, firstTimeMs, false, &error);
    m_notes.setRange(startMs, endMs);
    setError(ok ? QString() : error);
    reload();
    return ok;
}

void BookmarkModel::setOperator(const QString &operatorId, const QString &role)
{
    m_operator = operatorId;
    m_role = role;
}

bool BookmarkModel::add(qint64 timeMs, const QString &note)
{
    QString error;
    const auto added = m_notes.add(timeMs, note.trimmed(), m_operator, m_role, &error);
    setError(added ? QString() : tr("The bookmark was not saved: %1").arg(error));
    if (added)
        reload();
    return bool(added);
}

bool BookmarkModel::remove(qint64 id)
{
    QString error;
    const bool ok = m_notes.remove(id, m_operator, m_role, &error);
    setError(ok ? QString() : tr("The bookmark was not removed: %1").arg(error));
    if (ok)
        reload();
    return ok;
}

qint64 BookmarkModel::timeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].timeMs : -1;
}

void BookmarkModel::reload()
{
    beginResetModel();
    m_rows = m_notes.bookmarks();
    endResetModel();
    emit countChanged();
}

void BookmarkModel::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto &b = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return b.id;
    case TimeRole:
        return b.timeMs;
    case NoteRole:
        return b.note;
    case AuthorRole:
        return b.author;
    default:
        return {};
    }
}

QHash<int, QByteArray> BookmarkModel::roleNames() const
{
    return { { IdRole, "bookmarkId" }, { TimeRole, "timeMs" }, { NoteRole, "note" },
        { AuthorRole, "author" } };
}

} // namespace wf
