#pragma once

#include "OutgoingMessage.h"

#include <QList>
#include <QString>
#include <optional>

namespace wf::mqtt {

// Orders on their way out, in an SQLite file that outlives the process: an order given while
// the broker is unreachable (or the workstation is killed before it went out) is sent after the
// next connect, and sent again until the unit's first answer shows it arrived. Receivers
// de-duplicate by order id, so "again" never means "twice".
class Outbox
{
public:
    struct Entry
    {
        QString orderId;
        OutgoingMessage message;
        qint64 createdMs = 0;
        int attempts = 0;
    };

    Outbox();
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    bool open(const QString &path, QString *error);
    // Adds an order; false (and nothing changes) when the id is already there.
    bool add(const QString &orderId, const OutgoingMessage &message, qint64 nowMs, QString *error);
    // Oldest first: what to (re)send after a connect.
    QList<Entry> pending() const;
    // Unanswered orders last sent before nowMs - resendAfterMs (or never): the broker may have
    // lost them (a broker restarted without its sessions), so they go again.
    QList<Entry> due(qint64 nowMs, qint64 resendAfterMs) const;
    void markSent(const QString &orderId, qint64 nowMs);
    // The unit answered: the order arrived. It stays (and is sent again now and then, which the
    // unit answers by repeating its answers so far) until finished, so that an answer a broker
    // lost on its way back is asked for again.
    void markAnswered(const QString &orderId);
    // Done or rejected: the order leaves the outbox. False if it was not there.
    bool markFinished(const QString &orderId);
    static constexpr qint64 kFollowMs = 24 * 3600 * 1000;
    // Unanswered orders older than the message expiry: removed and returned (they become
    // "expired").
    QStringList takeExpired(qint64 nowMs, qint64 maxAgeMs);
    int size() const;
    QString path() const { return m_path; }

private:
    QString m_connection;
    QString m_path;
};

} // namespace wf::mqtt
