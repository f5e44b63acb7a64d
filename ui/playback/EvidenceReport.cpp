#include "EvidenceReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

namespace wf {

namespace {

// Top-down text on pages of the writer, starting a new page when a block does not fit.
class Pager
{
public:
    Pager(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_area(painter.viewport())
    { }

    int pages() const { return m_pages; }
    int width() const { return m_area.width(); }

    void need(int height)
    {
        if (m_y + height <= m_area.height())
            return;
        m_writer.newPage();
        ++m_pages;
        m_y = 0;
        footer();
    }
    void gap(int height) { m_y += height; }

    // A paragraph wrapped to the width from x (word wrap, long words broken).
    void paragraph(const QFont &font, const QString &text, int x = 0, const QColor &colour = Qt::black)
    {
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const QRect box = m_painter.boundingRect(
            QRect(x, 0, m_area.width() - x, 100000), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
        need(box.height());
        m_painter.drawText(
            QRect(x, m_y, m_area.width() - x, box.height()), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
        m_y += box.height();
    }
    // One line of cells at these x positions, each clipped to its column.
    void row(const QFont &font, const QStringList &cells, const QList<int> &xs)
    {
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        const int h = m_painter.fontMetrics().height();
        need(h);
        for (int i = 0; i < cells.size() && i < xs.size(); ++i) {
            const int right = i + 1 < xs.size() ? xs[i + 1] - h / 3 : m_area.width();
            m_painter.drawText(QRect(xs[i], m_y, right - xs[i], h), Qt::AlignLeft | Qt::AlignVCenter,
                m_painter.fontMetrics().elidedText(cells[i], Qt::ElideRight, right - xs[i]));
        }
        m_y += h;
    }
    // A picture across the width, on a new page if it does not fit below.
    void image(const QImage &picture)
    {
        if (picture.isNull())
            return;
        const int w = m_area.width();
        const int h = int(double(w) * picture.height() / picture.width());
        need(h);
        m_painter.drawImage(QRect(0, m_y, w, h), picture);
        m_y += h;
    }
    void rule()
    {
        need(4);
        m_painter.setPen(QPen(Qt::gray, 1));
        m_painter.drawLine(0, m_y + 1, m_area.width(), m_y + 1);
        m_y += 4;
    }
    void setFooter(const QString &text) { m_footer = text; }
    void footer()
    {
        // Drawn below the text area, in the page's bottom margin.
        const QFont saved = m_painter.font();
        QFont small = saved;
        small.setPointSizeF(7);
        m_painter.setFont(small);
        m_painter.setPen(Qt::darkGray);
        m_painter.drawText(QRect(0, m_area.height() + 8, m_area.width(), 60), Qt::AlignLeft | Qt::AlignTop,
            QStringLiteral("%1 — %2").arg(m_footer).arg(m_pages));
        m_painter.setFont(saved);
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QRect m_area;
    int m_y = 0;
    int m_pages = 1;
    QString m_footer;
};

} // namespace

std::optional<int> EvidenceReport::write(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    const QTimeZone zone = QTimeZone::fromSecondsAheadOfUtc(utcOffsetSeconds);
    const QString zoneName = zone.displayName(QTimeZone::StandardTime, QTimeZone::OffsetName);
    auto when = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    auto clock = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("MM-dd HH:mm:ss"));
    };
    auto seconds = [](std::optional<qint64> at, qint64 from) {
        return at ? QString::number(double(*at - from) / 1000.0, 'f', 1) : QStringLiteral("—");
    };

    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Evidence report"));
        writer.setCreator(QStringLiteral("Watchfloor"));
        writer.setResolution(150);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 20), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = QStringLiteral("%1: cannot draw the report").arg(QFileInfo(path).fileName());
            return std::nullopt;
        }
        QFont body(QStringLiteral("Noto Sans CJK SC"));
        body.setStyleHint(QFont::SansSerif);
        body.setPointSizeF(9);
        QFont small = body;
        small.setPointSizeF(8);
        QFont heading = body;
        heading.setPointSizeF(13);
        heading.setBold(true);
        QFont title = body;
        title.setPointSizeF(18);
        title.setBold(true);
        QFont bold = body;
        bold.setBold(true);

        Pager pager(writer, painter);
        pager.setFooter(
            tr("Watchfloor evidence report, %1 to %2 (%3), page").arg(when(fromMs), when(toMs), zoneName));
        pager.footer();
        pager.paragraph(title, tr("Evidence report"));
        pager.gap(20);
        pager.paragraph(body, tr("Journal: %1").arg(journalName));
        pager.paragraph(small, tr("SHA-256 of the journal: %1").arg(journalSha256));
        pager.paragraph(body,
            journalMode == u"live"           ? tr("Recording of a live shift")
                : journalMode == u"training" ? tr("Recording of a training run")
                                             : tr("Recording"));
        pager.paragraph(body, tr("From %1 to %2 (%3)").arg(when(fromMs), when(toMs), zoneName));
        if (!area.isEmpty())
            pager.paragraph(body, tr("Only what was in the area %1 at some moment of the range").arg(area));
        pager.paragraph(body, tr("Events in the range: %1").arg(events));
        pager.paragraph(body, tr("Exported %1 by %2").arg(when(createdMs), createdBy));
        pager.paragraph(small,
            tr("The folder's manifest.sha256 holds the SHA-256 of every file; check it with "
               "watchfloor --verify-export FOLDER or sha256sum -c manifest.sha256."));
        pager.gap(30);

        pager.paragraph(heading, tr("Bookmarks"));
        pager.rule();
        if (bookmarks.empty())
            pager.paragraph(body, tr("No bookmarks in this range."), 0, Qt::darkGray);
        for (const auto &b : bookmarks) {
            pager.paragraph(bold, when(b.timeMs));
            pager.paragraph(body, b.text, 40);
        }
        pager.gap(30);

        pager.paragraph(heading, tr("Orders"));
        pager.rule();
        const int w = pager.width();
        const QList<int> xs { 0, w * 12 / 100, w * 25 / 100, w * 38 / 100, w * 53 / 100, w * 66 / 100,
            w * 79 / 100 };
        if (orders.empty()) {
            pager.paragraph(body, tr("No orders were issued in this range."), 0, Qt::darkGray);
        } else {
            pager.row(bold,
                { tr("Order"), tr("Unit"), tr("Incident"), tr("Issued"), tr("Acknowledged (s)"),
                    tr("On scene (s)"), tr("Last state") },
                xs);
            for (const auto &o : orders)
                pager.row(small,
                    { o.orderId, o.unitId, o.incidentId, clock(o.issuedMs),
                        seconds(o.acknowledgedMs, o.issuedMs), seconds(o.onSceneMs, o.issuedMs),
                        o.lastState },
                    xs);
            pager.paragraph(small,
                tr("Acknowledged and on scene: seconds from the order to the unit's answer, as received."), 0,
                Qt::darkGray);
        }
        pager.gap(30);

        if (!maps.empty()) {
            pager.paragraph(heading, tr("The map at each incident's report"));
            pager.rule();
            pager.paragraph(small,
                tr("Units: green available, orange en route, red on scene, grey off duty; red squares: "
                   "open incidents; red outlines: cordons set; the ring: the incident's place."),
                0, Qt::darkGray);
            for (const auto &m : maps) {
                pager.gap(12);
                pager.paragraph(bold, QStringLiteral("%1 — %2").arg(when(m.timeMs), m.caption));
                pager.image(m.image);
            }
            if (mapsLeftOut > 0)
                pager.paragraph(
                    body, tr("… and %1 more incidents without a map: see the timeline.").arg(mapsLeftOut));
            pager.gap(30);
        }

        pager.paragraph(heading, tr("Timeline of key events"));
        pager.rule();
        if (keyEvents.empty())
            pager.paragraph(
                body, tr("No alerts, incidents, orders or cordon edits in this range."), 0, Qt::darkGray);
        for (const auto &e : keyEvents)
            pager.row(small, { clock(e.timeMs), e.text }, { 0, w * 16 / 100 });
        if (keyEventsLeftOut > 0)
            pager.paragraph(body, tr("… and %1 more key events: see events.csv.").arg(keyEventsLeftOut));
        pages = pager.pages();
        painter.end();
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    file.close();
    return pages;
}

} // namespace wf
