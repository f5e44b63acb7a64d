#include "ExerciseCodec.h"

#include <QJsonArray>

namespace wf::mqtt {

ScenarioStarted ExerciseCodec::decode(PayloadFields &f, QString *payloadId)
{
    ScenarioStarted p;
    p.scenarioId = *payloadId = f.id("scenario_id");
    p.titleZh = f.text("title_zh", 200);
    p.titleEn = f.text("title_en", 200);
    p.briefingZh = f.text("briefing_zh", kMaxBriefingChars);
    p.briefingEn = f.text("briefing_en", kMaxBriefingChars);
    p.startMs = qint64(f.number("start_ts", 0, PayloadFields::kMaxExactInteger, true));
    p.endMs = qint64(f.number("end_ts", 0, PayloadFields::kMaxExactInteger, true));
    p.suspects = f.strings("suspects", kMaxSuspects, 64);
    if (f.ok() && p.endMs < p.startMs)
        f.fail("out_of_range", "end_ts");
    return p;
}

OutgoingMessage ExerciseCodec::encode(
    const QByteArray &prefix, const QString &id, const ScenarioStarted &s, qint64 ts)
{
    OutgoingMessage m;
    m.topic = prefix + "exercises/" + id.toUtf8();
    m.payload = toJson(
        { { QStringLiteral("scenario_id"), s.scenarioId }, { QStringLiteral("title_zh"), s.titleZh },
            { QStringLiteral("title_en"), s.titleEn }, { QStringLiteral("briefing_zh"), s.briefingZh },
            { QStringLiteral("briefing_en"), s.briefingEn },
            { QStringLiteral("start_ts"), double(s.startMs) }, { QStringLiteral("end_ts"), double(s.endMs) },
            { QStringLiteral("suspects"), QJsonArray::fromStringList(s.suspects) } },
        ts);
    m.retain = true;
    return m;
}

} // namespace wf::mqtt
