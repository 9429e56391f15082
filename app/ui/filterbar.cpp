#include "filterbar.h"

#include <QSignalBlocker>

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
    m_thirdRow = new QHBoxLayout;
    rows->addLayout(m_firstRow);
    rows->addLayout(m_secondRow);
    rows->addLayout(m_thirdRow);
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
    // Suspended and deleted questions are out of the list unless asked for here, where
    // they are brought back (Edit ▸ Unsuspend, Restore).
    m_shown = new QComboBox(this);
    m_shown->setObjectName(QStringLiteral("shownFilter"));
    m_shown->addItem(tr("Active questions"), int(Shown::Active));
    m_shown->addItem(tr("Active and suspended"), int(Shown::WithSuspended));
    m_shown->addItem(tr("Suspended only"), int(Shown::Suspended));
    m_shown->addItem(tr("Deleted"), int(Shown::Deleted));
    m_shown->setToolTip(tr("Which questions the list shows: suspended questions are out of "
                           "study, mock interviews and sheets; deleted ones can be restored."));
    m_shown->setMinimumWidth(m_shown->fontMetrics().averageCharWidth() * 12);
    layout->addWidget(m_shown);
    m_filterWidgets = {m_confidence, m_dueNow, m_neverRated, m_shown};

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(searchDelay, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_confidence, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_dueNow, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_neverRated, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_shown, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
}

FilterBar::Shown FilterBar::shown() const
{
    return Shown(m_shown->currentData().toInt());
}

void FilterBar::setShown(Shown shown)
{
    m_shown->setCurrentIndex(m_shown->findData(int(shown)));
}

void FilterBar::clearAll(Shown shown)
{
    const QSignalBlocker quiet(this); // the caller applies the filters once, after
    m_search->clear();
    m_confidence->setCurrentIndex(0);
    m_dueNow->setChecked(false);
    m_neverRated->setChecked(false);
    setShown(shown);
}

void FilterBar::fill(QuestionFilter &filter, const QDateTime &now) const
{
    filter.search = m_search->text();
    if (const int c = m_confidence->currentData().toInt(); c > 0)
        filter.maxConfidence = c;
    if (m_dueNow->isChecked())
        filter.dueBy = now;
    filter.neverRated = m_neverRated->isChecked();
    switch (shown()) {
    case Shown::Active:
        filter.suspended = QuestionFilter::Suspended::Hidden;
        break;
    case Shown::WithSuspended:
        filter.suspended = QuestionFilter::Suspended::Included;
        break;
    case Shown::Suspended:
        filter.suspended = QuestionFilter::Suspended::Only;
        break;
    case Shown::Deleted:
        filter.suspended = QuestionFilter::Suspended::Included;
        filter.deleted = true;
        break;
    }
}

int FilterBar::widthOf(QWidget *w) const
{
    return std::max(w->minimumSizeHint().width(), w->sizeHint().width()) + m_firstRow->spacing();
}

int FilterBar::oneRowWidth() const
{
    int width = m_search->fontMetrics().averageCharWidth() * kSearchChars;
    for (QWidget *w : m_filterWidgets)
        width += widthOf(w);
    return width;
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Each filter's row: 0 beside the search field when all fit there; else rows of their
    // own below it, as many as fit in each (a narrow window, longer words in German).
    QList<int> rows;
    if (width() >= oneRowWidth()) {
        rows.fill(0, m_filterWidgets.size());
    } else {
        int row = 1, used = 0;
        for (QWidget *w : m_filterWidgets) {
            const int needed = widthOf(w);
            if (used > 0 && used + needed > width() && row < kMaxRows - 1) {
                ++row;
                used = 0;
            }
            used += needed;
            rows << row;
        }
    }
    if (rows == m_rowOf)
        return;
    m_rowOf = rows;
    m_wrapped = rows.constLast() > 0;
    for (QHBoxLayout *row : {m_firstRow, m_secondRow, m_thirdRow})
        for (QWidget *w : m_filterWidgets)
            row->removeWidget(w);
    for (QHBoxLayout *row : {m_secondRow, m_thirdRow})
        while (QLayoutItem *stretch = row->takeAt(0))
            delete stretch; // the stretches left alone in the lower rows
    QHBoxLayout *byRow[kMaxRows] = {m_firstRow, m_secondRow, m_thirdRow};
    for (qsizetype i = 0; i < m_filterWidgets.size(); ++i)
        byRow[rows[i]]->addWidget(m_filterWidgets[i]);
    for (QHBoxLayout *row : {m_secondRow, m_thirdRow})
        if (row->count() > 0)
            row->addStretch(1);
}

void FilterBar::setSearchText(const QString &text)
{
    const QSignalBlocker quiet(m_search); // not after the typing pause: now
    m_search->setText(text);
    emit changed();
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
