#include "messagesink.h"

#include <QMessageBox>

#include <cstdio>

namespace prepdeck {
namespace {

class MessageBoxes final : public MessageSink
{
public:
    void warn(QWidget *parent, const QString &title, const QString &message) override
    {
        QMessageBox::warning(parent, title, message);
    }
    void inform(QWidget *parent, const QString &title, const QString &message) override
    {
        QMessageBox::information(parent, title, message);
    }
};

MessageSink *g_installed = nullptr;

} // namespace

MessageSink &messageSink()
{
    static MessageBoxes boxes;
    return g_installed ? *g_installed : boxes;
}

void setMessageSink(MessageSink *sink)
{
    g_installed = sink;
}

void KeptMessages::warn(QWidget *, const QString &title, const QString &message)
{
    warnings << message;
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
}

void KeptMessages::inform(QWidget *, const QString &title, const QString &message)
{
    notices << message;
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
}

} // namespace prepdeck
