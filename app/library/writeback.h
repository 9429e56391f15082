#pragma once

#include <QString>

namespace prepdeck {

// Asks the system to start writing a file's changed pages to the disk while the program
// goes on writing, so that the sync at the end of a long write finds little left to do.
// A large import's log holds about as much as the bank file; synced only at the commit, it
// kept the import waiting a third of a second at the end. Nothing is made durable here (the
// commit's sync still does that), and where the system has no such request it does
// nothing.
class WritebackHint
{
public:
    // Hints after each `every` bytes reported by wrote().
    explicit WritebackHint(QString path, qint64 every = 16LL * 1024 * 1024);

    // `bytes` more were written to the file (or about that many: the import counts the text
    // it stores, not the pages).
    void wrote(qint64 bytes);

private:
    QString m_path;
    qint64 m_every;
    qint64 m_since = 0;
};

} // namespace prepdeck
