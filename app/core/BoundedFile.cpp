#include "BoundedFile.h"

#include <QFile>
#include <QFileInfo>

namespace wf {

QString byteSizeText(qint64 bytes)
{
    constexpr qint64 kKB = 1024, kMB = 1024 * 1024;
    if (bytes >= kMB)
        return QStringLiteral("%1 MB").arg(double(bytes) / kMB, 0, 'f', bytes % kMB == 0 ? 0 : 1);
    if (bytes >= kKB)
        return QStringLiteral("%1 KB").arg(double(bytes) / kKB, 0, 'f', bytes % kKB == 0 ? 0 : 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

std::optional<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (!info.isFile())
        return fail(QStringLiteral("not a regular file"));
    if (info.size() > maxBytes)
        return fail(QStringLiteral("too large (%1; at most %2)")
                .arg(byteSizeText(info.size()), byteSizeText(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (bytes.size() > maxBytes)
        return fail(QStringLiteral("too large (more than %1)").arg(byteSizeText(maxBytes)));
    return bytes;
}

} // namespace wf
