#include "Outbox.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace wf::mqtt {

Outbox::Outbox()
    : m_connection(QStringLiteral("wf-outbox-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{ }

Outbox::~Outbox()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Outbox::open(const QString &path, QString *error)
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("outbox %1: %2").arg(path, db.lastError().text());
        return false;
    }
    m_path = path;
    QSqlQuery q(db);
    // Each order is committed before it is published. WAL with synchronous=NORMAL survives a
    // kill -9 of the workstation (the write is in the OS) at a fraction of a full sync per order.
    for (const char *sql : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
             "CREATE TABLE IF NOT EXISTS outbox (order_id TEXT PRIMARY KEY, topic BLOB NOT NULL, payload "
             "BLOB NOT NULL, "
             "response_topic BLOB, correlation BLOB, expiry_s INTEGER, created_ms INTEGER NOT NULL, "
             "attempts INTEGER NOT NULL DEFAULT 0, last_sent_ms INTEGER, answered INTEGER NOT NULL DEFAULT "
             "0)" }) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = QStringLiteral("outbox %1: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Outbox::add(const QString &orderId, const OutgoingMessage &m, qint64 nowMs, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO outbox (order_id, topic, payload, response_topic, correlation, "
                       "expiry_s, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(m.topic);
    q.addBindValue(m.payload);
    q.addBindValue(m.responseTopic);
    q.addBindValue(m.correlationData);
    q.addBindValue(qint64(m.expirySeconds));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        *error = QStringLiteral("outbox: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("order %1 is already in the outbox").arg(orderId);
        return false;
    }
    return true;
}

QList<Outbox::Entry> Outbox::pending() const
{
    return due(0, -1);
}

QList<Outbox::Entry> Outbox::due(qint64 nowMs, qint64 resendAfterMs) const
{
    QList<Entry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT order_id, topic, payload, response_topic, correlation, expiry_s, created_ms, attempts "
        "FROM outbox WHERE ? < 0 OR last_sent_ms IS NULL OR last_sent_ms < ? ORDER BY created_ms, rowid"));
    q.addBindValue(resendAfterMs);
    q.addBindValue(nowMs - resendAfterMs);
    q.exec();
    while (q.next()) {
        Entry e;
        e.orderId = q.value(0).toString();
        e.message.topic = q.value(1).toByteArray();
        e.message.payload = q.value(2).toByteArray();
        e.message.responseTopic = q.value(3).toByteArray();
        e.message.correlationData = q.value(4).toByteArray();
        e.message.expirySeconds = quint32(q.value(5).toLongLong());
        e.message.qos = 1;
        e.createdMs = q.value(6).toLongLong();
        e.attempts = q.value(7).toInt();
        out.append(e);
    }
    return out;
}

void Outbox::markSent(const QString &orderId, qint64 nowMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_sent_ms = ? WHERE order_id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(orderId);
    q.exec();
}

void Outbox::markAnswered(const QString &orderId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE outbox SET answered = 1 WHERE order_id = ?"));
    q.addBindValue(orderId);
    q.exec();
}

bool Outbox::markFinished(const QString &orderId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE order_id = ?"));
    q.addBindValue(orderId);
    return q.exec() && q.numRowsAffected() == 1;
}

QStringList Outbox::takeExpired(qint64 nowMs, qint64 maxAgeMs)
{
    QStringList ids;
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT order_id FROM outbox WHERE answered = 0 AND created_ms < ?"));
    q.addBindValue(nowMs - maxAgeMs);
    q.exec();
    while (q.next())
        ids.append(q.value(0).toString());
    if (!ids.isEmpty()) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM outbox WHERE answered = 0 AND created_ms < ?"));
        d.addBindValue(nowMs - maxAgeMs);
        d.exec();
    }
    // An order answered but never finished is not followed for ever.
    QSqlQuery old(db);
    old.prepare(QStringLiteral("DELETE FROM outbox WHERE answered = 1 AND created_ms < ?"));
    old.addBindValue(nowMs - kFollowMs);
    old.exec();
    return ids;
}

int Outbox::size() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace wf::mqtt
