#include "translation.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace prepdeck {

namespace {

struct CountText
{
    Q_DECLARE_TR_FUNCTIONS(Counts)
};

} // namespace

QString questionCount(qint64 n)
{
    return CountText::tr("%Ln question(s)", nullptr, static_cast<int>(n));
}

QString ratingCount(qint64 n)
{
    return CountText::tr("%Ln rating(s)", nullptr, static_cast<int>(n));
}

QString categoryCount(qint64 n)
{
    return CountText::tr("%Ln category(s)", nullptr, static_cast<int>(n));
}

QString bankCount(qint64 n)
{
    return CountText::tr("%Ln bank(s)", nullptr, static_cast<int>(n));
}

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
