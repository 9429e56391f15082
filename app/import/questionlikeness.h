#pragma once

#include <QStringView>

// How much a line of text reads like something to ask in an interview, in the languages
// banks are written in: English, German, Spanish, Portuguese, French, Russian, Chinese and
// Japanese. Used to weigh one reading of a file against another; never to decide alone.
namespace prepdeck::questions {

// A question mark at the end (also full-width ？, before a closing quote, bracket or colon).
bool endsAsQuestion(QStringView text);

// An interrogative opening ("What", "Wie", "¿Qué", "Почему", "为什么") or an imperative one
// that asks for an answer ("Explain", "Describe", "Tell me about", "Erklären Sie", "Объясните",
// "请描述").
bool opensAsQuestion(QStringView text);

// From 0 (not a question: empty, only a link's name, a sentence that states something) to
// 1 (ends with a question mark). Thresholds: kLikely and above reads as a question; kTopic
// is what a short topic name ("Database Indexing") gets.
double likeness(QStringView text);

// A line alone that says the answer follows: "Suggested Answer", "Sample answer:", "Answer",
// "+", "Respuesta", "Antwort", "Ответ", "答案"…
bool isAnswerMarker(QStringView line);

constexpr double kLikely = 0.6;
constexpr double kTopic = 0.3;

} // namespace prepdeck::questions
