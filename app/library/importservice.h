#pragma once

#include "importer.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

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
// imported is then not saved, those before it are. What the worker reports is handed over
// under a lock and announced to this object's thread by an empty queued call, so nothing
// crosses threads inside Qt's event queue.
class ImportService final : public QObject
{
    Q_OBJECT

public:
    explicit ImportService(QObject *parent = nullptr);
    // An import still running is cancelled and waited for.
    ~ImportService() override;

    // Starts importing the files into the library at databasePath; false when an import is
    // running already. starterBankSource() among the files stands for the built-in bank.
    // `options` are how each file is read (a layout chosen, a bank's name).
    bool start(const QStringList &files, const QString &databasePath,
               const ReadOptions &options = {});
    // Each file read with its own options (chosen in its preview).
    bool start(const QStringList &files, const QString &databasePath,
               const QList<ReadOptions> &perFile);
    void cancel();
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_running; }

signals:
    // Before each file: its index among count files.
    void progressed(int index, int count, const QString &fileName);
    void finished(const prepdeck::ImportOutcome &outcome);

private:
    Q_INVOKABLE void deliver();

    struct Progress
    {
        int index = 0;
        int count = 0;
        QString fileName;
    };
    struct Shared
    {
        std::mutex mutex;
        std::vector<Progress> progress;
        std::optional<ImportOutcome> outcome;
    };
    void work(QStringList files, QString databasePath, QList<ReadOptions> perFile);

    std::shared_ptr<Shared> m_shared;
    std::atomic<bool> m_cancel = false;
    std::thread m_worker;
    bool m_running = false;
};

} // namespace prepdeck
