#pragma once

#include "result.h"

#include <QUndoCommand>

#include <functional>

namespace prepdeck {

// A change to the library that Ctrl+Z takes back: made before it is pushed, so its first
// redo() does nothing. `after` hears each undo and redo, with the error if it failed.
class LibraryChange final : public QUndoCommand
{
public:
    LibraryChange(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
                  std::function<void(const QString &error)> after)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_after(std::move(after))
    {}

    void undo() override { m_after(errorOf(m_undo())); }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        m_after(errorOf(m_redo()));
    }

private:
    static QString errorOf(const Status &s) { return s ? QString() : s.error().toString(); }

    std::function<Status()> m_redo, m_undo;
    std::function<void(const QString &)> m_after;
    bool m_done = true;
};

} // namespace prepdeck
