#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QMessageBox;
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
    // Asks before something that cannot be taken back; true when the user chose
    // `confirmText` (the safe choice, Cancel, is the default and Esc's).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &message,
                         const QString &confirmText) = 0;
    // Asks for a line of text (a new name), offering `text`; nothing when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title,
                                           const QString &label, const QString &text) = 0;
};

// The box confirm() shows: `confirmText` and Cancel, with Cancel the default button and
// the one Esc presses, so a hurried Enter or Esc never does the irreversible thing.
QMessageBox *confirmationBox(QWidget *parent, const QString &title, const QString &message,
                             const QString &confirmText);

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
    bool confirm(QWidget *parent, const QString &title, const QString &message,
                 const QString &confirmText) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &text) override;
    QStringList warnings;
    QStringList notices;
    QStringList questions;             // what confirm() was asked
    bool confirmAnswer = false;        // what it answers
    QStringList asked;                 // what askText() was asked
    std::optional<QString> textAnswer; // what it answers
};

} // namespace prepdeck
