#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace prepdeck {

// One study window per library: a second start on the same library asks the first,
// through a local socket named after the library's path, to come to the front, and
// then leaves. The command line is not affected.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);

    // The socket name for a library: per user and per library file.
    static QString serverName(const QString &libraryPath);

    // True when a window on this library answered and was asked to show itself.
    bool askRunningToShow(int timeoutMs = 3000) const;
    // Starts answering later starts. False (and nothing else happens) if it cannot.
    bool listen();

signals:
    void showRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace prepdeck
