#include "translation.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace prepdeck {

QString installTranslations(const QString &language)
{
    // Owned by the application object; `prepdeck mock` reads its options under one
    // application and runs under the next, which deletes these with the first.
    static QPointer<QTranslator> plurals;
    static QPointer<QTranslator> qt;
    static QPointer<QTranslator> own;
    for (QPointer<QTranslator> *t : {&plurals, &qt, &own})
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Installed first, so it is asked last: only what the chosen language lacks.
    plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/i18n/prepdeck_en.qm")))
        QCoreApplication::installTranslator(plurals);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("prepdeck"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    QCoreApplication::installTranslator(own);
    return own->language();
}

} // namespace prepdeck
