#include "bankbuilder.h"

namespace prepdeck {

void BankBuilder::add(const QString &category, const Question &question)
{
    auto it = m_index.constFind(category);
    if (it == m_index.constEnd()) {
        it = m_index.insert(category, m_bank.categories.size());
        m_bank.categories.append(Category{category, {}});
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
