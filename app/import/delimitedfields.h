#pragma once

// The fields of CSV and TSV files: records as RFC 4180 reads them, tags, addresses, HTML in
// fields. Used by the delimited reader (delimitedlayout.cpp).

#include <QList>
#include <QString>
#include <QStringList>

namespace prepdeck::delimited {

struct Record
{
    QStringList fields;
    int line = 0;
    bool unterminated = false; // a quoted field runs to the end of the file
};

// RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks.
QList<Record> parseRecords(const QStringList &lines, qsizetype from, QChar delimiter);

int countOutsideQuotes(const QString &line, QChar c);

// How a file separates the tags in its tags column. Decided for the whole file, not per
// field, so that a tag with a space ("AI Integration") stays whole wherever the file shows
// it uses another separator: one per line (Prepdeck's own export), semicolons, commas.
// Spaces separate tags only in files that look like Anki's (its tags never hold a space):
// no other separator anywhere, and no bank column.
enum class TagSeparator
{
    Line,
    Semicolon,
    Comma,
    Space,
    None, // the field is one tag
};

TagSeparator tagSeparatorOf(const QStringList &fields, bool hasBankColumn);

QStringList splitTags(const QString &text, TagSeparator separator);

// A column of web addresses is where the questions come from, not their answers.
bool isUrlColumn(const QList<Record> &records, qsizetype first, int column);

// Text of a field as Markdown: as HTML (Anki's #html:true, or cellsWriteHtml) or as it is.
QString fieldText(QString text, bool html);

// Whether a file's cells are written as HTML though it does not say so: line breaks,
// formatting closed again and entities (<br>, </b>, </div>, &nbsp;, &lt;…) in several of its
// rows, as Anki writes them. A cell that only names a tag ("Where do <link>s go?", "<head>")
// is text: a front-end question, not markup.
bool cellsWriteHtml(const QList<Record> &records);

} // namespace prepdeck::delimited
