#pragma once

#include <QCoreApplication>
#include <QString>
#include <initializer_list>

namespace wf {

// The translation of a text outside a QObject, by the contexts lupdate filed it under. lupdate
// files a tr() call under the scope it stands in: a class's functions under the class
// ("wf::wall::HlsTimeline"), free functions and some lambdas under the namespace ("wf::wall").
// A file's own tr() helper lists the contexts its calls stand in; a context lupdate never wrote
// would find nothing, and the text would stay English in every language (the translation check,
// tools/i18n/check-translations, fails on such a helper). The first translation found is taken;
// the text itself when there is none.
inline QString translateIn(std::initializer_list<const char *> contexts, const char *text)
{
    QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return source;
}

} // namespace wf
