#pragma once

#include "ReviewNotes.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>
#include <vector>

namespace wf {

// The bookmarks of the recording under review, in time order, for the timeline's marks and the
// bookmark list: adds (with an optional note, at a moment of the recording), removes, and says
// in lastError why something was refused. The records live in the journal's review file
// (ReviewNotes), never in the journal. GUI thread only.
class BookmarkModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Bookmarks belong to the playback")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString reviewPath READ reviewPath CONSTANT)
public:
    enum Role { IdRole = Qt::UserRole + 1, TimeRole, NoteRole, AuthorRole };

    explicit BookmarkModel(QObject *parent = nullptr);

    // Reads the journal's review file, if there is one; the file is made at the first add.
    // False (with lastError) for a review file that is not ours or is another recording's; the
    // recording still plays, without bookmarks.
    bool open(const QString &journalPath, qint64 firstSeq, qint64 firstTimeMs, qint64 startMs, qint64 endMs);
    void setOperator(const QString &operatorId, const QString &role);

    Q_INVOKABLE bool add(qint64 timeMs, const QString &note);
    Q_INVOKABLE bool remove(qint64 id);
    // The time of the bookmark in this row, for jumping to it; -1 for no such row.
    Q_INVOKABLE qint64 timeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString lastError() const { return m_lastError; }
    QString reviewPath() const { return m_notes.path(); }
    const std::vector<ReviewNotes::Bookmark> &bookmarks() const { return m_rows; }

signals:
    void countChanged();
    void lastErrorChanged();

private:
    void reload();
    void setError(const QString &error);

    ReviewNotes m_notes;
    std::vector<ReviewNotes::Bookmark> m_rows;
    QString m_operator;
    QString m_role;
    QString m_lastError;
};

} // namespace wf
