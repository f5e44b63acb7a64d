#include "EvidenceExportModel.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <QUrl>

namespace wf {

EvidenceExportModel::EvidenceExportModel(QObject *parent)
    : QObject(parent)
{
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

EvidenceExportModel::~EvidenceExportModel()
{
    // An export still running stops at its next step and removes what it wrote.
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

bool EvidenceExportModel::start(qint64 fromMs, qint64 toMs, const QString &folder)
{
    if (m_state == State::Running)
        return false;
    const QUrl url(folder);
    m_folder = url.isLocalFile() ? url.toLocalFile() : folder;
    return run({ m_journalPath, std::min(fromMs, toMs), std::max(fromMs, toMs), m_folder, m_operator,
        m_utcOffsetSeconds, m_renderer, std::nullopt, {} });
}

bool EvidenceExportModel::startInArea(
    qint64 fromMs, qint64 toMs, const QString &folder, double west, double south, double east, double north)
{
    if (m_state == State::Running)
        return false;
    const maps::GeoBox box { west, south, east, north };
    if (!box.isValid()) {
        m_lastError = tr("The map shows no area to export (zoom in so the view lies within the map)");
        m_state = State::Failed;
        emit stateChanged();
        return false;
    }
    const QUrl url(folder);
    m_folder = url.isLocalFile() ? url.toLocalFile() : folder;
    // Named as the command line takes it, so the same export can be repeated with --area.
    const QString name = QStringLiteral("%1,%2,%3,%4")
                             .arg(west, 0, 'f', 5)
                             .arg(south, 0, 'f', 5)
                             .arg(east, 0, 'f', 5)
                             .arg(north, 0, 'f', 5);
    return run({ m_journalPath, std::min(fromMs, toMs), std::max(fromMs, toMs), m_folder, m_operator,
        m_utcOffsetSeconds, m_renderer, box, name });
}

bool EvidenceExportModel::run(EvidenceRequest request)
{
    m_cancel = false;
    m_progress = 0;
    m_lastError.clear();
    m_summary = {};
    m_state = State::Running;
    emit progressChanged();
    emit stateChanged();
    QMetaObject::invokeMethod(m_workerContext, [this, request = std::move(request)] {
        QString error;
        int shown = -1;
        const auto summary = evidence::exportRange(
            request,
            [this, &shown](int percent) {
                if (percent != shown) {
                    shown = percent;
                    QMetaObject::invokeMethod(
                        this,
                        [this, percent] {
                            m_progress = percent;
                            emit progressChanged();
                        },
                        Qt::QueuedConnection);
                }
                return !m_cancel.load();
            },
            &error);
        QMetaObject::invokeMethod(
            this, [this, summary, error] { finish(summary, error); }, Qt::QueuedConnection);
    });
    return true;
}

QString EvidenceExportModel::suggestedFolder(qint64 fromMs) const
{
    const QFileInfo journal(m_journalPath);
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::fromSecondsAheadOfUtc(m_utcOffsetSeconds))
              .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path
        = journal.dir().filePath(QStringLiteral("evidence-%1-%2").arg(journal.completeBaseName(), stamp));
    // Never offer a folder that is there already.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = journal.dir().filePath(
            QStringLiteral("evidence-%1-%2-%3").arg(journal.completeBaseName(), stamp).arg(n));
    return path;
}

void EvidenceExportModel::cancel()
{
    m_cancel = true;
}

void EvidenceExportModel::finish(const std::optional<EvidenceSummary> &summary, const QString &error)
{
    if (summary) {
        m_summary = *summary;
        m_state = State::Done;
        m_progress = 100;
    } else {
        m_lastError = error;
        m_state = m_cancel.load() && error == evidence::cancelledText() ? State::Cancelled : State::Failed;
    }
    emit progressChanged();
    emit stateChanged();
}

} // namespace wf
