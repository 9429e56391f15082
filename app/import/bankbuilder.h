#pragma once

#include "bank.h"

#include <QHash>
#include <QString>

namespace prepdeck {

// Gathers questions into a bank's categories, in the order categories first appear, with a
// constant-time lookup so a bank with thousands of categories reads in linear time.
class BankBuilder final
{
public:
    explicit BankBuilder(const QString &bankName) : m_bank{bankName, {}} {}

    void add(const QString &category, const Question &question);
    // A category under headings of its own: the same name under other parents is another
    // category.
    void add(const QString &category, const QStringList &parents, const Question &question);
    void rename(const QString &bankName) { m_bank.name = bankName; }
    bool isEmpty() const { return m_bank.categories.isEmpty(); }

    // The bank, without empty categories.
    Bank take();

private:
    Bank m_bank;
    QHash<QString, qsizetype> m_index;
};

} // namespace prepdeck
