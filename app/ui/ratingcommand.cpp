#include "ratingcommand.h"
#include "questiontablemodel.h"

namespace prepdeck {

RatingCommand::RatingCommand(StudySession &session, const RatingEvent &event, Changed changed)
    : m_session(session), m_event(event), m_changed(std::move(changed))
{
    setText(QObject::tr("rating %1").arg(QuestionTableModel::confidenceLabel(event.confidence)));
}

void RatingCommand::undo()
{
    const Status done = m_session.takeBack(m_event);
    m_recorded = !done;
    m_changed(m_event.questionId, done ? QString() : done.error().toString());
}

void RatingCommand::redo()
{
    if (m_recorded)
        return; // just recorded, or the undo failed and it is still there
    auto again = m_session.giveAgain(m_event);
    if (again) {
        m_event = *again;
        m_recorded = true;
    }
    m_changed(m_event.questionId, again ? QString() : again.error().toString());
}

} // namespace prepdeck
