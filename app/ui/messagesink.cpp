#include "messagesink.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

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
    bool confirm(QWidget *parent, const QString &title, const QString &message,
                 const QString &confirmText) override
    {
        std::unique_ptr<QMessageBox> box(confirmationBox(parent, title, message, confirmText));
        box->exec();
        return box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
    }
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &text) override
    {
        bool ok = false;
        const QString answer =
            QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
        if (!ok)
            return std::nullopt;
        return answer;
    }
};

MessageSink *g_installed = nullptr;

} // namespace

QMessageBox *confirmationBox(QWidget *parent, const QString &title, const QString &message,
                             const QString &confirmText)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, title, message, QMessageBox::NoButton, parent);
    box->addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

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

bool KeptMessages::confirm(QWidget *, const QString &title, const QString &message, const QString &)
{
    questions << message;
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
    return confirmAnswer;
}

std::optional<QString> KeptMessages::askText(QWidget *, const QString &, const QString &label,
                                             const QString &)
{
    asked << label;
    return textAnswer;
}

void KeptMessages::inform(QWidget *, const QString &title, const QString &message)
{
    notices << message;
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
}

} // namespace prepdeck
