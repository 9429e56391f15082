#include "sheetdocument.h"
#include "markdownrenderer.h"
#include "sheetblocks.h"
#include "translation.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace prepdeck {

namespace {

using namespace sheetblocks;
const QString kKeepStyle = marked(kKeepToQuestionEnd);
const QString kWithNextStyle = marked(kKeepWithNext);

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A label ("Hint", "Key points") kept with what it introduces.
QString labelHtml(const QString &text)
{
    return QStringLiteral("<p class=\"label\"") + kWithNextStyle + QLatin1Char('>') + esc(text) +
           QStringLiteral("</p>");
}

// Printed on white paper whatever the screen's palette: dark text, light code boxes,
// code that wraps at the margin instead of running off the page.
const QString kPrintStyle = QStringLiteral(
    "body { color: #111111; }"
    "h1 { font-size: x-large; margin-bottom: 2px; }"
    "h2 { font-size: large; margin-top: 16px; margin-bottom: 6px; color: #1f3a60; }"
    "h3 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }"
    "pre { white-space: pre-wrap; font-family: monospace; background-color: #f1f1f1; }"
    "code { font-family: monospace; background-color: #f1f1f1; }"
    "table.md { border-collapse: collapse; border-width: 1px; border-style: solid; border-color: "
    "#999999; }"
    "th, td { padding: 3px; }"
    "blockquote { color: #444444; margin-left: 10px; }"
    ".meta { color: #555555; }"
    ".label { font-weight: 600; color: #333333; }"
    ".boxes { font-size: large; }"
    "p.rule { margin-top: 6px; margin-bottom: 0px; font-size: large; }");

// cmark's tables carry no class; give them the bordered look on paper.
QString printable(const QString &markdown)
{
    QString html = renderMarkdown(markdown);
    html.replace(QLatin1String("<table>"),
                 QLatin1String("<table class=\"md\" border=\"1\" cellspacing=\"0\">"));
    return html;
}

// Lines to write on, about 8 mm apart at the normal size, like ruled paper: a paragraph's
// height of space above each rule.
QString ruledLines(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<p class=\"rule\">&nbsp;</p><hr/>");
    return html;
}

QString boxes()
{
    return QStringLiteral("☐ 1&nbsp;&nbsp; ☐ 2&nbsp;&nbsp; ☐ 3&nbsp;&nbsp; ☐ 4&nbsp;&nbsp; ☐ 5");
}

qreal pointSize(SheetFontSize size)
{
    switch (size) {
    case SheetFontSize::Small:
        return 8.5;
    case SheetFontSize::Large:
        return 12.0;
    case SheetFontSize::Normal:
        break;
    }
    return 10.0;
}

} // namespace

QPageSize::PageSizeId SheetOptions::defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

QString SheetOptions::effectiveTitle() const
{
    if (!title.isEmpty())
        return title;
    switch (kind) {
    case SheetKind::Study:
        return QObject::tr("Study sheet");
    case SheetKind::Interviewer:
        return QObject::tr("Mock interview — interviewer's copy");
    case SheetKind::Candidate:
        return QObject::tr("Mock interview — candidate's copy");
    }
    return {};
}

SheetDocument::SheetDocument(const QList<StoredQuestion> &questions, const SheetOptions &options)
    : m_questions(questions), m_options(options)
{
    QSet<qint64> printed;
    for (const StoredQuestion &q : m_questions) {
        if (m_categories.isEmpty() || m_categories.last() != std::pair{q.category, q.bank})
            m_categories << std::pair{q.category, q.bank};
        printed.insert(q.categoryId);
    }
    m_options.progressReport.removeIf(
        [&printed](const Readiness &r) { return !printed.contains(r.categoryId); });
}

SheetDocument::~SheetDocument() = default;

QString SheetDocument::html(const QList<int> &tocPages) const
{
    const SheetOptions &o = m_options;
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(o.effectiveTitle()));
    const QString date = QLocale().toString(o.date.date(), QLocale::LongFormat);
    h += QStringLiteral("<p class=\"meta\">%1 · %2</p>")
             .arg(esc(date), esc(questionCount(m_questions.size())));
    if (!o.progressReport.isEmpty())
        h += progressReportHtml();
    h += o.kind == SheetKind::Study ? contentsHtml(tocPages) : interviewFieldsHtml();
    QString lastKey;
    int index = 0;
    for (const StoredQuestion &s : m_questions) {
        const QString key = s.bank + QLatin1Char('\x1f') + s.category;
        if (o.kind == SheetKind::Study && key != lastKey) {
            h += QStringLiteral("<h2>%1 <span class=\"meta\">— %2</span></h2>")
                     .arg(esc(s.category), esc(s.bank));
            lastKey = key;
        }
        h += questionHtml(s, ++index);
    }
    return h;
}

// The progress report before a study sheet: readiness per category, then a page break.
QString SheetDocument::progressReportHtml() const
{
    const SheetOptions &o = m_options;
    int total = 0, ready = 0;
    for (const Readiness &r : o.progressReport) {
        total += r.questions;
        ready += r.ready;
    }
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(QObject::tr("Progress report")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 (o.progressReport.size() == 1
                      ? QObject::tr("In %1, %L2 of %L3 questions are ready (latest rating 4 or 5).")
                            .arg(o.progressReport.first().category)
                      : QObject::tr("In the %1 on this sheet, %L2 of %L3 questions are ready "
                                    "(latest rating 4 or 5).")
                            .arg(categoryCount(o.progressReport.size())))
                     .arg(ready)
                     .arg(total) +
                 (o.progressSummary.isEmpty() ? QString() : QLatin1Char(' ') + o.progressSummary)));
    h += QStringLiteral(
             "<table class=\"md\" border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>%1</th>"
             "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(QObject::tr("Category")), esc(QObject::tr("Questions")),
                  esc(QObject::tr("Ready")), esc(QObject::tr("Mean confidence")),
                  esc(QObject::tr("Never rated")));
    for (const Readiness &r : o.progressReport)
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3%</td>"
                            "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                 .arg(esc(r.category))
                 .arg(r.questions)
                 .arg(qRound(100 * r.share()))
                 .arg(r.meanConfidence ? QLocale().toString(*r.meanConfidence, 'f', 1)
                                       : QStringLiteral("–"))
                 .arg(r.neverRated);
    h += QStringLiteral("</table><p style=\"page-break-after: always\">&nbsp;</p>");
    return h;
}

// A mock-interview sheet's fields to fill in: a column each, so that a longer label in
// another language never breaks a field.
QString SheetDocument::interviewFieldsHtml()
{
    return QStringLiteral(
               "<table width=\"100%\" cellpadding=\"2\"><tr>"
               "<td width=\"30%\" style=\"white-space: nowrap\">%1&nbsp;______________</td>"
               "<td width=\"35%\" style=\"white-space: nowrap\">%2&nbsp;________________</td>"
               "<td width=\"35%\" style=\"white-space: nowrap\">%3&nbsp;________________</td>"
               "</tr></table>")
        .arg(esc(QObject::tr("Date:")), esc(QObject::tr("Candidate:")),
             esc(QObject::tr("Interviewer:")));
}

// A study sheet's contents: each category with the page it starts on.
QString SheetDocument::contentsHtml(const QList<int> &tocPages) const
{
    QString h = QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"1\">")
                    .arg(esc(QObject::tr("Contents")));
    for (qsizetype c = 0; c < m_categories.size(); ++c) {
        const int page = c < tocPages.size() ? tocPages[c] : 0;
        h += QStringLiteral("<tr><td>%1 <span class=\"meta\">— %2</span></td><td "
                            "align=\"right\">%3</td></tr>")
                 .arg(esc(m_categories[c].first), esc(m_categories[c].second),
                      page > 0 ? QString::number(page) : QStringLiteral("00"));
    }
    h += QStringLiteral("</table>");
    return h;
}

// One question as the sheet's kind shows it.
QString SheetDocument::questionHtml(const StoredQuestion &s, int index) const
{
    const SheetOptions &o = m_options;
    const Question &q = s.question;
    // A candidate's question stays on one page with its lines: a page that holds nothing but
    // the last ruled line of the question before is no use to write on.
    QString h = QStringLiteral("<h3%1>%2. %3</h3>")
                    .arg(o.kind == SheetKind::Candidate ? kKeepStyle : QString())
                    .arg(index)
                    .arg(renderInlineMarkdown(q.prompt));
    // The code or choices that belong to the question, on every sheet.
    if (!q.context.isEmpty())
        h += printable(q.context);
    QStringList meta;
    if (o.kind != SheetKind::Study)
        meta << s.category;
    if (q.number)
        meta << QObject::tr("No. %1").arg(*q.number);
    if (q.frequency && o.kind != SheetKind::Candidate)
        meta << QObject::tr("asked in %1% of interviews").arg(*q.frequency);
    if (!meta.isEmpty())
        h += QStringLiteral("<p class=\"meta\"%1>%2</p>") // goes with the heading
                 .arg(kWithNextStyle, esc(meta.join(QStringLiteral(" · "))));
    switch (o.kind) {
    case SheetKind::Study:
        h += studyAnswerHtml(s);
        break;
    case SheetKind::Interviewer:
        h += interviewerAnswerHtml(q);
        break;
    case SheetKind::Candidate:
        h += ruledLines(9);
        break;
    }
    return h;
}

// Under a question on a study sheet: what the options ask for, then boxes to tick.
QString SheetDocument::studyAnswerHtml(const StoredQuestion &s) const
{
    const SheetOptions &o = m_options;
    const Question &q = s.question;
    const auto labelled = [](const QString &label, const QString &text) {
        return labelHtml(label) + printable(text);
    };
    QString h;
    if (o.hints && !q.hint.isEmpty())
        h += labelled(QObject::tr("Hint"), q.hint);
    if (o.answers && !q.answer.isEmpty())
        h += printable(q.answer);
    if (o.tips)
        for (const QString &t : q.tips)
            h += labelled(QObject::tr("Tip"), t);
    if (o.followUps)
        for (const QString &f : q.followUps)
            h += labelled(QObject::tr("Follow-up"), f);
    if (o.notes && !s.note.isEmpty())
        h += labelled(QObject::tr("My notes"), s.note);
    h += QStringLiteral("<p class=\"boxes\">%1</p>").arg(boxes());
    return h;
}

// Under a question on the interviewer's sheet: key points, follow-ups to ask, the time and
// score to write down, lines for notes.
QString SheetDocument::interviewerAnswerHtml(const Question &q) const
{
    const SheetOptions &o = m_options;
    QString h = labelHtml(QObject::tr("Key points"));
    if (!q.answer.isEmpty())
        h += printable(q.answer);
    if (!q.hint.isEmpty())
        h += printable(q.hint);
    if (q.answer.isEmpty() && q.hint.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>")
                 .arg(esc(QObject::tr("(no suggested answer)")));
    if (!q.followUps.isEmpty()) {
        h += labelHtml(QObject::tr("Follow-ups to ask"));
        for (const QString &f : q.followUps)
            h += printable(f);
    }
    h += QStringLiteral(
             "<p%5>%1 ________ / %2 &nbsp;&nbsp;&nbsp; %3 <span class=\"boxes\">%4</span></p>")
             .arg(esc(QObject::tr("Time used:")),
                  QStringLiteral("%1:%2")
                      .arg(o.secondsPerQuestion / 60)
                      .arg(o.secondsPerQuestion % 60, 2, 10, QLatin1Char('0')),
                  esc(QObject::tr("Score:")), boxes(), kKeepStyle);
    h += labelHtml(QObject::tr("Notes"));
    h += ruledLines(3);
    return h;
}

void SheetDocument::setUp(QPagedPaintDevice &device, const QFont &font, const QString &html)
{
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    m_document->documentLayout()->setPaintDevice(&device);
    m_document->setDefaultFont(font);
    m_document->setDefaultStyleSheet(kPrintStyle);
    m_document->setPageSize(m_body.size());
    m_document->setHtml(html);
}

void SheetDocument::layOutFor(QPagedPaintDevice &device, bool setUpPage)
{
    if (setUpPage) {
        device.setPageSize(QPageSize(m_options.pageSize));
        device.setPageOrientation(QPageLayout::Portrait);
        device.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    }

    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(pointSize(m_options.fontSize));
    // No ligatures: the PDF's text must copy and search as the words it shows ("ﬁnancial"
    // is not found by "financial"). Qt 6.4 has no font-feature switch, but it does not
    // ligate spaced letters: a spacing of 1/32 point, invisible, turns them off.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);
    m_band = QFontMetricsF(font, &device).height() * 2.2;
    const qreal width = device.width();
    const qreal height = device.height();
    m_body = QRectF(0, m_band, width, height - 2 * m_band);

    // Headings moved off a page's foot change the pages of what follows, so the contents'
    // page numbers are known only afterwards. They go into the laid-out contents in place;
    // should that change the contents' height, and with it every page below, the sheet is
    // laid out again with those numbers from the start.
    QList<int> toc;
    for (int attempt = 0; attempt < 8; ++attempt) {
        setUp(device, font, html(toc));
        // Checked again until nothing moves: a break is not meant to leave a heading above it
        // alone, but should the layout do so, that heading moves as well.
        for (int round = 0; round < 3; ++round) {
            const bool headings = keepHeadingsWithNext();
            if (!keepGroupsTogether() && !headings)
                break;
        }
        if (m_options.kind != SheetKind::Study)
            break;
        const QList<int> pages = categoryPages();
        if (pages == toc)
            break;
        const bool settled = fillContents(pages);
        toc = pages;
        if (settled)
            break;
    }
    m_contents.clear();
    if (m_options.kind == SheetKind::Study)
        for (qsizetype c = 0; c < m_categories.size(); ++c)
            m_contents << std::pair{m_categories[c].first, c < toc.size() ? toc[c] : 0};
}

int SheetDocument::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

Status SheetDocument::paint(QPagedPaintDevice &device, const PageProgress &progress)
{
    if (!m_document)
        layOutFor(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{QObject::tr("could not start drawing the sheet."), {}, 0};
    const int pages = pageCount();
    QFont small = m_document->defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QString title = m_options.effectiveTitle();
    const QString date = QLocale().toString(m_options.date.date(), QLocale::ShortFormat);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(0, 0, m_body.width(), m_band * 0.6);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, date);
        painter.drawLine(QPointF(0, m_band * 0.7), QPointF(m_body.width(), m_band * 0.7));
        const QRectF footer(0, m_body.bottom() + m_band * 0.4, m_body.width(), m_band * 0.6);
        painter.drawText(footer, Qt::AlignCenter,
                         QObject::tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();

        painter.save();
        painter.translate(m_body.topLeft());
        const qreal h = m_body.height();
        painter.setClipRect(QRectF(0, 0, m_body.width(), h));
        painter.translate(0, -page * h);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * h, m_body.width(), h);
        context.palette.setColor(QPalette::Text, QColor(0x11, 0x11, 0x11));
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();

        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return Error{QObject::tr("printing was cancelled."), {}, 0, Error::Kind::Cancelled};
        }
    }
    painter.end();
    return success();
}

Status writeSheetPdf(const QList<StoredQuestion> &questions, const SheetOptions &options,
                     const QString &path, const PageProgress &progress)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{QObject::tr("the folder %1 does not exist. Create it, or choose another "
                                 "place for the PDF.")
                         .arg(info.absolutePath()),
                     path, 0};
    if (info.isDir())
        return Error{QObject::tr("this is a folder; give a file name for the PDF."), path, 0};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QObject::tr("cannot write here (%1). Choose another place for the PDF.")
                         .arg(file.errorString()),
                     path, 0};
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(options.effectiveTitle());
        writer.setCreator(QStringLiteral("Prepdeck %1").arg(QLatin1String(PREPDECK_VERSION)));
        // Qt 6.4 has no setAuthor: the author goes into the XMP metadata.
        QString author = qEnvironmentVariable("USER");
        if (author.isEmpty())
            author = QStringLiteral("Prepdeck");
        writer.setDocumentXmpMetadata(
            QStringLiteral(
                "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
                "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
                "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                .arg(esc(options.effectiveTitle()), esc(author))
                .toUtf8());
        SheetDocument sheet(questions, options);
        sheet.layOutFor(writer);
        if (Status painted = sheet.paint(writer, progress); !painted) {
            file.cancelWriting();
            return Error{painted.error().message, path, 0, painted.error().kind};
        }
    }
    if (!file.commit())
        return Error{QObject::tr("writing the PDF failed (%1); nothing was left behind. Check the "
                                 "free disk space.")
                         .arg(file.errorString()),
                     path, 0};
    return success();
}

} // namespace prepdeck
