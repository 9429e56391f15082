#pragma once
// A fault-injecting SQLite VFS for the tests: a shim over the default ("unix") VFS that
// counts the operations SQLite asks of the disk and can fail the N-th one the way a full
// disk, a failing disk or a read-only file system fails it, or kill the process there.
//
// install() registers it as SQLite's default VFS, so every connection of the process uses
// it: QSQLITE's (Qt's driver links the same libsqlite3) and the raw ones alike. Nothing in
// the program knows it is there.

#include <QString>

#include <optional>

namespace faultvfs {

// What SQLite asks of the disk.
enum class Op
{
    Open,     // opening a file (database, journal, WAL, a temporary file)
    Write,    // xWrite on any file
    Sync,     // xSync (fsync)
    Truncate, // xTruncate
    ShmMap,   // mapping a region of the -shm file (the WAL index) for the first time
    Count
};

// How the operation fails. The SQLite result is the one the unix VFS gives for that errno.
enum class Fault
{
    NoSpace,    // ENOSPC: SQLITE_FULL for writes, SQLITE_IOERR_* elsewhere
    IoError,    // EIO: SQLITE_IOERR_WRITE / _FSYNC / _TRUNCATE / _SHMSIZE, CANTOPEN
    ReadOnly,   // EROFS: the file system turned read-only (writes fail with IOERR_WRITE,
                // a database opened for writing is opened read-only, new files cannot be made)
    ShortWrite, // half of the bytes are written, then SQLITE_FULL
    Kill,       // SIGKILL before the operation
    TornKill,   // for a write: half of the bytes are written, then SIGKILL
};

// Which files an operation counts on.
enum class Files
{
    Any,
    Database, // the main database file
    Journal,  // -journal and -wal
    Shm,      // the -shm file (only ShmMap)
};

struct Plan
{
    Op op = Op::Write;
    int nth = 1; // the first operation that fails, counted from 1 since arm()
    Fault fault = Fault::NoSpace;
    bool sticky = true; // every later operation of this kind fails too (a full disk stays full)
    Files files = Files::Any;
};

// Registers the VFS as the default one (once; later calls do nothing).
void install();
// Installs it and arms it from the environment, for programs run by the tests:
//   PREPDECK_FAULT="write:12:kill"      op:nth:fault[:once][:db|journal|shm]
//   PREPDECK_FAULT_COUNTS=FILE          at exit, "open N write N sync N truncate N shmmap N"
void installFromEnvironment();

void arm(const Plan &plan); // counts start again from 0
void disarm();              // no more faults; the counts go on
// Operations counted since the last arm() or resetCounts().
int count(Op op);
void resetCounts();
// Whether the armed fault has fired.
bool fired();

std::optional<Plan> parsePlan(const QString &text);

} // namespace faultvfs
