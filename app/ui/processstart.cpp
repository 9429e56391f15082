#include "processstart.h"

#include <QElapsedTimer>

#include <optional>

#ifdef Q_OS_LINUX
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>
#endif

namespace prepdeck {

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

#ifdef Q_OS_LINUX
// The kernel records when it created the process: field 22 of /proc/self/stat, "starttime",
// in clock ticks (sysconf(_SC_CLK_TCK), 100 a second) since boot, counting time spent
// suspended. CLOCK_BOOTTIME counts from the same moment the same way, so the difference is
// the age of the process, including exec, the dynamic loader, shared-library constructors
// and static initialisers, none of which a timer in main() sees. starttime is rounded down
// to a whole tick, so the age may read up to one tick (10 ms) long, never short.
std::optional<qint64> processAgeFromKernel()
{
    char buffer[1024];
    std::FILE *file = std::fopen("/proc/self/stat", "r");
    if (!file)
        return std::nullopt;
    const size_t length = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    buffer[length] = '\0';
    // Field 2 is the program name in parentheses, which may itself hold spaces and ')':
    // field 3 starts after the last ')'.
    const char *field = std::strrchr(buffer, ')');
    if (!field)
        return std::nullopt;
    for (int n = 2; n < 22; ++n) {
        field = std::strchr(field + 1, ' ');
        if (!field)
            return std::nullopt;
    }
    char *end = nullptr;
    const unsigned long long ticks = std::strtoull(field + 1, &end, 10);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (end == field + 1 || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const qint64 startMs = static_cast<qint64>(ticks) * 1000 / ticksPerSecond;
    const qint64 nowMs = static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startMs;
}
#endif

} // namespace

void markMainEntered()
{
    sinceMain().start();
}

qint64 msSinceProcessStart()
{
    const qint64 fromMain = sinceMain().isValid() ? sinceMain().elapsed() : 0;
#ifdef Q_OS_LINUX
    // The process began before main() did; an age shorter than that is not to be believed.
    if (const auto age = processAgeFromKernel(); age && *age >= fromMain)
        return *age;
#endif
    return fromMain;
}

} // namespace prepdeck
