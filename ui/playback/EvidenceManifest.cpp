#include "EvidenceManifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace wf::evidencemanifest {

QString fileSha256(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), f.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), f.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool write(const QString &dir, QString *error)
{
    const QDir d(dir);
    QStringList names = d.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    names.removeAll(QLatin1StringView(kFileName));
    QByteArray text;
    for (const auto &name : std::as_const(names)) {
        const QString hex = fileSha256(d.filePath(name), error);
        if (hex.isEmpty())
            return false;
        text += hex.toLatin1() + "  " + name.toUtf8() + '\n';
    }
    QSaveFile out(d.filePath(QLatin1StringView(kFileName)));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        *error = QStringLiteral("%1: %2").arg(QLatin1StringView(kFileName), out.errorString());
        return false;
    }
    return true;
}

Verdict verify(const QString &dir)
{
    Verdict v;
    const QDir d(dir);
    if (!d.exists()) {
        v.problems.append(QStringLiteral("%1: no such folder").arg(dir));
        return v;
    }
    QFile f(d.filePath(QLatin1StringView(kFileName)));
    if (!f.exists()) {
        v.problems.append(QStringLiteral("%1: missing").arg(QLatin1StringView(kFileName)));
        return v;
    }
    if (f.size() > kMaxManifestBytes || !f.open(QIODevice::ReadOnly)) {
        v.problems.append(QStringLiteral("%1: unreadable or larger than %2 bytes")
                .arg(QLatin1StringView(kFileName))
                .arg(kMaxManifestBytes));
        return v;
    }
    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64})  ([^/\\\\]+)$"));
    QSet<QString> listed;
    int lineNo = 0;
    for (const auto &raw : QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        ++lineNo;
        const auto m = line.match(raw);
        if (!m.hasMatch() || m.captured(2) == u"." || m.captured(2) == u"..") {
            v.problems.append(QStringLiteral("%1 line %2: not a checksum line")
                    .arg(QLatin1StringView(kFileName))
                    .arg(lineNo));
            continue;
        }
        const QString name = m.captured(2);
        listed.insert(name);
        if (!QFileInfo(d.filePath(name)).isFile()) {
            v.problems.append(QStringLiteral("%1: missing").arg(name));
            continue;
        }
        QString error;
        const QString hex = fileSha256(d.filePath(name), &error);
        if (hex.isEmpty())
            v.problems.append(error);
        else if (hex != m.captured(1))
            v.problems.append(
                QStringLiteral("%1: changed (its SHA-256 is not the one in the manifest)").arg(name));
    }
    if (listed.isEmpty() && v.problems.isEmpty())
        v.problems.append(QStringLiteral("%1: lists no file").arg(QLatin1StringView(kFileName)));
    for (const auto &name :
        d.entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name != QLatin1StringView(kFileName) && !listed.contains(name))
            v.problems.append(QStringLiteral("%1: not in the manifest (added afterwards)").arg(name));
    }
    v.ok = v.problems.isEmpty();
    return v;
}

} // namespace wf::evidencemanifest
