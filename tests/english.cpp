// Every test program reads Prepdeck in English with its plural forms ("1 question",
// "2 questions"), whatever the language of the machine it runs on.
#include "translation.h"

namespace {

void speakEnglish()
{
    prepdeck::installTranslations(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(speakEnglish)
