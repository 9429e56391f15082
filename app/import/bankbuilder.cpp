#include "bankbuilder.h"

namespace prepdeck {

void BankBuilder::add(const QString &category, const Question &question)
{
    add(category, {}, question);
}

void BankBuilder::add(const QString &category, const QStringList &parents, const Question &question)
{
    // A name cannot hold a line break, so this key is unique.
    const QString key = parents.isEmpty()
                            ? category
                            : parents.join(QLatin1Char('\n')) + QLatin1Char('\n') + category;
    auto it = m_index.constFind(key);
    if (it == m_index.constEnd()) {
        it = m_index.insert(key, m_bank.categories.size());
        m_bank.categories.append(Category{category, {}, parents});
    }
    m_bank.categories[*it].questions.append(question);
}

Bank BankBuilder::take()
{
    Bank bank = std::move(m_bank);
    bank.categories.removeIf([](const Category &c) { return c.questions.isEmpty(); });
    m_bank = Bank{bank.name, {}};
    m_index.clear();
    return bank;
}

} // namespace prepdeck
