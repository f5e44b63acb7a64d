#include "RecordingOpener.h"

#include "Journal.h"

#include <QDateTime>
#include <QProcess>
#include <QTimeZone>
#include <QUrl>

namespace wf {

RecordingOpener::RecordingOpener(const QString &program, const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
{ }

QString RecordingOpener::journalPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path.isEmpty()) {
        setError(tr("Choose a recording (a journal file) to open."));
        return {};
    }
    // The same checks as playback itself, here, so that a wrong file is said at once and not
    // by a window that opens and closes.
    JournalReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        setError(tr("Cannot open the recording: %1").arg(error));
        return {};
    }
    return path;
}

bool RecordingOpener::start(const QStringList &arguments, const QString &failure)
{
    qint64 pid = 0;
    if (!QProcess::startDetached(m_program, arguments + m_arguments, {}, &pid)) {
        setError(failure);
        return false;
    }
    m_pid = pid;
    setError({});
    return true;
}

bool RecordingOpener::open(const QString &pathOrUrl)
{
    const QString path = journalPath(pathOrUrl);
    return !path.isEmpty()
        && start({ QStringLiteral("--playback"), path }, tr("Cannot start the playback of %1").arg(path));
}

bool RecordingOpener::trainFrom(const QString &pathOrUrl, qint64 atMs)
{
    const QString path = journalPath(pathOrUrl);
    // In UTC with milliseconds: the moment exactly, whatever this computer's zone.
    const QString at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::UTC).toString(Qt::ISODateWithMs);
    return !path.isEmpty()
        && start({ QStringLiteral("--train-from"), path, QStringLiteral("--at"), at },
            tr("Cannot start a training run from %1").arg(path));
}

void RecordingOpener::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace wf
