#include "UrlCredentials.h"

#include <QRegularExpression>

namespace wf {

QString withoutUrlCredentials(const QString &text)
{
    // scheme "://" then the userinfo: everything up to the last '@' before the authority
    // ends ('/', '?', '#' or white space), so that a password holding an '@' goes entirely.
    static const QRegularExpression userInfo(QStringLiteral("\\b([A-Za-z][A-Za-z0-9+.-]*://)[^/?#\\s]*@"));
    if (!text.contains(u'@'))
        return text;
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1"));
    return out;
}

} // namespace wf
