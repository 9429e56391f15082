#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace prepdeck {

// One interview question as it stands in a bank. Answer, hint, follow-ups and tips are
// Markdown; the prompt is plain text on one line.
struct Question
{
    std::optional<int> number; // the number the source gives it, if any
    QString prompt;
    // What belongs to the question but is not its one line: the code whose output is
    // asked for, the choices of a quiz (Markdown; shown with the prompt, before the answer).
    QString context;
    QString answer;
    QString hint; // hint or key concept to mention
    QStringList followUps;
    QStringList tips; // coaching tips
    QStringList tags;
    std::optional<int> frequency; // how often it is asked, in percent
    QString link;                 // where the question comes from (a URL the bank gives)
    QString sourceFile;           // file name it first came from
    int sourceLine = 0;           // first line of the question in that file

    // Equal study content; where it came from does not count.
    bool sameContent(const Question &other) const
    {
        return number == other.number && prompt == other.prompt && context == other.context &&
               answer == other.answer && link == other.link && hint == other.hint &&
               followUps == other.followUps && tips == other.tips && tags == other.tags &&
               frequency == other.frequency;
    }
};

} // namespace prepdeck
