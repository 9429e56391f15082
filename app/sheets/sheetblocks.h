#pragma once
// What the sheet's HTML marks for its pagination (sheetdocument.cpp writes the marks,
// sheetpagination.cpp reads them from the laid-out blocks).

#include <QString>

namespace prepdeck::sheetblocks {

// The heading levels of a category (study sheets) and of a question.
constexpr int kCategoryHeading = 2;
constexpr int kQuestionHeading = 3;
// A block marked so (its user state, set from the HTML's -qt-user-state) starts a group that
// runs to the end of its question and is not split across pages when it fits on one: the
// writing space under a candidate's question, the interviewer's time, score and note lines.
constexpr int kKeepToQuestionEnd = 1;
// A label ("Hint", "Tip", "Key points") is a small heading, and the line under a question's
// heading (its number, category) belongs to it: neither is left alone at a page's foot.
constexpr int kKeepWithNext = 2;

// The attribute that marks an HTML block with a user state.
inline QString marked(int state)
{
    return QStringLiteral(" style=\"-qt-user-state: %1\"").arg(state);
}

} // namespace prepdeck::sheetblocks
