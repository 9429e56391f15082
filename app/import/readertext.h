#pragma once

// The text rules of the Markdown reader (structuredreader.cpp): what a line of an answer is,
// and how prompts and category names are written as a reader would write them.

#include "bank.h"

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

class QRegularExpression;

namespace prepdeck::readertext {

// Whether a line opens or closes a code fence (white space, then ``` or ~~~).
bool isFenceLine(QStringView line);
// The columns of white space a line opens with, a tab reaching the next multiple of four.
int indentColumns(QStringView line);
// The first character of a line that is not white space, or a null character.
QChar firstMark(QStringView line);
bool isBlank(const QString &s);

// The label of a <details> block that holds the answer ("Show answer", "Respuesta"…), or
// hides something else ("See 20 translations", "Click to expand").
bool isAnswerLabel(const QString &text);
bool isUiLabel(const QString &text);
// Text that stands where an answer should be and is not one ("TODO", "Coming soon").
bool isPlaceholder(const QString &plain);
// Markup that says nothing in words: an image, a linked image, tags.
bool isDecoration(const QString &paragraph);
// Takes a bold "**Answer:**", "**Ans:**", "**A:**" (and the same in other languages) from
// the start of an answer's first line.
void withoutAnswerLabel(QString &line);
// A heading that names a set of questions: "Coding questions", "Preguntas", "Q&A".
bool namesQuestions(const QString &heading);
// A heading that names a table of contents ("Table of Contents", "Índice", "目录").
bool isContentsTitle(const QString &heading);
// A paragraph asking for a star, a follow or a sponsor, or thanking for reading.
bool isPromotion(const QString &paragraph);
// Lines an answer never keeps: back-to-top links, wrappers, anchors, lone line breaks,
// comments, lines of MDX components.
bool isJunkLine(const QString &line);
// "<!--[if lt IE 9]>", "<![endif]-->": Internet Explorer's conditional comments, which an
// answer about HTML shows as code.
bool isConditionalComment(const QString &line);

// Patterns of answer lines, and what a line must hold for each to match it.
const QRegularExpression &horizontalRule();
const QRegularExpression &frequencyLine(); // "**Asked in 85% of interviews**"
const QRegularExpression &labelledLine();  // "**Hint:** text"
const QRegularExpression &labelAlone();    // "**Good to hear:**" above a list
const QRegularExpression &listItemLine();  // "- text", "1. text"
bool mayBeFrequency(const QString &line);
bool mayBeLabelled(const QString &line);
bool mayBeLabelAlone(const QString &line);

// The field a label's text goes to.
enum class Label
{
    None,
    FollowUp,
    Hint,
    Tip
};
Label labelKind(const QString &label);

// A difficulty beside the prompt (🟢 … 🔴, "(Hard)") leaves it and becomes a tag.
void takeDifficulty(Question &q);
// A prompt as a reader writes it: no number (given in *number), marker, status mark,
// citation or emoji code.
QString promptText(QString text, std::optional<int> *number);
QString categoryText(QString text);

} // namespace prepdeck::readertext
