#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace prepdeck {

// An error a person can act on: what went wrong, where (file and line when known),
// and usually what to do about it, all in one sentence or two; and its kind, for the code
// that must decide what to do (retry, offer a backup, open read-only).
struct Error
{
    enum class Kind
    {
        Other,
        Busy,        // another program held the library longer than the busy timeout
        ReadOnly,    // the file, its folder or its file system cannot be written
        DiskFull,    // no space left
        DiskError,   // the disk failed a read or a write (EIO), or the file vanished
        CannotOpen,  // missing, unreadable, a folder, a symbolic link loop
        Damaged,     // SQLite itself says so: SQLITE_CORRUPT, SQLITE_NOTADB, a failed
                     // quick_check, a table Prepdeck needs is missing, an empty file
        NotALibrary, // a healthy SQLite file of another program
        Newer,       // written by a newer Prepdeck
        InUse,       // another program has it open, so it cannot be replaced or moved
        Cancelled,   // the user stopped it; nothing of it was saved
        NotFound,    // no question, mock interview or file of that id or name
        Format,      // a bank file that cannot be read as a bank (the message says where)
        Usage,       // a value the caller gave is out of range (a confidence of 7)
    };

    QString message;
    QString file;
    int line = 0;
    Kind kind = Kind::Other;

    // "file:line: message", leaving out what is not known.
    QString toString() const
    {
        QString where = file;
        if (!where.isEmpty() && line > 0)
            where += QLatin1Char(':') + QString::number(line);
        return where.isEmpty() ? message : where + QLatin1String(": ") + message;
    }
};

// A value or an Error; the caller has to look at which before using the value.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    // From a temporary the value is moved out, so `for (x : *f())` cannot dangle.
    T value() && { return std::move(std::get<T>(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(std::get<T>(m_data)); }
    T valueOr(T fallback) const { return ok() ? std::get<T>(m_data) : std::move(fallback); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that give back nothing but may fail.
struct Done
{};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace prepdeck
