#pragma once

#include "question.h"

#include <QList>
#include <QString>

namespace prepdeck {

struct Category
{
    QString name;
    QList<Question> questions;
    // The headings above it, outermost first, when the bank has more than one level
    // ("Junior Sysadmin" for "System Questions"); a category is its parents and its name.
    QStringList parents;
};

// A question bank: one imported file (or one bank of a Prepdeck bank file) or the starter bank.
struct Bank
{
    QString name;
    QList<Category> categories;

    qsizetype questionCount() const
    {
        qsizetype n = 0;
        for (const Category &c : categories)
            n += c.questions.size();
        return n;
    }
};

inline qsizetype questionCount(const QList<Bank> &banks)
{
    qsizetype n = 0;
    for (const Bank &b : banks)
        n += b.questionCount();
    return n;
}

} // namespace prepdeck
