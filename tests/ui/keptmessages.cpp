// Window tests run offscreen, where a message box would wait for a click nobody gives: the
// windows' messages are kept (and written to standard error) instead.
#include "keptmessages.h"

#include <QCoreApplication>

prepdeck::KeptMessages &keptMessages()
{
    static prepdeck::KeptMessages kept;
    return kept;
}

namespace {

void keepMessages()
{
    prepdeck::setMessageSink(&keptMessages());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(keepMessages)
