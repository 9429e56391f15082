#pragma once

#include "progressstats.h"
#include "questionquery.h"
#include "result.h"

#include <QDateTime>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QFont;
class QPagedPaintDevice;
class QTextBlock;
class QTextDocument;
class QTextTable;

namespace prepdeck {

enum class SheetKind
{
    Study,
    Interviewer,
    Candidate
};
enum class SheetFontSize
{
    Small,
    Normal,
    Large
};

struct SheetOptions
{
    SheetKind kind = SheetKind::Study;
    QString title; // empty: a title for the kind
    QPageSize::PageSizeId pageSize = defaultPageSize();
    SheetFontSize fontSize = SheetFontSize::Normal;
    bool answers = true; // study sheet: the rendered answers
    bool hints = true;
    bool tips = true;
    bool followUps = true;
    bool notes = false;           // the user's own notes
    int secondsPerQuestion = 180; // the interviewer's time box
    QDateTime date = QDateTime::currentDateTime();
    // A page of progress before the questions: readiness per category (none when empty).
    // Only the categories the sheet prints are reported: a sheet of one category does not
    // open with the whole library's figures.
    QList<Readiness> progressReport;
    QString progressSummary; // e.g. the days left and the streak

    // US Letter where the locale measures in inches, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();
    QString effectiveTitle() const;
};

// Called after each page is drawn; giving back false cancels.
using PageProgress = std::function<bool(int page, int pages)>;

// A printable sheet: the questions laid out on pages with a header (title and date), a
// footer ("Page N of M") and, for study sheets, a table of contents with page numbers.
// A question's heading is never left alone at the foot of a page. Needs a
// QGuiApplication (fonts), but no widgets.
class SheetDocument final
{
public:
    SheetDocument(const QList<StoredQuestion> &questions, const SheetOptions &options);
    ~SheetDocument();

    // Lays the sheet out for this device. With setUpPage the options' page size and
    // margins are applied to the device first; a printer keeps what its dialog chose.
    void layOutFor(QPagedPaintDevice &device, bool setUpPage = true);
    int pageCount() const;
    // The categories in order with the page each starts on (1-based), as the TOC shows them.
    QList<std::pair<QString, int>> contents() const { return m_contents; }
    // The first and last page (1-based) of each part kept on one page when it fits: a
    // candidate's question with its writing lines, the interviewer's time, score and notes.
    QList<std::pair<int, int>> keptGroupPages() const;

    // Draws every page; false from progress stops early and gives an error.
    Status paint(QPagedPaintDevice &device, const PageProgress &progress = {});

private:
    QString html(const QList<int> &tocPages) const;
    QString progressReportHtml() const;
    static QString interviewFieldsHtml();
    QString contentsHtml(const QList<int> &tocPages) const;
    QString questionHtml(const StoredQuestion &s, int index) const;
    QString studyAnswerHtml(const StoredQuestion &s) const;
    QString interviewerAnswerHtml(const Question &q) const;
    void setUp(QPagedPaintDevice &device, const QFont &font, const QString &html);
    // The headings of the progress report and the contents, before the categories'.
    int leadingSections() const;
    // Moves each heading left alone at the foot of a page to the next one, together with a
    // category heading right above it; in document order, as each move shifts what follows.
    // False when no heading needed moving.
    bool keepHeadingsWithNext();
    // Moves each group marked to be kept together (see kKeepToQuestionEnd) that a page's
    // foot splits to the next page, when it fits on one. False when none needed moving.
    bool keepGroupsTogether();
    qreal firstLineTop(const QTextBlock &block) const;
    qreal lastLineTop(const QTextBlock &block) const;
    // The last block of the group a marked block starts: the end of its question.
    static QTextBlock groupEnd(const QTextBlock &start);
    QList<int> categoryPages() const;
    QTextTable *contentsTable() const;
    // Writes the pages into the contents; false when that moved what comes below them.
    bool fillContents(const QList<int> &pages);
    int pageOf(qreal y) const;

    QList<StoredQuestion> m_questions;
    SheetOptions m_options;
    QList<std::pair<QString, QString>> m_categories; // (category, bank) in order
    std::unique_ptr<QTextDocument> m_document;
    QList<std::pair<QString, int>> m_contents;
    QRectF m_body;    // where the text goes, in device pixels
    qreal m_band = 0; // height of header and footer
};

// Writes a sheet as a PDF with vector text, title and author set. The file appears whole
// or not at all: it is written next to its place and renamed when complete.
Status writeSheetPdf(const QList<StoredQuestion> &questions, const SheetOptions &options,
                     const QString &path, const PageProgress &progress = {});

} // namespace prepdeck
