#include "writeback.h"

#include <QFile>

#ifdef __linux__
#include <fcntl.h>
#include <unistd.h>
#endif

#include <utility>

namespace prepdeck {

WritebackHint::WritebackHint(QString path, qint64 every) : m_path(std::move(path)), m_every(every)
{}

void WritebackHint::wrote(qint64 bytes)
{
    m_since += bytes;
    if (m_since < m_every)
        return;
    m_since = 0;
#ifdef __linux__
    // Any descriptor of the file will do: the pages are the file's, not the descriptor's.
    // The file may not be there yet (SQLite makes its log with the first page written).
    const QByteArray path = QFile::encodeName(m_path);
    // (O_NONBLOCK: something other than a file at that name never holds the import up.)
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return;
    // SYNC_FILE_RANGE_WRITE alone: start the writing, do not wait for it.
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    ::close(fd);
#endif
}

} // namespace prepdeck
