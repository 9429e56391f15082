#pragma once

#include "question.h"

#include <QString>

namespace prepdeck {

// A revealed answer as the study pane shows it, in HTML for an AnswerBrowser: the answer
// (or the key concept when the bank gives only that), then the coaching tips, follow-ups
// and the user's notes in boxes. The question editor's preview shows the same.
QString answerHtml(const Question &question, const QString &note);

} // namespace prepdeck
