#pragma once

#include "Event.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>
#include <QtQmlIntegration>

namespace wf {

// The operator's running log: the latest events worth reading, newest first, described in the
// UI language. Position fixes are left out; at fleet scale they would drown everything else.
class EventLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The event log is made by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(qint64 positionFixes READ positionFixes NOTIFY positionFixesChanged)
    Q_PROPERTY(qint64 plateReads READ plateReads NOTIFY plateReadsChanged)
public:
    enum Role { SeqRole = Qt::UserRole + 1, TimeRole, KindRole, TextRole, SourceRole, SeverityRole };
    Q_ENUM(Role)

    explicit EventLogModel(int capacity = 500, QObject *parent = nullptr);

    void append(const Event &event, qint64 worldTimeMs = 0);
    static QString describe(const Event &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    qint64 positionFixes() const { return m_positionFixes; }
    qint64 plateReads() const { return m_plateReads; }

signals:
    void countChanged();
    void positionFixesChanged();
    void plateReadsChanged();

private:
    struct Entry
    {
        qint64 seq;
        qint64 timeMs;
        QString kind;
        QString text;
        QString source;
        Severity severity;
    };
    QList<Entry> m_entries; // newest first
    int m_capacity;
    qint64 m_positionFixes = 0;
    qint64 m_plateReads = 0;
    // The two counts change thousands of times a second with a large fleet; their readers (a
    // line of text) hear of it at most every kCountsNotifyMs, not on every fix: a notification
    // per fix re-laid the text out 10,000 times a second and stalled the window.
    QTimer m_countsNotify;
    bool m_fixesDirty = false;
    bool m_readsDirty = false;
    static constexpr int kCountsNotifyMs = 250;
};

} // namespace wf
