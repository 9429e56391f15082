#include "questiontablemodel.h"
#include "markdownrenderer.h"
#include "questionmime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace prepdeck {

namespace {

QuestionOrder columnOrder(int column)
{
    switch (column) {
    case QuestionTableModel::NumberColumn:
        return QuestionOrder::Number;
    case QuestionTableModel::PromptColumn:
        return QuestionOrder::Prompt;
    case QuestionTableModel::CategoryColumn:
        return QuestionOrder::Category;
    case QuestionTableModel::ConfidenceColumn:
        return QuestionOrder::Confidence;
    case QuestionTableModel::LastRatedColumn:
        return QuestionOrder::LastRated;
    case QuestionTableModel::DueColumn:
        return QuestionOrder::Due;
    case QuestionTableModel::MatchColumn:
        return QuestionOrder::Relevance;
    default:
        return QuestionOrder::Library;
    }
}

// Where in a question the search words were found, for the Match column's tooltip.
QString matchPlace(const QString &column)
{
    if (column == QLatin1String("prompt"))
        return QuestionTableModel::tr("In the question");
    if (column == QLatin1String("hint"))
        return QuestionTableModel::tr("In the hint");
    if (column == QLatin1String("note"))
        return QuestionTableModel::tr("In your notes");
    return QuestionTableModel::tr("In the answer");
}

// A passage of an answer as a reader sees it: its inline Markdown rendered as text and the
// marks of headings, lists and quotes that begin its lines dropped; on one line.
QString readablePassage(const QString &markdown)
{
    static const QRegularExpression blockMarks(
        QStringLiteral("(^|\\n|…)[ \\t]*(#{1,6}|[-*+>]|\\d{1,3}[.)])[ \\t]+"));
    QString text = markdown;
    text.replace(blockMarks, QStringLiteral("\\1"));
    return inlineMarkdownText(text).simplified();
}

// The Match column: where first, in a word.
QString matchColumnText(const QString &column)
{
    if (column == QLatin1String("prompt"))
        return QuestionTableModel::tr("Question");
    if (column == QLatin1String("hint"))
        return QuestionTableModel::tr("Hint");
    if (column == QLatin1String("note"))
        return QuestionTableModel::tr("Notes");
    return QuestionTableModel::tr("Answer");
}

QString shortDate(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return QuestionTableModel::tr("today %1")
            .arg(QLocale().toString(local.time(), QLocale::ShortFormat));
    if (local.date() == today.addDays(1))
        return QuestionTableModel::tr("tomorrow");
    if (local.date() == today.addDays(-1))
        return QuestionTableModel::tr("yesterday");
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

} // namespace

QStringList QuestionTableModel::matchColumnTexts()
{
    return {matchColumnText(QStringLiteral("prompt")), matchColumnText(QStringLiteral("hint")),
            matchColumnText(QStringLiteral("note")), matchColumnText(QStringLiteral("answer"))};
}

QuestionOrder QuestionTableModel::orderForColumn(int column)
{
    return columnOrder(column);
}

QuestionTableModel::QuestionTableModel(const QuestionListSource &source, QObject *parent)
    : QAbstractTableModel(parent), m_source(source)
{}

QString QuestionTableModel::confidenceLabel(int confidence)
{
    switch (confidence) {
    case 1:
        return tr("1 Blank");
    case 2:
        return tr("2 Shaky");
    case 3:
        return tr("3 Okay");
    case 4:
        return tr("4 Good");
    case 5:
        return tr("5 Nailed it");
    default:
        return {};
    }
}

void QuestionTableModel::setFilter(const QuestionFilter &filter)
{
    m_filter = filter;
    reload();
}

void QuestionTableModel::setOrder(QuestionOrder order, Qt::SortOrder direction)
{
    m_order = order;
    m_direction = direction;
    reload();
}

void QuestionTableModel::setFilterAndOrder(const QuestionFilter &filter, QuestionOrder order,
                                           Qt::SortOrder direction)
{
    m_filter = filter;
    m_order = order;
    m_direction = direction;
    reload();
}

void QuestionTableModel::reload()
{
    // No fetching while the reset is being announced: views and testers ask for more from
    // inside those signals, which would nest one change in another.
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_hits.clear();
    m_error.clear();
    // The first screen's ids only: the whole list is asked for when the view scrolls on.
    auto ids = m_source.questionIds(m_filter, m_order, m_direction, kFirstPage);
    m_ids = ids ? *ids : QList<qint64>{};
    m_complete = m_ids.size() < kFirstPage;
    m_total = -1;
    if (!ids)
        m_error = ids.error().toString();
    endResetModel();
    m_announcing = false;
    if (!m_error.isEmpty())
        emit failed(m_error);
    // The first page straight away, so the first row can be selected.
    if (canFetchMore({}))
        fetchMore({});
}

qint64 QuestionTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int QuestionTableModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

void QuestionTableModel::updateRow(const QuestionRow &row)
{
    const int r = rowOf(row.id);
    if (r < 0)
        return;
    m_rows[r] = row;
    m_rows[r].prompt = inlineMarkdownText(row.prompt);
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void QuestionTableModel::refreshRow(qint64 id)
{
    if (rowOf(id) < 0)
        return;
    auto rows = m_source.questionRowsByIds({id});
    if (!rows) {
        emit failed(rows.error().toString()); // the list itself is still whole
        return;
    }
    if (!rows->isEmpty())
        updateRow(rows->first());
}

int QuestionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuestionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const QuestionRow &r = m_rows[index.row()];
    if (role == QuestionIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == PromptColumn) {
        if (r.deleted)
            return tr("Deleted: %1").arg(r.prompt);
        if (r.suspended)
            return tr("Suspended: %1").arg(r.prompt);
        return r.prompt;
    }
    if (role == StateRole)
        return r.deleted ? 2 : r.suspended ? 1 : 0;
    if (role == MarkedPromptRole || role == SnippetRole ||
        (index.column() == MatchColumn && role == Qt::ToolTipRole)) {
        const auto hit = m_hits.constFind(r.id);
        if (hit == m_hits.constEnd())
            return {};
        if (role == MarkedPromptRole)
            return hit->markedPrompt.isEmpty() ? QString() : inlineMarkdownText(hit->markedPrompt);
        QString passage = readablePassage(hit->snippet);
        if (role == SnippetRole)
            return passage;
        passage.remove(SearchHit::kMatchStart);
        passage.remove(SearchHit::kMatchEnd);
        return passage.isEmpty() ? matchPlace(hit->column)
                                 : matchPlace(hit->column) + QLatin1String(": ") + passage;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return r.number ? QVariant(*r.number) : QVariant();
    case PromptColumn:
        return r.prompt;
    case CategoryColumn:
        return r.category;
    case ConfidenceColumn:
        return r.confidence ? confidenceLabel(*r.confidence) : QString();
    case LastRatedColumn:
        return shortDate(r.lastRated);
    case DueColumn:
        return shortDate(r.due);
    case MatchColumn: {
        const auto hit = m_hits.constFind(r.id);
        return hit == m_hits.constEnd() ? QString() : matchColumnText(hit->column);
    }
    default:
        return {};
    }
}

Qt::ItemFlags QuestionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList QuestionTableModel::mimeTypes() const
{
    return {QString::fromLatin1(kQuestionsMimeType)};
}

QMimeData *QuestionTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    qint64 bankId = 0;
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || i.row() >= m_rows.size())
            continue;
        const QuestionRow &r = m_rows[i.row()];
        if (ids.contains(r.id))
            continue;
        if (bankId && r.bankId != bankId)
            return nullptr; // questions move within their bank
        bankId = r.bankId;
        ids << r.id;
    }
    if (ids.isEmpty())
        return nullptr;
    return questionsMime(bankId, ids);
}

QVariant QuestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case PromptColumn:
        return tr("Question");
    case CategoryColumn:
        return tr("Category");
    case ConfidenceColumn:
        return tr("Confidence");
    case LastRatedColumn:
        return tr("Last rated");
    case DueColumn:
        return tr("Due");
    case MatchColumn:
        return tr("Match");
    default:
        return {};
    }
}

int QuestionTableModel::totalCount() const
{
    if (m_complete)
        return static_cast<int>(m_ids.size());
    if (m_total < 0) {
        auto count = m_source.countQuestions(m_filter);
        m_total = count ? *count : static_cast<int>(m_ids.size());
    }
    return m_total;
}

bool QuestionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_held && !m_announcing && m_error.isEmpty() &&
           (m_rows.size() < m_ids.size() || !m_complete);
}

void QuestionTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_rows.size() >= m_ids.size()) {
        auto all = m_source.questionIds(m_filter, m_order, m_direction);
        if (!all) {
            m_error = all.error().toString();
            emit failed(m_error);
            return;
        }
        m_ids = *all;
        m_complete = true;
        if (m_rows.size() >= m_ids.size())
            return;
    }
    const QList<qint64> next = m_ids.mid(m_rows.size(), m_rows.isEmpty() ? kFirstPage : kPageSize);
    auto page = m_source.questionRowsByIds(next);
    if (!page) {
        m_error = page.error().toString();
        emit failed(m_error);
        return;
    }
    if (page->size() != next.size()) { // questions went away under us: drop them from the list
        QSet<qint64> found;
        for (const QuestionRow &r : *page)
            found.insert(r.id);
        m_ids.removeIf([&](qint64 id) { return next.contains(id) && !found.contains(id); });
        if (page->isEmpty())
            return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_announcing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    if (!m_filter.search.trimmed().isEmpty()) { // why each matched, for the Match column
        auto hits = m_source.searchHits(next, m_filter.search);
        if (hits)
            for (const SearchHit &h : std::as_const(*hits))
                m_hits.insert(h.id, h);
    }
    // Prompts as a reader sees them: "Slots (__slots__)", not their Markdown.
    for (QuestionRow &row : *page)
        row.prompt = inlineMarkdownText(row.prompt);
    m_rows << *page;
    endInsertRows();
    m_announcing = false;
}

void QuestionTableModel::sort(int column, Qt::SortOrder order)
{
    setOrder(columnOrder(column), order);
}

} // namespace prepdeck
