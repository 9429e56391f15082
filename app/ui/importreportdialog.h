#pragma once

#include "importer.h"

#include <QDialog>

namespace prepdeck {

// What an import did, file by file: layout, counts, categories, repairs, and warnings and
// errors with their line numbers.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QList<ImportReport> &reports, const QList<Error> &errors,
                       QWidget *parent = nullptr);

    static QString toHtml(const QList<ImportReport> &reports, const QList<Error> &errors);
};

} // namespace prepdeck
