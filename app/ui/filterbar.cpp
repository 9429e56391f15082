#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace prepdeck {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search questions, answers, hints and notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 1);
    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("confidenceFilter"));
    m_confidence->addItem(tr("Any confidence"), 0);
    for (int c = 1; c <= 4; ++c)
        m_confidence->addItem(tr("Confidence ≤ %1").arg(c), c);
    // On a narrow window the choice is cut short ("Confidence…") before the row overflows.
    m_confidence->setMinimumWidth(m_confidence->fontMetrics().averageCharWidth() * 12);
    layout->addWidget(m_confidence);
    m_dueNow = new QCheckBox(tr("Due now"), this);
    m_dueNow->setObjectName(QStringLiteral("dueNowFilter"));
    layout->addWidget(m_dueNow);
    m_neverRated = new QCheckBox(tr("Never rated"), this);
    m_neverRated->setObjectName(QStringLiteral("neverRatedFilter"));
    layout->addWidget(m_neverRated);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(searchDelay, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_confidence, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_dueNow, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_neverRated, &QCheckBox::toggled, this, &FilterBar::changed);
}

void FilterBar::fill(QuestionFilter &filter, const QDateTime &now) const
{
    filter.search = m_search->text();
    if (const int c = m_confidence->currentData().toInt(); c > 0)
        filter.maxConfidence = c;
    if (m_dueNow->isChecked())
        filter.dueBy = now;
    filter.neverRated = m_neverRated->isChecked();
}

QString FilterBar::searchText() const
{
    return m_search->text();
}

void FilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace prepdeck
