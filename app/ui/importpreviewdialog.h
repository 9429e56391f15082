#pragma once

#include "bankfilereader.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace prepdeck {

class AnswerBrowser;

// A file as the import would read it, before anything is saved: the layout found and why,
// the other readings to choose from (choosing one reads the file again so), the banks and
// categories with their counts, the first questions with their rendered answers, the
// repairs and warnings with their lines, and the bank's name to change. Import saves it as
// shown; Cancel leaves the library as it was. The file is read on a worker.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPreviewDialog(const QString &file, QWidget *parent = nullptr);

    // How to read the file as shown: the reading chosen, the bank's name if changed.
    ReadOptions options() const;
    // One of several files chosen together: the title says which, a Skip button leaves this
    // one out (exec() returns Skipped), and Cancel leaves them all.
    static constexpr int Skipped = 2;
    void setPlace(int index, int count);

    bool isReading() const { return m_reading.isRunning(); }
    QComboBox *layoutChoice() const { return m_layout; }
    QLineEdit *bankName() const { return m_bankName; }
    QTreeWidget *categories() const { return m_categories; }
    AnswerBrowser *sample() const { return m_sample; }
    QListWidget *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }

private:
    void read(const QString &layout);
    void show(const Result<BankFile> &file);

    QString m_file;
    QString m_readName; // the bank's name as read, to tell a change
    QFutureWatcher<Result<BankFile>> m_reading;
    QLabel *m_headline = nullptr;
    QLabel *m_reason = nullptr;
    QComboBox *m_layout = nullptr;
    QLineEdit *m_bankName = nullptr;
    QTreeWidget *m_categories = nullptr;
    AnswerBrowser *m_sample = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace prepdeck
