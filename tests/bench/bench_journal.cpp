// bench_journal ("./watchfloor bench journal"): how fast the Journal makes events durable, next
// to the two ways of writing the same rows through QtSql without it (one transaction per event:
// the naive way; big batched transactions of pre-encoded rows: the practical limit), and how
// long playback takes to read one hour of a busy journal.
//
// Options: --smoke (tiny sizes), --json FILE, --events N (rows per write repetition),
// --reps N, --rate N (events per second in the read journal).
#include "BenchReport.h"
#include "Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <sqlite3.h>
#include <vector>

using namespace wf;
using namespace wf::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1717200000000; // 2024-06-01 00:00 UTC, ms since epoch

// CPU time of the whole process (all threads), in seconds: on a shared machine it varies less
// than wall time.
double processCpuS()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed())
                                       : QStringLiteral("unknown");
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_journal: %s\n", qPrintable(what));
    std::exit(1);
}

// A realistic stream: position fixes from a fleet of units, with the status changes, orders,
// incidents, alerts, congestion reports and operator actions a dispatch center sees around them.
class EventSource
{
public:
    EventSource(int units, quint64 seed)
        : m_rng(seed)
        , m_units(units)
    {
        for (int i = 0; i < units; ++i) {
            m_unitIds.append(u"unit-%1"_s.arg(i, 5, 10, QLatin1Char('0')));
            m_positions.push_back({ 30.2 + uniform() * 0.8, 113.9 + uniform() * 0.9 }); // greater Wuhan
        }
    }

    Event next(qint64 seq, qint64 receiveTimeMs)
    {
        Event e;
        e.seq = seq;
        e.receiveTimeMs = receiveTimeMs;
        e.sourceTimeMs = receiveTimeMs - 20 - qint64(uniform() * 400);
        e.source = u"sim"_s;
        const int u = int(m_rng() % quint64(m_units));
        const QString &unit = m_unitIds[u];
        const double r = uniform();
        if (r < 0.95) { // 95 %: a position fix
            GeoPoint &p = m_positions[size_t(u)];
            p.lat += (uniform() - 0.5) * 2e-4;
            p.lon += (uniform() - 0.5) * 2e-4;
            e.payload = UnitMoved { unit, p, float(uniform() * 360), float(uniform() * 80) };
        } else if (r < 0.97) {
            e.payload = UnitStatusChanged { unit, UnitStatus(m_rng() % 4) };
        } else if (r < 0.98) {
            e.payload = OrderStateChanged { u"ord-%1"_s.arg(seq / 100), OrderState(m_rng() % 8),
                u"ack by radio"_s };
        } else if (r < 0.985) {
            e.payload = OrderIssued { u"ord-%1"_s.arg(seq), unit, u"respond"_s, m_positions[size_t(u)],
                u"inc-%1"_s.arg(seq / 1000) };
        } else if (r < 0.99) {
            e.payload = OperatorAction { u"op-%1"_s.arg(m_rng() % 12), u"order_unit"_s,
                u"{\"unit\":\"%1\",\"task\":\"respond\"}"_s.arg(unit) };
        } else if (r < 0.994) {
            e.payload = IncidentReported { u"inc-%1"_s.arg(seq), u"theft"_s, u"电动车被盗，嫌疑人向东逃离"_s,
                Severity(m_rng() % 4), m_positions[size_t(u)] };
        } else if (r < 0.997) {
            e.payload = AlertRaised { u"alert-%1"_s.arg(seq), u"布控车辆 鄂A12345 经过卡口"_s, Severity::High,
                m_positions[size_t(u)] };
        } else {
            e.payload = CongestionReported { u"cg-%1"_s.arg(m_rng() % 40), u"二环线"_s, Severity(m_rng() % 4),
                m_positions[size_t(u)], m_rng() % 3 == 0 };
        }
        return e;
    }

private:
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }

    std::mt19937_64 m_rng;
    int m_units;
    QStringList m_unitIds;
    std::vector<GeoPoint> m_positions;
};

std::vector<Event> makeEvents(qint64 n)
{
    EventSource source(2000, 42);
    std::vector<Event> events;
    events.reserve(size_t(n));
    for (qint64 i = 1; i <= n; ++i)
        events.push_back(source.next(i, kT0 + i));
    return events;
}

struct Row // the columns the Journal stores, encoded
{
    qint64 seq, sourceTime, receiveTime;
    int kind;
    QString source, entity;
    QByteArray payload;
};

std::vector<Row> encodeRows(const std::vector<Event> &events)
{
    std::vector<Row> rows;
    rows.reserve(events.size());
    for (const auto &e : events)
        rows.push_back({ e.seq, e.sourceTimeMs, e.receiveTimeMs, int(e.kind()), e.source, e.entityId(),
            encodePayload(e.payload) });
    return rows;
}

// A journal file with the Journal's own schema and identity, but no rows and closed.
void createEmptyJournal(const QString &path)
{
    QString error;
    Journal j;
    if (!j.open(path, &error))
        die(error);
}

// A QtSql connection on a journal file with the pragmas the Journal uses, for the baselines.
class Baseline
{
public:
    explicit Baseline(const QString &path)
        : m_name(u"bench-baseline-%1"_s.arg(++s_counter))
    {
        createEmptyJournal(path);
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            die(db.lastError().text());
        for (const auto pragma : { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s }) {
            QSqlQuery q(db);
            if (!q.exec(pragma))
                die(q.lastError().text());
        }
    }
    ~Baseline()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    static void bind(QSqlQuery &q, const Row &r)
    {
        q.bindValue(0, r.seq);
        q.bindValue(1, r.kind);
        q.bindValue(2, r.sourceTime);
        q.bindValue(3, r.receiveTime);
        q.bindValue(4, r.source);
        q.bindValue(5, r.entity);
        q.bindValue(6, r.payload);
    }
    static QString insertSql()
    {
        return u"INSERT INTO events(seq, kind, source_time, receive_time, source, entity, payload) "
               "VALUES(?,?,?,?,?,?,?)"_s;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

struct JournalRun
{
    double eventsPerS;
    double cpuUsPerEvent;
    qint64 commits;
};

// The real path: one producer thread appends at full speed; the Journal's writer commits.
JournalRun runJournal(const QString &path, const std::vector<Event> &events)
{
    Journal j;
    QString error;
    if (!j.open(path, &error))
        die(error);
    std::atomic<qint64> commits { 0 };
    j.setCommitCallback([&](qint64) { ++commits; });
    const double cpu0 = processCpuS();
    QElapsedTimer t;
    t.start();
    for (const auto &e : events)
        j.append(e);
    j.flush();
    const qint64 ns = t.nsecsElapsed();
    const double cpuS = processCpuS() - cpu0;
    if (j.durableSeq() != events.back().seq || j.writeErrors() != 0)
        die(u"journal run lost events: durable %1, errors %2 %3"_s.arg(j.durableSeq())
                .arg(j.writeErrors())
                .arg(j.lastError()));
    return { double(events.size()) * 1e9 / double(ns), cpuS * 1e6 / double(events.size()), commits.load() };
}

// One transaction (autocommit) per event, for at most maxMs or maxRows.
double runNaive(const QString &path, const std::vector<Row> &rows, qint64 maxMs, qint64 maxRows)
{
    Baseline b(path);
    QSqlQuery q(b.db());
    if (!q.prepare(Baseline::insertSql()))
        die(q.lastError().text());
    QElapsedTimer t;
    t.start();
    qint64 n = 0;
    for (const auto &r : rows) {
        Baseline::bind(q, r);
        if (!q.exec())
            die(q.lastError().text());
        ++n;
        if (n >= maxRows || t.elapsed() >= maxMs)
            break;
    }
    return double(n) * 1e9 / double(t.nsecsElapsed());
}

// One prepared statement, pre-encoded rows, transactions of batchRows. Sets *cpuUsPerEvent.
double runRaw(const QString &path, const std::vector<Row> &rows, size_t batchRows, double *cpuUsPerEvent)
{
    Baseline b(path);
    auto db = b.db();
    QSqlQuery q(db);
    if (!q.prepare(Baseline::insertSql()))
        die(q.lastError().text());
    const double cpu0 = processCpuS();
    QElapsedTimer t;
    t.start();
    for (size_t i = 0; i < rows.size(); i += batchRows) {
        if (!db.transaction())
            die(db.lastError().text());
        for (size_t k = i; k < std::min(rows.size(), i + batchRows); ++k) {
            Baseline::bind(q, rows[k]);
            if (!q.exec())
                die(q.lastError().text());
        }
        if (!db.commit())
            die(db.lastError().text());
    }
    const qint64 ns = t.nsecsElapsed();
    *cpuUsPerEvent = (processCpuS() - cpu0) * 1e6 / double(rows.size());
    return double(rows.size()) * 1e9 / double(ns);
}

// The physical reference: the same rows through the SQLite C API, one prepared statement, text
// already UTF-8, transactions of batchRows, the Journal's pragmas. No QVariant, no QtSql.
double runSqliteC(const QString &path, const std::vector<Row> &rows, size_t batchRows)
{
    createEmptyJournal(path);
    struct Utf8Row
    {
        QByteArray source, entity;
    };
    std::vector<Utf8Row> text;
    text.reserve(rows.size());
    for (const auto &r : rows)
        text.push_back({ r.source.toUtf8(), r.entity.toUtf8() });
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        die(u"sqlite3_open_v2: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
    auto exec = [&](const char *sql) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(db)));
    };
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db,
            "INSERT INTO events(seq, kind, source_time, receive_time, source, entity, payload) "
            "VALUES(?,?,?,?,?,?,?)",
            -1, &insert, nullptr)
        != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    QElapsedTimer t;
    t.start();
    for (size_t i = 0; i < rows.size(); i += batchRows) {
        exec("BEGIN");
        for (size_t k = i; k < std::min(rows.size(), i + batchRows); ++k) {
            const Row &r = rows[k];
            sqlite3_bind_int64(insert, 1, r.seq);
            sqlite3_bind_int(insert, 2, r.kind);
            sqlite3_bind_int64(insert, 3, r.sourceTime);
            sqlite3_bind_int64(insert, 4, r.receiveTime);
            sqlite3_bind_text(
                insert, 5, text[k].source.constData(), int(text[k].source.size()), SQLITE_STATIC);
            sqlite3_bind_text(
                insert, 6, text[k].entity.constData(), int(text[k].entity.size()), SQLITE_STATIC);
            sqlite3_bind_blob(insert, 7, r.payload.constData(), int(r.payload.size()), SQLITE_STATIC);
            if (sqlite3_step(insert) != SQLITE_DONE)
                die(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(insert);
        }
        exec("COMMIT");
    }
    const qint64 ns = t.nsecsElapsed();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return double(rows.size()) * 1e9 / double(ns);
}

qint64 argValue(const QStringList &args, const QString &name, qint64 fallback)
{
    const int i = int(args.indexOf(name));
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    bool ok = false;
    const qint64 v = args[i + 1].toLongLong(&ok);
    if (!ok || v <= 0)
        die(u"%1 needs a positive number"_s.arg(name));
    return v;
}

QString fmt(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = BenchReport::smoke(args);
    const qint64 writeEvents = argValue(args, u"--events"_s, smoke ? 3000 : 400000);
    const int reps = int(argValue(args, u"--reps"_s, smoke ? 2 : 5));
    const qint64 readRate = argValue(args, u"--rate"_s, smoke ? 1 : 1000); // events per second
    const qint64 naiveMaxMs = smoke ? 300 : 3000;
    const qint64 naiveMaxRows = smoke ? 200 : 2000;
    const size_t rawBatchRows = 50000;

    // Not /tmp: inside ./watchfloor shell that is a tmpfs, where fsync costs nothing.
    const QString base = QDir(QCoreApplication::applicationDirPath()).filePath(u"bench-data"_s);
    if (!QDir().mkpath(base))
        die(u"cannot create "_s + base);
    QTemporaryDir dir(base + u"/journal-XXXXXX"_s);
    if (!dir.isValid())
        die(dir.errorString());
    int fileCounter = 0;
    auto freshFile = [&] { return dir.filePath(u"run-%1.db"_s.arg(++fileCounter)); };
    auto dropFile = [](const QString &path) {
        for (const auto &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(path + suffix);
    };

    BenchReport report(u"journal"_s);
    const QString loadBefore = loadAverage();
    std::fprintf(stderr, "[journal] data in %s\n", qPrintable(dir.path()));

    // --- writing -----------------------------------------------------------------------------
    const std::vector<Event> events = makeEvents(writeEvents);
    const std::vector<Row> rows = encodeRows(events);
    qint64 payloadBytes = 0;
    for (const auto &r : rows)
        payloadBytes += r.payload.size();

    std::vector<double> journalRates, rawRates, naiveRates, batchSizes, journalCpu, rawCpu, sqliteCRates;
    qint64 fileBytes = 0;
    for (int rep = 0; rep < reps; ++rep) {
        // Interleaved so that a slow phase of the machine does not land on one method only.
        {
            const QString path = freshFile();
            const JournalRun run = runJournal(path, events);
            journalRates.push_back(run.eventsPerS);
            journalCpu.push_back(run.cpuUsPerEvent);
            batchSizes.push_back(double(events.size()) / double(std::max<qint64>(1, run.commits)));
            fileBytes = QFileInfo(path).size();
            dropFile(path);
        }
        {
            const QString path = freshFile();
            double cpu = 0;
            rawRates.push_back(runRaw(path, rows, rawBatchRows, &cpu));
            rawCpu.push_back(cpu);
            dropFile(path);
        }
        {
            const QString path = freshFile();
            sqliteCRates.push_back(runSqliteC(path, rows, rawBatchRows));
            dropFile(path);
        }
        std::fprintf(stderr, "[journal] rep %d: journal %.0f/s, raw %.0f/s, sqlite C %.0f/s\n", rep + 1,
            journalRates.back(), rawRates.back(), sqliteCRates.back());
    }
    for (int rep = 0; rep < std::min(reps, 3); ++rep) {
        const QString path = freshFile();
        naiveRates.push_back(runNaive(path, rows, naiveMaxMs, naiveMaxRows));
        dropFile(path);
        std::fprintf(stderr, "[journal] naive rep %d: %.0f/s\n", rep + 1, naiveRates.back());
    }
    const double journalRate = BenchReport::median(journalRates);
    const double rawRate = BenchReport::median(rawRates);
    const double naiveRate = BenchReport::median(naiveRates);
    report.set(u"events_per_s"_s, std::round(journalRate));
    report.set(u"raw_events_per_s"_s, std::round(rawRate));
    report.set(u"naive_events_per_s"_s, std::round(naiveRate));
    report.set(u"ratio_to_raw"_s, std::round(journalRate / rawRate * 1000) / 1000);
    const double sqliteCRate = BenchReport::median(sqliteCRates);
    report.set(u"sqlite_c_events_per_s"_s, std::round(sqliteCRate));
    report.set(u"ratio_to_sqlite_c"_s, std::round(journalRate / sqliteCRate * 1000) / 1000);
    report.set(u"ratio_to_naive"_s, std::round(journalRate / naiveRate * 10) / 10);
    report.set(u"cpu_us_per_event"_s, std::round(BenchReport::median(journalCpu) * 100) / 100);
    report.set(u"raw_cpu_us_per_event"_s, std::round(BenchReport::median(rawCpu) * 100) / 100);

    // --- reading one hour ---------------------------------------------------------------------
    // A journal spanning 65 minutes at readRate events/s, written through the Journal.
    const qint64 spanMs = 65 * 60 * 1000;
    const qint64 readEvents = spanMs / 1000 * readRate;
    const QString readPath = freshFile();
    QElapsedTimer genTimer;
    genTimer.start();
    {
        Journal j;
        QString error;
        if (!j.open(readPath, &error))
            die(error);
        EventSource source(int(std::max<qint64>(1, readRate * 5)), 7); // every unit reports every 5 s
        const qint64 chunk = 100000; // bounded memory: flush every chunk
        for (qint64 seq = 1; seq <= readEvents; ++seq) {
            j.append(source.next(seq, kT0 + (seq - 1) * 1000 / readRate));
            if (seq % chunk == 0)
                j.flush();
        }
        j.flush();
        if (j.durableSeq() != readEvents)
            die(u"read journal incomplete"_s);
    }
    const double genS = double(genTimer.elapsed()) / 1000;
    const qint64 readFileBytes = QFileInfo(readPath).size();

    const qint64 from = kT0 + 150 * 1000; // one hour from 2.5 minutes in
    const qint64 to = from + 3600 * 1000;
    const qint64 expected = (to - from) / 1000 * readRate;
    std::vector<double> readMs, openMs;
    for (int rep = 0; rep < std::min(reps, 3); ++rep) {
        JournalReader reader;
        QString error;
        QElapsedTimer t;
        t.start();
        if (!reader.open(readPath, &error))
            die(error);
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);
        qint64 moves = 0;
        qint64 lastSeq = 0;
        bool ordered = true;
        t.restart();
        const qint64 n = reader.read(from, to, [&](const Event &e) {
            ordered = ordered && e.seq > lastSeq;
            lastSeq = e.seq;
            moves += std::holds_alternative<UnitMoved>(e.payload);
        });
        readMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (n != expected || !ordered || reader.undecodable() != 0)
            die(u"read %1 events (expected %2), ordered %3, undecodable %4"_s.arg(n)
                    .arg(expected)
                    .arg(ordered)
                    .arg(reader.undecodable()));
        std::fprintf(stderr, "[journal] read rep %d: open %.1f ms, read %.1f ms (%lld events, %lld moves)\n",
            rep + 1, openMs.back(), readMs.back(), static_cast<long long>(n), static_cast<long long>(moves));
    }
    const double readHourMs = BenchReport::median(readMs);
    report.set(u"read_hour_ms"_s, std::round(readHourMs * 10) / 10);
    report.set(u"read_hour_events"_s, double(expected));
    report.set(u"read_events_per_s"_s, std::round(double(expected) / readHourMs * 1000));
    report.set(u"reader_open_ms"_s, std::round(BenchReport::median(openMs) * 10) / 10);
    dropFile(readPath);

    // --- notes -----------------------------------------------------------------------------------
    report.note(u"data_dir"_s,
        base + u" (fresh files per run, removed afterwards; on the build tree's disk, not the /tmp tmpfs)"_s);
    report.note(u"write_method"_s,
        u"%1 events per repetition, median of %2 (naive: median of %3, each at most %4 ms or %5 rows). "
        "Events: 95 % UnitMoved from 2,000 units, the rest status changes, orders, operator actions, "
        "incidents, alerts, congestion; payload %6 bytes on average. All three write fresh files with the "
        "Journal's schema, WAL and synchronous=FULL. events_per_s: Journal::append from one thread "
        "(encoding included), then flush(); wall time from the first append to flush() returning. raw: "
        "the same rows pre-encoded, one QSqlQuery prepared single-row INSERT, %7 rows per transaction. "
        "naive: the same rows, one transaction per row. raw is a QtSql single-row loop, not the limit; "
        "sqlite_c: the same rows through the SQLite C API (prepared statement, text pre-encoded as UTF-8, "
        "%7 rows per transaction), the physical reference for this machine."_s.arg(writeEvents)
            .arg(reps)
            .arg(std::min(reps, 3))
            .arg(naiveMaxMs)
            .arg(naiveMaxRows)
            .arg(fmt(double(payloadBytes) / double(rows.size()), 1))
            .arg(rawBatchRows));
    report.note(u"journal_batches"_s,
        u"median %1 events per commit (flush interval 50 ms); file %2 bytes per event"_s
            .arg(fmt(BenchReport::median(batchSizes)))
            .arg(fmt(double(fileBytes) / double(writeEvents), 1)));
    report.note(u"read_method"_s,
        u"A journal of 65 min at %1 events/s (%2 events, %3 MB, written through the Journal in %4 s). "
        "read_hour_ms: median of %5 JournalReader::read calls over one hour [start+150 s, start+3750 s) = "
        "%6 events, decoded and handed to a sink; the page cache is warm (the file was just written). "
        "reader_open_ms: JournalReader::open of that file (identity, version and truncation from the header; "
        "no quick_check, so it does not grow with the file)."_s.arg(readRate)
            .arg(readEvents)
            .arg(fmt(double(readFileBytes) / 1e6, 1))
            .arg(fmt(genS, 1))
            .arg(readMs.size())
            .arg(expected));
    report.note(u"read_rate"_s,
        u"1,000 events/s is a busy provincial hour: ~5,000 tracked units (950 patrol units, 142 joint "
        "armed patrol groups and the on-shift share of 8,000 patrol officers' terminals) each reporting a "
        "fix every 5 s, plus ~5 % other events. Override with --rate N."_s);
    report.note(u"load_average"_s,
        u"/proc/loadavg before: %1; after: %2 (other work on the machine slows every figure; "
        "cpu_us_per_event and raw_cpu_us_per_event, process CPU time per event, vary less)"_s.arg(
            loadBefore, loadAverage()));
    report.note(u"targets"_s, u"events_per_s >= 300000, ratio_to_raw >= 0.5, ratio_to_sqlite_c >= 0.7"_s);
    return report.finish(args);
}
