#pragma once

#include "studysession.h"

#include <QUndoCommand>

#include <functional>

namespace prepdeck {

// A rating that can be taken back (the event removed, the due time restored) and given
// again. Made after the rating was recorded, so its first redo() does nothing.
class RatingCommand final : public QUndoCommand
{
public:
    using Changed = std::function<void(qint64 questionId, const QString &error)>;

    RatingCommand(StudySession &session, const RatingEvent &event, Changed changed);

    void undo() override;
    void redo() override;

private:
    StudySession &m_session;
    RatingEvent m_event;
    Changed m_changed;
    bool m_recorded = true;
};

} // namespace prepdeck
