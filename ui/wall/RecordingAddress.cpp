#include "RecordingAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace wf::wall::RecordingAddress {

namespace {

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    return re;
}

} // namespace

QString problem(const QString &urlTemplate)
{
    for (auto it = placeholder().globalMatch(urlTemplate); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != u"id" && name != u"start" && name != u"start_unix")
            return QCoreApplication::translate(
                "RecordingAddress", "unknown placeholder {%1} (known: {id}, {start}, {start_unix})")
                .arg(name);
    }
    const QString sample = expand(urlTemplate, QStringLiteral("CAM"), 0);
    const QUrl url(sample);
    if (sample.trimmed().isEmpty() || !url.isValid() || (url.scheme().isEmpty() && !sample.startsWith(u'/')))
        return QCoreApplication::translate("RecordingAddress", "not a URL or an absolute path");
    return {};
}

QString expand(const QString &urlTemplate, const QString &cameraId, qint64 atMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::UTC);
    QString out = urlTemplate;
    out.replace(QLatin1String("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(cameraId)));
    out.replace(QLatin1String("{start}"), at.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    out.replace(QLatin1String("{start_unix}"), QString::number(atMs / 1000));
    return out;
}

bool startsAtGivenTime(const QString &urlTemplate)
{
    return urlTemplate.contains(QLatin1String("{start}"))
        || urlTemplate.contains(QLatin1String("{start_unix}"));
}

} // namespace wf::wall::RecordingAddress
