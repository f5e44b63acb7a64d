#include "ScenarioState.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wf {

ScenarioState::ScenarioState(QObject *parent)
    : QObject(parent)
{ }

void ScenarioState::start(const ScenarioStarted &s)
{
    m_started = s;
    m_scored = {};
    m_debrief.clear();
    m_ended = false;
    emit started();
    emit scored();
}

void ScenarioState::score(const ScenarioScored &s)
{
    m_scored = s;
    // A report that does not parse still ends the run; the panel then shows no figures.
    m_debrief = QJsonDocument::fromJson(s.reportJson.toUtf8()).object().toVariantMap();
    m_ended = true;
    emit scored();
}

void ScenarioState::reset()
{
    m_started = {};
    m_scored = {};
    m_debrief.clear();
    m_ended = false;
    emit started();
    emit scored();
}

void ScenarioState::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit started();
}

QString ScenarioState::title() const
{
    const QString &t = chinese() ? m_started.titleZh : m_started.titleEn;
    return t.isEmpty() ? m_started.scenarioId : t;
}

QString ScenarioState::briefing() const
{
    return chinese() ? m_started.briefingZh : m_started.briefingEn;
}

QVariantList ScenarioState::responseRows() const
{
    const QVariantMap response = m_debrief.value(QStringLiteral("response")).toMap();
    QVariantList rows;
    for (const char *zone : { "key_site", "central", "urban", "rural" }) {
        const QString key = QString::fromLatin1(zone);
        if (!response.contains(key))
            continue;
        QVariantMap row = response.value(key).toMap();
        row.insert(QStringLiteral("zone"), key);
        rows.append(row);
    }
    return rows;
}

} // namespace wf
