#pragma once

#include "mocksettings.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace prepdeck {

// One question of a mock interview as it went.
struct MockItem
{
    qint64 questionId = 0;
    QString prompt;   // for showing; filled when read back
    QString category; // likewise
    double seconds = 0;
    std::optional<int> confidence; // none when skipped
    bool skipped = false;
    QString notes; // what the candidate said
};

// A mock interview as saved: when, how it was set up, and each question.
struct MockRecord
{
    qint64 id = 0;
    QDateTime started;
    QDateTime finished; // invalid while running, or if it never finished
    bool endedEarly = false;
    MockSettings settings;
    QList<MockItem> items;
};

} // namespace prepdeck
