#include "importservice.h"
#include "library.h"

#include <QFileInfo>
#include <QMetaObject>

namespace prepdeck {

ImportService::ImportService(QObject *parent) : QObject(parent) {}

ImportService::~ImportService()
{
    if (m_worker.joinable()) {
        cancel();
        m_worker.join();
    }
}

bool ImportService::start(const QStringList &files, const QString &databasePath,
                          const ReadOptions &options)
{
    return start(files, databasePath, QList<ReadOptions>(files.size(), options));
}

bool ImportService::start(const QStringList &files, const QString &databasePath,
                          const QList<ReadOptions> &perFile)
{
    if (files.isEmpty() || perFile.size() != files.size() || m_running)
        return false;
    if (m_worker.joinable())
        m_worker.join(); // the last one, finished already
    m_running = true;
    m_cancel = false;
    m_shared = std::make_shared<Shared>();
    m_worker =
        std::thread([this, files, databasePath, perFile] { work(files, databasePath, perFile); });
    return true;
}

void ImportService::work(QStringList files, QString databasePath, QList<ReadOptions> perFile)
{
    ImportOutcome outcome;
    auto announce = [this] {
        QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
    };
    auto store = Library::open(databasePath);
    if (!store) {
        outcome.errors << store.error();
    } else {
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (m_cancel) {
                outcome.cancelled = true;
                break;
            }
            {
                const std::lock_guard lock(m_shared->mutex);
                const bool starter = files[i] == starterBankSource();
                m_shared->progress.push_back(
                    {static_cast<int>(i), static_cast<int>(files.size()),
                     starter ? QStringLiteral("starter-bank.md") : QFileInfo(files[i]).fileName()});
            }
            announce();
            auto report = files[i] == starterBankSource()
                              ? importStarterBank(**store, false)
                              : importFile(**store, files[i], perFile[i], false,
                                           [this] { return m_cancel.load(); });
            if (!report) {
                if (report.error().kind == Error::Kind::Cancelled) {
                    outcome.cancelled = true;
                    break;
                }
                outcome.errors << report.error();
                continue;
            }
            outcome.reports << *report;
        }
        store->reset(); // the connection is closed on the thread that used it
    }
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->outcome = std::move(outcome);
    }
    announce();
}

void ImportService::deliver()
{
    if (!m_shared)
        return;
    std::vector<Progress> progress;
    std::optional<ImportOutcome> outcome;
    {
        const std::lock_guard lock(m_shared->mutex);
        progress.swap(m_shared->progress);
        outcome.swap(m_shared->outcome);
    }
    for (const Progress &p : progress)
        emit progressed(p.index, p.count, p.fileName);
    if (!outcome)
        return;
    m_worker.join();
    m_running = false;
    emit finished(*outcome);
}

void ImportService::cancel()
{
    m_cancel = true;
}

} // namespace prepdeck
