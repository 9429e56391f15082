#include "importservice.h"
#include "store.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace prepdeck {

ImportService::ImportService(QObject *parent) : QObject(parent) {}

ImportService::~ImportService()
{
    // The worker holds its own connection; it is told to stop and waited for.
    if (m_watcher) {
        cancel();
        m_watcher->waitForFinished();
    }
}

bool ImportService::start(const QStringList &files, const QString &databasePath)
{
    if (files.isEmpty() || m_watcher)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancel;
    QPointer<ImportService> self(this);
    m_watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        const ImportOutcome outcome = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        emit finished(outcome);
    });
    m_watcher->setFuture(QtConcurrent::run([files, databasePath, cancelled, self]() {
        ImportOutcome outcome;
        auto store = Store::open(databasePath);
        if (!store) {
            outcome.errors << store.error();
            return outcome;
        }
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (cancelled->load()) {
                outcome.cancelled = true;
                break;
            }
            const QString name = QFileInfo(files[i]).fileName();
            const int count = static_cast<int>(files.size());
            QMetaObject::invokeMethod(self, [self, i, count, name] {
                if (self)
                    emit self->progressed(static_cast<int>(i), count, name);
            });
            auto report = importFile(**store, files[i], ReadOptions{}, false,
                                     [cancelled] { return cancelled->load(); });
            if (!report) {
                if (cancelled->load()) {
                    outcome.cancelled = true;
                    break;
                }
                outcome.errors << report.error();
                continue;
            }
            outcome.reports << *report;
        }
        return outcome;
    }));
    return true;
}

void ImportService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace prepdeck
