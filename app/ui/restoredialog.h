#pragma once

#include "librarycare.h"

#include <QDialog>

class QTreeWidget;

namespace prepdeck {

// File → Restore from Backup…: the library's backups, newest first, with their date, kind
// and counts; the one chosen is restored after a confirmation.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &libraryPath, QWidget *parent = nullptr);
    QString chosenBackup() const;
    QTreeWidget *list() const { return m_list; }

private:
    QList<care::Backup> m_backups;
    QTreeWidget *m_list = nullptr;
};

} // namespace prepdeck
