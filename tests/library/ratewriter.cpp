// Helper of tst_crashsafety: rates questions of a library one after another, as fast as it
// can, and prints "saved RATING_ID QUESTION_ID CONFIDENCE" after each rating is committed,
// until it is killed.
#include "library.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto store = prepdeck::Library::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    const int questions = (*store)->questions().list()->size();
    const long long first = std::atoll(argv[2]);
    std::printf("ready\n");
    std::fflush(stdout);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (long long i = first;; ++i) {
        const qint64 id = 1 + i % questions;
        const int confidence = 1 + int(i % 5);
        auto event =
            (*store)->ratings().rate(id, confidence, QStringLiteral("study"), start.addSecs(i));
        if (!event) {
            std::fprintf(stderr, "%s\n", qPrintable(event.error().toString()));
            return 1;
        }
        std::printf("saved %lld %lld %d\n", static_cast<long long>(event->id),
                    static_cast<long long>(id), confidence);
        std::fflush(stdout);
    }
}
