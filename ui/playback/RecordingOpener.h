#pragma once

#include <QObject>
#include <QStringList>
#include <QtQmlIntegration>

namespace wf {

// "Open recording…": checks that a file is a Watchfloor journal (as playback would, touching
// nothing) and starts the workstation on it in playback, in a window and process of its own, so
// that the shift running here goes on untouched and the recording can never feed it. "Train from
// here" starts, the same way, a training run from the recording's world at a moment of it
// (--train-from), so that a playback never turns into a session. Says why in lastError when the
// file is not a journal or the program cannot start.
class RecordingOpener : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The recording opener is made by the application")
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    // program: the workstation's executable; arguments go after "--playback FILE" (the language,
    // the settings file).
    explicit RecordingOpener(
        const QString &program, const QStringList &arguments = {}, QObject *parent = nullptr);

    // A path or a file:// URL. True when the playback was started.
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    // A training run from the recording's world at atMs (ms since the epoch, a moment of the
    // journal). True when it was started.
    Q_INVOKABLE bool trainFrom(const QString &pathOrUrl, qint64 atMs);
    QString lastError() const { return m_lastError; }
    qint64 lastProcessId() const { return m_pid; }

signals:
    void lastErrorChanged();

private:
    void setError(const QString &error);
    // The journal behind a path or URL, checked as playback checks it; empty (lastError set) if
    // it is none.
    QString journalPath(const QString &pathOrUrl);
    bool start(const QStringList &arguments, const QString &failure);

    QString m_program;
    QStringList m_arguments;
    QString m_lastError;
    qint64 m_pid = 0;
};

} // namespace wf
