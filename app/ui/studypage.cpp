#include "studypage.h"
#include "categorytreemodel.h"
#include "confidencebardelegate.h"
#include "filterbar.h"
#include "ftsquery.h"
#include "intervaltext.h"
#include "questiontablemodel.h"
#include "questionview.h"
#include "ratingcommand.h"
#include "studypane.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace prepdeck {

namespace {} // namespace

StudyPage::StudyPage(Library &library, StudySession &session, const Clock &clock, QUndoStack *undo,
                     QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_library(library), m_session(session), m_clock(clock),
      m_undo(undo)
{
    setObjectName(QStringLiteral("mainSplitter"));
    setChildrenCollapsible(false);
    m_categories = new CategoryTreeModel(this);
    m_questions = new QuestionTableModel(m_library.questions(), this);
    connect(m_questions, &QuestionTableModel::failed, this, &StudyPage::failed);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("categoryView"));
    m_tree->setModel(m_categories);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new ConfidenceBarDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(140);
    // Names that differ at their end ("Backend — Python & FastAPI", "Backend — Database &
    // PostgreSQL") stay apart when cut short in the middle; the tooltip has them whole.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setIndentation(m_tree->fontMetrics().averageCharWidth() * 2);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_session.setQueueMode(false);
        m_queueBar->hide();
        applyFilters();
    });
    // A click on the list already chosen leaves the study queue too.
    connect(m_tree, &QTreeView::clicked, this, [this] {
        if (m_session.queueMode() || m_queueBar->isVisible())
            leaveQueue();
    });

    auto *middle = new QWidget(this);
    auto *ml = new QVBoxLayout(middle);
    ml->setContentsMargins(0, 0, 0, 0);
    m_filters = new FilterBar(middle);
    connect(m_filters, &FilterBar::changed, this, &StudyPage::applyFilters);
    ml->addWidget(m_filters);
    addQueueBar(middle, ml);
    m_table = new QuestionView(m_questions, middle);
    ml->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StudyPage::showCurrentQuestion);
    // A reload selects nothing; the first row is then the current question.
    connect(m_questions, &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (!m_table->currentIndex().isValid())
                selectRow(0);
        });
    });

    m_pane = new StudyPane(this);
    m_pane->setObjectName(QStringLiteral("studyPane"));
    connect(m_pane, &StudyPane::rateRequested, this, &StudyPage::rate);
    connect(m_pane, &StudyPane::revealed, this, &StudyPage::showRatingOutlook);
    connect(m_pane, &StudyPane::offerTaken, this, [this] {
        if (!m_offeredSearch.isEmpty())
            m_filters->setSearchText(m_offeredSearch); // "did you mean"
        else
            m_tree->setCurrentIndex(m_categories->rootIndex()); // the same search, everywhere
    });
    connect(m_pane, &StudyPane::leaveTextRequested, this, [this] {
        saveEditedNote();
        m_table->setFocus();
    });
    connect(m_pane, &StudyPane::noteSaveRequested, this, &StudyPage::saveNote);

    addWidget(m_tree);
    addWidget(middle);
    addWidget(m_pane);
    connect(this, &QSplitter::splitterMoved, this, [this] { m_userWidths = true; });
    // The three share a resized window in proportion, the tree too: on a wide screen its
    // names get the room they need, on a small one it gives up its share.
    setStretchFactor(0, 2);
    setStretchFactor(1, 5);
    setStretchFactor(2, 6);
}

void StudyPage::restoreLayout(const QByteArray &state)
{
    m_widthsSet = restoreState(state);
    m_userWidths = m_widthsSet;
    if (m_widthsSet && !isVisible())
        m_pendingState = state; // applied again once the splitter has its real width
}

void StudyPage::resizeEvent(QResizeEvent *event)
{
    if (!m_pendingState.isEmpty() && width() > 0) {
        // Restored before the window had its size, the widths would be shared out again
        // by the stretch factors: they are put back as they were left.
        QSplitter::resizeEvent(event);
        restoreState(std::exchange(m_pendingState, {}));
        return;
    }
    if (!m_widthsSet && width() > 0) {
        // A first start: the tree, list and pane take 20, 42 and 38 % of the width, the
        // tree more when its names need it.
        m_widthsSet = true;
        const int w = width();
        setSizes({w * 20 / 100, w * 42 / 100, w * 38 / 100});
        fitTreeToNames();
    }
    QSplitter::resizeEvent(event);
}

void StudyPage::fitTreeToNames()
{
    if (m_userWidths || width() <= 0)
        return; // the widths the user chose stay
    QList<int> widths = sizes();
    if (widths.size() != 3)
        return;
    // The names with their counts and bars (the delegate's size hint), the indentation and
    // a scroll bar; within a fifth and three tenths of the window.
    const int names = static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(0) +
                      2 * m_tree->frameWidth() + m_tree->verticalScrollBar()->sizeHint().width();
    const int want = std::clamp(names, width() * 20 / 100, width() * 30 / 100);
    if (want <= widths[0])
        return;
    widths[1] -= want - widths[0]; // from the list, which has the most to spare
    widths[0] = want;
    setSizes(widths);
}

QString StudyPage::listName() const
{
    return m_tree->currentIndex().data().toString();
}

StudyPage::Reloaded StudyPage::reload()
{
    auto summaries = m_library.questions().categorySummaries();
    if (!summaries) {
        emit failed(summaries.error().toString());
        return Reloaded::Failed;
    }
    const QModelIndex current = m_tree->currentIndex();
    const qint64 bankId = current.data(CategoryTreeModel::BankIdRole).toLongLong();
    const qint64 categoryId = current.data(CategoryTreeModel::CategoryIdRole).toLongLong();
    const bool hadSelection = current.isValid();
    m_categories->setSummaries(*summaries);
    m_tree->expandAll();
    fitTreeToNames();
    QModelIndex select = hadSelection ? m_categories->indexFor(bankId, categoryId) : QModelIndex();
    if (!select.isValid())
        select = m_categories->firstCategory();
    if (m_tree->currentIndex() == select)
        applyFilters();
    else
        m_tree->setCurrentIndex(select);
    return summaries->isEmpty() ? Reloaded::Empty : Reloaded::Shown;
}

void StudyPage::reloadKeepingPlace()
{
    const qint64 current = m_questions->idAt(m_table->currentIndex().row());
    reload();
    if (const int row = current ? m_questions->rowOf(current) : -1; row >= 0)
        selectRow(row);
}

void StudyPage::reloadAtRow(int row)
{
    reload();
    selectRow(std::min(row, m_questions->rowCount() - 1));
}

int StudyPage::currentRow() const
{
    return m_table->currentIndex().row();
}

std::pair<qint64, qint64> StudyPage::chosenCategory() const
{
    const QModelIndex current = m_tree->currentIndex();
    return {current.data(CategoryTreeModel::BankIdRole).toLongLong(),
            current.data(CategoryTreeModel::CategoryIdRole).toLongLong()};
}

void StudyPage::hold(bool held)
{
    if (held)
        saveEditedNote();
    m_held = held;
    m_questions->hold(held);
}

void StudyPage::openCategory(qint64 bankId, qint64 categoryId)
{
    m_tree->setCurrentIndex(m_categories->indexFor(bankId, categoryId));
    m_table->setFocus();
}

bool StudyPage::openQuestion(qint64 questionId)
{
    auto stored = m_library.questions().find(questionId);
    auto categories = m_library.edits().categories();
    if (!stored || !categories || stored->deleted) {
        emit statusMessage(tr("Question %1 is no longer in the library's lists.").arg(questionId),
                           5000);
        return false;
    }
    qint64 bankId = 0;
    for (const CategoryRef &c : *categories)
        if (c.id == stored->categoryId)
            bankId = c.bankId;
    m_session.setQueueMode(false);
    m_queueBar->hide();
    // Whatever the filters hid, the question is in the list they leave.
    m_filters->clearAll(stored->suspended ? FilterBar::Shown::WithSuspended
                                          : FilterBar::Shown::Active);
    openCategory(bankId, stored->categoryId);
    applyFilters(); // now, not after the search field's pause
    const int row = m_questions->rowOf(questionId);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void StudyPage::applyFilters()
{
    if (m_held)
        return; // the file is being replaced; a reload follows
    saveEditedNote();
    const QModelIndex node = m_tree->currentIndex();
    QuestionFilter f;
    f.bankId = node.data(CategoryTreeModel::BankIdRole).toLongLong();
    f.categoryId = node.data(CategoryTreeModel::CategoryIdRole).toLongLong();
    m_filters->fill(f, m_clock.now());
    // One category chosen: the tree says which, and the question gets the column's room.
    m_table->setColumnHidden(QuestionTableModel::CategoryColumn, f.categoryId != 0);
    const fts::Query query = fts::translate(f.search);
    const bool searching = !query.highlights.isEmpty(); // something to find (not only -word)
    m_table->setColumnHidden(QuestionTableModel::MatchColumn, !searching);
    m_table->fitColumns();
    if (m_session.queueMode()) {
        f.queueAt = m_clock.now();
        m_questions->setFilterAndOrder(f, QuestionOrder::Queue, Qt::AscendingOrder);
    } else {
        // A search lists the best match first; the user may sort by any other column and
        // back by Match. A cleared search brings back the order from before it.
        // (Only here: in the study queue the header's order waits, untouched.)
        QHeaderView *header = m_table->horizontalHeader();
        {
            const QSignalBlocker quiet(header); // the list is read once, below
            if (searching != m_searching) {
                if (searching) {
                    m_sortBeforeSearch = {header->sortIndicatorSection(),
                                          header->sortIndicatorOrder()};
                    header->setSortIndicator(QuestionTableModel::MatchColumn, Qt::AscendingOrder);
                } else {
                    header->setSortIndicator(m_sortBeforeSearch.first, m_sortBeforeSearch.second);
                }
                m_searching = searching;
            }
            // No search, yet ranked (a window closed while searching kept that order).
            if (!searching && header->sortIndicatorSection() == QuestionTableModel::MatchColumn)
                header->setSortIndicator(-1, Qt::AscendingOrder);
        }
        m_questions->setFilterAndOrder(
            f, QuestionTableModel::orderForColumn(header->sortIndicatorSection()),
            header->sortIndicatorOrder());
    }
    if (searching != m_tallRows) {
        // Rows of two lines while searching: the question, and where the words were found.
        QHeaderView *rows = m_table->verticalHeader();
        if (searching) {
            m_rowHeight = rows->defaultSectionSize();
            rows->setDefaultSectionSize(2 * m_table->fontMetrics().height() + 6);
        } else if (m_rowHeight > 0) {
            rows->setDefaultSectionSize(m_rowHeight);
        }
        m_tallRows = searching;
    }
    m_pane->setHighlightWords(query.highlights);
    selectRow(0);
    // A search shows its first screen at once; counting every match of a common word can
    // wait for the next turn of the event loop, after the table has been drawn.
    if (f.search.trimmed().isEmpty())
        emit countsChanged();
    else
        QTimer::singleShot(0, this, &StudyPage::countsChanged);
}

void StudyPage::selectRow(int row)
{
    if (row < 0 || row >= m_questions->rowCount()) {
        if (m_questions->rowCount() == 0) {
            m_table->setCurrentIndex({});
            showNoMatch();
        }
        return;
    }
    const QModelIndex index = m_questions->index(row, QuestionTableModel::PromptColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(m_questions->index(row, QuestionTableModel::NumberColumn));
}

// What an empty list says: a search that found nothing here offers the whole library.
void StudyPage::showNoMatch()
{
    m_offeredSearch.clear();
    const QString search = m_filters->searchText().trimmed();
    const bool inPart = m_tree->currentIndex() != m_categories->rootIndex();
    if (m_session.queueMode())
        m_pane->showNothing(tr("Nothing is due. Well done."));
    else if (!search.isEmpty() && inPart)
        m_pane->showNothing(tr("Nothing in %1 matches “%2”.").arg(listName(), search),
                            tr("Search All Banks"));
    else if (!search.isEmpty()) {
        // "Did you mean …?": the nearest words the library holds, one click away.
        auto near = m_library.questions().suggestedSearches(search);
        if (near && !near->isEmpty()) {
            m_offeredSearch = near->first();
            QStringList quoted;
            for (const QString &n : std::as_const(*near))
                quoted << tr("“%1”").arg(n);
            m_pane->showNothing(tr("Nothing in the library matches “%1”. Did you mean %2?")
                                    .arg(search, quoted.join(tr(" or "))),
                                tr("Search for “%1”").arg(m_offeredSearch));
        } else {
            m_pane->showNothing(
                tr("Nothing in the library matches “%1”. Try fewer or shorter words.").arg(search));
        }
    } else
        m_pane->showNothing(tr("No questions match these filters."));
}

void StudyPage::moveBy(int step)
{
    const int row = m_table->currentIndex().row() + step;
    while (row >= m_questions->rowCount() && m_questions->canFetchMore({}))
        m_questions->fetchMore({});
    selectRow(row);
}

void StudyPage::showCurrentQuestion()
{
    if (m_held)
        return;
    saveEditedNote();
    const qint64 id = m_questions->idAt(m_table->currentIndex().row());
    if (!id) {
        m_session.show(0);
        showNoMatch();
        emit questionShown(0, false, false);
        return;
    }
    auto question = m_library.questions().find(id);
    auto history = m_library.ratings().history(id);
    if (!question || !history) {
        emit failed((question ? history.error() : question.error()).toString());
        return; // the pane, and what a rating key rates, stay on the question shown
    }
    m_pane->showQuestion(*question, *history);
    m_session.show(id);
    emit questionShown(id, question->suspended, question->deleted);
}

void StudyPage::rate(int confidence)
{
    const qint64 id = m_session.current();
    if (!id || m_held)
        return; // nothing on show: the keys do nothing
    if (!m_pane->isRevealed()) {
        emit statusMessage(tr("Reveal the answer first: press Space, then rate it 1–5."), 4000);
        return;
    }
    auto event = m_session.rate(confidence);
    if (!event) {
        emit failed(event.error().toString());
        return;
    }
    const int row = m_table->currentIndex().row();
    // The command is pushed after the rating is stored, so pushing does not rate again.
    m_undo->push(
        new RatingCommand(m_session, *event, [this](qint64 questionId, const QString &error) {
            ratingChanged(questionId, error);
        }));
    m_questions->refreshRow(id);
    emit countsChanged();
    emit statusMessage(tr("Rated %1. Due again %2.")
                           .arg(QuestionTableModel::confidenceLabel(confidence),
                                QLocale().toString(event->due.toLocalTime(), QLocale::ShortFormat)),
                       4000);
    if (row + 1 < m_questions->rowCount() || m_questions->canFetchMore({}))
        moveBy(1);
    else
        showCurrentQuestion(); // the last one: show it again with its new history
}

void StudyPage::showRatingOutlook()
{
    auto due = m_session.dueIfRated();
    if (!due)
        return; // the buttons then show the ratings alone
    const QDateTime now = m_clock.now();
    QStringList intervals;
    for (const QDateTime &d : std::as_const(*due))
        intervals << scheduling::intervalText(now, d);
    m_pane->setRatingOutlook(intervals);
}

void StudyPage::ratingChanged(qint64 questionId, const QString &error)
{
    if (!error.isEmpty())
        emit failed(error);
    m_questions->refreshRow(questionId);
    const int row = m_questions->rowOf(questionId);
    if (row >= 0 && m_table->currentIndex().row() != row)
        selectRow(row); // undo takes you back to the question
    else if (m_pane->questionId() == questionId)
        showCurrentQuestion();
    emit countsChanged();
}

void StudyPage::saveNote(qint64 questionId, const QString &note)
{
    if (const Status saved = m_session.saveNote(questionId, note); !saved) {
        emit failed(saved.error().toString());
        return;
    }
    emit statusMessage(tr("Note saved."), 3000);
    if (m_pane->questionId() == questionId)
        m_pane->noteSaved(note);
}

void StudyPage::saveEditedNote()
{
    if (m_pane && m_pane->noteModified())
        saveNote(m_pane->questionId(), m_pane->editedNote());
}

// The bar above the list while the study queue is on (or offered): what the list is, and
// the way out.
void StudyPage::addQueueBar(QWidget *parent, QVBoxLayout *layout)
{
    m_queueBar = new QFrame(parent);
    m_queueBar->setObjectName(QStringLiteral("queueBar"));
    m_queueBar->setFrameShape(QFrame::StyledPanel);
    m_queueBar->setAutoFillBackground(true);
    m_queueBar->setBackgroundRole(QPalette::AlternateBase);
    auto *row = new QHBoxLayout(m_queueBar);
    row->setContentsMargins(8, 4, 4, 4);
    m_queueText = new QLabel(m_queueBar);
    m_queueText->setObjectName(QStringLiteral("queueText"));
    m_queueText->setWordWrap(true);
    row->addWidget(m_queueText, 1);
    m_queueWeakest = new QPushButton(tr("Study the Weakest"), m_queueBar);
    m_queueWeakest->setObjectName(QStringLiteral("queueWeakest"));
    connect(m_queueWeakest, &QPushButton::clicked, this, [this] { enterQueue(false); });
    row->addWidget(m_queueWeakest);
    m_queueLeave = new QPushButton(tr("Show All Questions"), m_queueBar);
    m_queueLeave->setObjectName(QStringLiteral("queueLeave"));
    connect(m_queueLeave, &QPushButton::clicked, this, &StudyPage::leaveQueue);
    row->addWidget(m_queueLeave);
    m_queueBar->hide();
    layout->addWidget(m_queueBar);
}

void StudyPage::studyDue()
{
    // What is due now in the list chosen in the tree; with nothing due, the queue would be
    // the weakest and the never rated, which is worth asking before showing.
    const QModelIndex node = m_tree->currentIndex();
    QuestionFilter due;
    due.bankId = node.data(CategoryTreeModel::BankIdRole).toLongLong();
    due.categoryId = node.data(CategoryTreeModel::CategoryIdRole).toLongLong();
    due.dueBy = m_clock.now();
    auto count = m_library.questions().countQuestions(due);
    if (!count) {
        emit failed(count.error().toString());
        return;
    }
    if (*count == 0) {
        m_session.setQueueMode(false);
        m_queueText->setText(
            tr("Nothing is due in %1 — study the weakest instead?").arg(listName()));
        m_queueWeakest->show();
        m_queueLeave->setText(tr("Not Now"));
        m_queueBar->show();
        return;
    }
    enterQueue(true);
}

void StudyPage::enterQueue(bool dueFirst)
{
    m_session.setQueueMode(true);
    applyFilters();
    const int n = m_questions->totalCount();
    m_queueText->setText(
        dueFirst ? tr("Study queue of %1: %Ln question(s) — overdue first, then the weakest, "
                      "then never rated.",
                      nullptr, n)
                       .arg(listName())
                 : tr("Study queue of %1: %Ln question(s) — the weakest first, then never "
                      "rated.",
                      nullptr, n)
                       .arg(listName()));
    m_queueWeakest->hide();
    m_queueLeave->setText(tr("Show All Questions"));
    m_queueBar->show();
    m_table->setFocus();
}

void StudyPage::leaveQueue()
{
    m_queueBar->hide();
    if (!m_session.queueMode())
        return;
    m_session.setQueueMode(false);
    applyFilters();
    emit statusMessage(tr("All the questions of %1.").arg(listName()), 4000);
}

} // namespace prepdeck
