#include "RecordingOpener.h"

#include "Journal.h"

#include <QProcess>
#include <QUrl>

namespace wf {

RecordingOpener::RecordingOpener(const QString &program, const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
{ }

bool RecordingOpener::open(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path.isEmpty()) {
        setError(tr("Choose a recording (a journal file) to open."));
        return false;
    }
    // The same checks as playback itself, here, so that a wrong file is said at once and not
    // by a window that opens and closes.
    {
        JournalReader reader;
        QString error;
        if (!reader.open(path, &error)) {
            setError(tr("Cannot open the recording: %1").arg(error));
            return false;
        }
    }
    qint64 pid = 0;
    if (!QProcess::startDetached(
            m_program, QStringList { QStringLiteral("--playback"), path } + m_arguments, {}, &pid)) {
        setError(tr("Cannot start the playback of %1").arg(path));
        return false;
    }
    m_pid = pid;
    setError({});
    return true;
}

void RecordingOpener::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace wf
