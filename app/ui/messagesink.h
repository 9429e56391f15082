#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace prepdeck {

// Where the windows' messages for the user go. The program shows them in message boxes;
// where nobody can click one away (tests, a window drawn offscreen to be measured) main()
// or the test installs a sink that keeps them instead.
class MessageSink
{
public:
    virtual ~MessageSink() = default;
    virtual void warn(QWidget *parent, const QString &title, const QString &message) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &message) = 0;
};

// The sink installed now: message boxes unless another was installed.
MessageSink &messageSink();
// Installs a sink (kept, not owned); nullptr brings back message boxes.
void setMessageSink(MessageSink *sink);

// A sink that keeps the messages and writes them to standard error.
class KeptMessages final : public MessageSink
{
public:
    void warn(QWidget *parent, const QString &title, const QString &message) override;
    void inform(QWidget *parent, const QString &title, const QString &message) override;
    QStringList warnings;
    QStringList notices;
};

} // namespace prepdeck
