#pragma once

#include "importer.h"
#include "result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace prepdeck {

// What an import in the background brought back.
struct ImportOutcome
{
    QList<ImportReport> reports;
    QList<Error> errors;
    bool cancelled = false;
};

// Imports files into a library on a worker thread with its own connection (SQLite
// connections belong to one thread), one after another, and can be cancelled: the file being
// imported is then not saved, those before it are.
class ImportService final : public QObject
{
    Q_OBJECT

public:
    explicit ImportService(QObject *parent = nullptr);
    ~ImportService() override;

    // Starts importing the files into the library at databasePath; false when an import is
    // running already.
    bool start(const QStringList &files, const QString &databasePath);
    void cancel();
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_watcher != nullptr; }

signals:
    // Before each file: its index among count files.
    void progressed(int index, int count, const QString &fileName);
    void finished(const prepdeck::ImportOutcome &outcome);

private:
    QFutureWatcher<ImportOutcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace prepdeck
