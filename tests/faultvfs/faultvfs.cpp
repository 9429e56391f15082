#include "faultvfs.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <array>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace faultvfs {
namespace {

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

std::array<std::atomic<int>, static_cast<size_t>(Op::Count)> g_counts{};
std::mutex g_planLock;
std::optional<Plan> g_plan;
std::atomic<bool> g_fired{false};
int g_planCount = 0; // operations the plan looks at, under g_planLock
QString g_countsFile;

struct FaultFile
{
    sqlite3_file base;
    Files kind;
    sqlite3_file *real; // allocated right behind this struct
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<FaultFile *>(f)->real;
}

Files kindOf(sqlite3_file *f)
{
    return reinterpret_cast<FaultFile *>(f)->kind;
}

// Counts the operation and says which fault, if any, it meets.
std::optional<Fault> check(Op op, Files kind)
{
    ++g_counts[static_cast<size_t>(op)];
    std::lock_guard lock(g_planLock);
    if (!g_plan || g_plan->op != op)
        return std::nullopt;
    if (g_plan->files != Files::Any && g_plan->files != kind)
        return std::nullopt;
    const int n = ++g_planCount;
    if (n < g_plan->nth || (!g_plan->sticky && n > g_plan->nth))
        return std::nullopt;
    g_fired = true;
    return g_plan->fault;
}

[[noreturn]] void killNow()
{
    std::raise(SIGKILL);
    std::abort(); // not reached
}

int faultClose(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    return rc;
}

int faultRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int faultWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(f);
    const auto fault = check(Op::Write, kindOf(f));
    if (!fault) {
        return real->pMethods->xWrite(real, buffer, amount, offset);
    }
    switch (*fault) {
    case Fault::NoSpace:
        return SQLITE_FULL;
    case Fault::IoError:
    case Fault::ReadOnly:
        return SQLITE_IOERR_WRITE;
    case Fault::ShortWrite:
        real->pMethods->xWrite(real, buffer, amount / 2, offset);
        return SQLITE_FULL;
    case Fault::Kill:
        killNow();
    case Fault::TornKill:
        real->pMethods->xWrite(real, buffer, amount / 2, offset);
        killNow();
    }
    return SQLITE_IOERR_WRITE;
}

int faultTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    sqlite3_file *real = realOf(f);
    const auto fault = check(Op::Truncate, kindOf(f));
    if (!fault) {
        return real->pMethods->xTruncate(real, size);
    }
    if (*fault == Fault::Kill || *fault == Fault::TornKill)
        killNow();
    return SQLITE_IOERR_TRUNCATE;
}

int faultSync(sqlite3_file *f, int flags)
{
    sqlite3_file *real = realOf(f);
    const auto fault = check(Op::Sync, kindOf(f));
    if (!fault) {
        return real->pMethods->xSync(real, flags);
    }
    if (*fault == Fault::Kill || *fault == Fault::TornKill)
        killNow();
    return SQLITE_IOERR_FSYNC;
}

int faultFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xFileSize(real, size);
}

int faultLock(sqlite3_file *f, int level)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xLock(real, level);
}

int faultUnlock(sqlite3_file *f, int level)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xUnlock(real, level);
}

int faultCheckReservedLock(sqlite3_file *f, int *out)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xCheckReservedLock(real, out);
}

int faultFileControl(sqlite3_file *f, int op, void *arg)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xFileControl(real, op, arg);
}

int faultSectorSize(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xSectorSize(real);
}

int faultDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xDeviceCharacteristics(real);
}

int faultShmMap(sqlite3_file *f, int page, int pageSize, int extend, void volatile **p)
{
    sqlite3_file *real = realOf(f);
    const auto fault = check(Op::ShmMap, Files::Shm);
    if (!fault) {
        return real->pMethods->xShmMap(real, page, pageSize, extend, p);
    }
    *p = nullptr;
    switch (*fault) {
    case Fault::Kill:
    case Fault::TornKill:
        killNow();
    case Fault::NoSpace:
    case Fault::ShortWrite:
        return SQLITE_IOERR_SHMSIZE;
    case Fault::IoError:
        return SQLITE_IOERR_SHMMAP;
    case Fault::ReadOnly:
        return SQLITE_IOERR_SHMOPEN;
    }
    return SQLITE_IOERR_SHMMAP;
}

int faultShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void faultShmBarrier(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    real->pMethods->xShmBarrier(real);
}

int faultShmUnmap(sqlite3_file *f, int deleteFlag)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int faultFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **p)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xFetch(real, offset, amount, p);
}

int faultUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xUnfetch(real, offset, p);
}

int faultOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<FaultFile *>(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->kind = (flags & SQLITE_OPEN_MAIN_DB)                            ? Files::Database
                 : (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL)) ? Files::Journal
                                                                          : Files::Any;
    int realFlags = flags;
    if (const auto fault = check(Op::Open, file->kind)) {
        switch (*fault) {
        case Fault::Kill:
        case Fault::TornKill:
            killNow();
        case Fault::NoSpace:
        case Fault::IoError:
        case Fault::ShortWrite:
            return SQLITE_CANTOPEN;
        case Fault::ReadOnly:
            // As the unix VFS does on EROFS: a database is opened read-only, if it exists;
            // nothing new can be made.
            if (file->kind != Files::Database ||
                (flags & SQLITE_OPEN_CREATE && !(flags & SQLITE_OPEN_READWRITE)))
                return SQLITE_CANTOPEN;
            realFlags =
                (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
            break;
        }
    }
    int realOut = 0;
    const int rc = g_real->xOpen(g_real, name, file->real, realFlags, &realOut);
    if (outFlags)
        *outFlags = realOut;
    if (file->real->pMethods)
        file->base.pMethods = &g_methods;
    return rc;
}

int faultDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int faultAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int faultFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}

void *faultDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}

void faultDlError(sqlite3_vfs *, int n, char *out)
{
    g_real->xDlError(g_real, n, out);
}

void (*faultDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void faultDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}

int faultRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_real->xRandomness(g_real, n, out);
}

int faultSleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int faultCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}

int faultGetLastError(sqlite3_vfs *, int n, char *out)
{
    return g_real->xGetLastError(g_real, n, out);
}

int faultCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

void writeCounts()
{
    if (g_countsFile.isEmpty())
        return;
    QFile file(g_countsFile);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QStringLiteral("open %1 write %2 sync %3 truncate %4 shmmap %5\n")
                       .arg(count(Op::Open))
                       .arg(count(Op::Write))
                       .arg(count(Op::Sync))
                       .arg(count(Op::Truncate))
                       .arg(count(Op::ShmMap))
                       .toUtf8());
}

} // namespace

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        g_real = sqlite3_vfs_find(nullptr);
        g_vfs = sqlite3_vfs{};
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "prepdeck-faults";
        g_vfs.xOpen = faultOpen;
        g_vfs.xDelete = faultDelete;
        g_vfs.xAccess = faultAccess;
        g_vfs.xFullPathname = faultFullPathname;
        g_vfs.xDlOpen = faultDlOpen;
        g_vfs.xDlError = faultDlError;
        g_vfs.xDlSym = faultDlSym;
        g_vfs.xDlClose = faultDlClose;
        g_vfs.xRandomness = faultRandomness;
        g_vfs.xSleep = faultSleep;
        g_vfs.xCurrentTime = faultCurrentTime;
        g_vfs.xGetLastError = faultGetLastError;
        g_vfs.xCurrentTimeInt64 = faultCurrentTimeInt64;

        g_methods = sqlite3_io_methods{};
        g_methods.iVersion = 3;
        g_methods.xClose = faultClose;
        g_methods.xRead = faultRead;
        g_methods.xWrite = faultWrite;
        g_methods.xTruncate = faultTruncate;
        g_methods.xSync = faultSync;
        g_methods.xFileSize = faultFileSize;
        g_methods.xLock = faultLock;
        g_methods.xUnlock = faultUnlock;
        g_methods.xCheckReservedLock = faultCheckReservedLock;
        g_methods.xFileControl = faultFileControl;
        g_methods.xSectorSize = faultSectorSize;
        g_methods.xDeviceCharacteristics = faultDeviceCharacteristics;
        g_methods.xShmMap = faultShmMap;
        g_methods.xShmLock = faultShmLock;
        g_methods.xShmBarrier = faultShmBarrier;
        g_methods.xShmUnmap = faultShmUnmap;
        g_methods.xFetch = faultFetch;
        g_methods.xUnfetch = faultUnfetch;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

std::optional<Plan> parsePlan(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 3)
        return std::nullopt;
    Plan plan;
    const QString op = parts[0];
    if (op == QLatin1String("open"))
        plan.op = Op::Open;
    else if (op == QLatin1String("write"))
        plan.op = Op::Write;
    else if (op == QLatin1String("sync"))
        plan.op = Op::Sync;
    else if (op == QLatin1String("truncate"))
        plan.op = Op::Truncate;
    else if (op == QLatin1String("shmmap"))
        plan.op = Op::ShmMap;
    else
        return std::nullopt;
    bool ok = false;
    plan.nth = parts[1].toInt(&ok);
    if (!ok || plan.nth < 1)
        return std::nullopt;
    const QString fault = parts[2];
    if (fault == QLatin1String("nospace"))
        plan.fault = Fault::NoSpace;
    else if (fault == QLatin1String("eio"))
        plan.fault = Fault::IoError;
    else if (fault == QLatin1String("erofs"))
        plan.fault = Fault::ReadOnly;
    else if (fault == QLatin1String("short"))
        plan.fault = Fault::ShortWrite;
    else if (fault == QLatin1String("kill"))
        plan.fault = Fault::Kill;
    else if (fault == QLatin1String("torn"))
        plan.fault = Fault::TornKill;
    else
        return std::nullopt;
    for (const QString &extra : parts.mid(3)) {
        if (extra == QLatin1String("once"))
            plan.sticky = false;
        else if (extra == QLatin1String("db"))
            plan.files = Files::Database;
        else if (extra == QLatin1String("journal"))
            plan.files = Files::Journal;
        else if (extra == QLatin1String("shm"))
            plan.files = Files::Shm;
        else
            return std::nullopt;
    }
    return plan;
}

void installFromEnvironment()
{
    install();
    const QString fault = QString::fromLocal8Bit(qgetenv("PREPDECK_FAULT"));
    if (!fault.isEmpty()) {
        const auto plan = parsePlan(fault);
        if (!plan) {
            std::fprintf(stderr, "PREPDECK_FAULT: cannot read \"%s\"\n", qPrintable(fault));
            std::exit(3);
        }
        arm(*plan);
    }
    g_countsFile = QString::fromLocal8Bit(qgetenv("PREPDECK_FAULT_COUNTS"));
    if (!g_countsFile.isEmpty())
        std::atexit(writeCounts);
}

void arm(const Plan &plan)
{
    std::lock_guard lock(g_planLock);
    g_plan = plan;
    g_planCount = 0;
    g_fired = false;
    for (auto &c : g_counts)
        c = 0;
}

void disarm()
{
    std::lock_guard lock(g_planLock);
    g_plan.reset();
}

int count(Op op)
{
    return g_counts[static_cast<size_t>(op)];
}

void resetCounts()
{
    std::lock_guard lock(g_planLock);
    for (auto &c : g_counts)
        c = 0;
}

bool fired()
{
    return g_fired;
}

} // namespace faultvfs
