#pragma once

#include "importer.h"

#include <QDialog>
#include <QHash>
#include <QSet>

namespace prepdeck {

// What an import did, file by file: layout, counts, categories, repairs, and warnings and
// errors with their line numbers. The questions the user edited whose text changed in the
// file too are listed by prompt (`prompts`), each with links to open it and to take the
// file's version instead of the user's (the dialog asks; the caller does it).
class ImportReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QList<ImportReport> &reports, const QList<Error> &errors,
                       const QHash<qint64, QString> &prompts = {}, QWidget *parent = nullptr);

    static QString toHtml(const QList<ImportReport> &reports, const QList<Error> &errors,
                          const QHash<qint64, QString> &prompts = {},
                          const QSet<qint64> &taken = {});
    // The file's version was taken for this question: the report says so.
    void markTaken(qint64 questionId);

signals:
    void takeFileVersion(qint64 questionId);
    void openQuestion(qint64 questionId);

private:
    void linkClicked(const QUrl &url);

    QList<ImportReport> m_reports;
    QList<Error> m_errors;
    QHash<qint64, QString> m_prompts;
    QSet<qint64> m_taken;
    class AnswerBrowser *m_view = nullptr;
};

} // namespace prepdeck
