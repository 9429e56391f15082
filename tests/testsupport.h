#pragma once

#include <QDir>
#include <QString>
#include <QTest>

// Where the acceptance banks are, or an empty string (after QSKIP/QFAIL) when absent.
// Use as: const QString seeds = seedsDirOrSkip(); if (seeds.isEmpty()) return;
#define PREPDECK_SEEDS_DIR_OR_SKIP(var)                                                            \
    const QString var = QString::fromLocal8Bit(qgetenv("PREPDECK_SEEDS_DIR"));                     \
    do {                                                                                           \
        if (var.isEmpty() || !QDir(var).exists(QStringLiteral("000_06dcea8f99e4bbcb.txt"))) {      \
            if (qgetenv("PREPDECK_REQUIRE_SEEDS") == "1")                                          \
                QFAIL(                                                                             \
                    "PREPDECK_REQUIRE_SEEDS=1 but the seed banks are not in PREPDECK_SEEDS_DIR");  \
            QSKIP("The seed banks are not here (set PREPDECK_SEEDS_DIR to ../shared/seeds)");      \
        }                                                                                          \
    } while (false)
