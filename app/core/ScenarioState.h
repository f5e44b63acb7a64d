#pragma once

#include "Event.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace wf {

// The training scenario being played and, once it is over, its debrief. Part of the world's
// picture: it changes only through ScenarioStarted and ScenarioScored events, so a playback of
// the journal shows the same briefing and the same score the trainee saw.
class ScenarioState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The ScenarioState belongs to the WorldState")
    Q_PROPERTY(bool active READ active NOTIFY started)
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY started)
    Q_PROPERTY(QString title READ title NOTIFY started)
    Q_PROPERTY(QString briefing READ briefing NOTIFY started)
    Q_PROPERTY(qint64 startMs READ startMs NOTIFY started)
    Q_PROPERTY(qint64 endMs READ endMs NOTIFY started)
    Q_PROPERTY(QStringList suspects READ suspects NOTIFY started)
    // "zh" or "en": which half of the report's bilingual texts to show.
    Q_PROPERTY(QString language READ language NOTIFY started)
    Q_PROPERTY(bool ended READ ended NOTIFY scored)
    Q_PROPERTY(QString endReason READ endReason NOTIFY scored)
    Q_PROPERTY(QString debriefPath READ debriefPath NOTIFY scored)
    // The whole report as the Scorer wrote it (docs/scenarios.md, "The report").
    Q_PROPERTY(QVariantMap debrief READ debrief NOTIFY scored)
    // Its response section as rows in the order of the targets: key site, central, urban, rural.
    Q_PROPERTY(QVariantList responseRows READ responseRows NOTIFY scored)
public:
    explicit ScenarioState(QObject *parent = nullptr);

    void start(const ScenarioStarted &s);
    void score(const ScenarioScored &s);
    void reset();
    // "zh" shows the Chinese title and briefing, anything else the English ones.
    void setLanguage(const QString &language);

    bool active() const { return !m_started.scenarioId.isEmpty(); }
    QString scenarioId() const { return m_started.scenarioId; }
    QString title() const;
    QString briefing() const;
    qint64 startMs() const { return m_started.startMs; }
    qint64 endMs() const { return m_started.endMs; }
    QStringList suspects() const { return m_started.suspects; }
    QString language() const { return chinese() ? QStringLiteral("zh") : QStringLiteral("en"); }
    bool ended() const { return m_ended; }
    QString endReason() const { return m_scored.reason; }
    QString debriefPath() const { return m_scored.savedPath; }
    QVariantMap debrief() const { return m_debrief; }
    QVariantList responseRows() const;
    // The events that made this state, for keyframes (WorldSnapshot).
    const ScenarioStarted &startedEvent() const { return m_started; }
    const ScenarioScored &scoredEvent() const { return m_scored; }

signals:
    void started();
    void scored();

private:
    bool chinese() const { return m_language.startsWith(u"zh"); }

    ScenarioStarted m_started;
    ScenarioScored m_scored;
    QVariantMap m_debrief;
    bool m_ended = false;
    QString m_language = QStringLiteral("en");
};

} // namespace wf
