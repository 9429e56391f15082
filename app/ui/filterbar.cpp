#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace prepdeck {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    // The search field and the filters share a row when there is room; on a narrow window
    // the filters go to a second row, so the search field keeps room for its words.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    m_firstRow = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    rows->addLayout(m_firstRow);
    rows->addLayout(m_secondRow);
    auto *layout = m_firstRow;
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
    m_filterWidgets = {m_confidence, m_dueNow, m_neverRated};

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

int FilterBar::oneRowWidth() const
{
    int width = m_search->fontMetrics().averageCharWidth() * kSearchChars;
    for (QWidget *w : m_filterWidgets)
        width +=
            std::max(w->minimumSizeHint().width(), w->sizeHint().width()) + m_firstRow->spacing();
    return width;
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wrap = width() < oneRowWidth();
    if (wrap == m_wrapped)
        return;
    m_wrapped = wrap;
    for (QWidget *w : m_filterWidgets) {
        (wrap ? m_firstRow : m_secondRow)->removeWidget(w);
        (wrap ? m_secondRow : m_firstRow)->addWidget(w);
    }
    if (wrap)
        m_secondRow->addStretch(1);
    else if (QLayoutItem *stretch = m_secondRow->takeAt(0))
        delete stretch; // the stretch, left alone in the second row
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
