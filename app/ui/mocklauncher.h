#pragma once

#include "clock.h"
#include "library.h"
#include "mocksettings.h"

#include <QObject>
#include <QString>

namespace prepdeck {

// Opens mock interviews: plans the questions, opens each interview in a window of its own
// and opens the next when the summary asks to practise the weak ones again. The study
// window and `prepdeck mock` both start interviews through it.
class MockLauncher final : public QObject
{
    Q_OBJECT

public:
    MockLauncher(Library &store, const Clock &clock, const ElapsedClock &elapsed,
                 QObject *parent = nullptr);

    // Plans the interview and shows its window; false, with what went wrong in `error`,
    // when there is nothing to ask or it cannot be saved.
    bool start(const MockSettings &settings, QString *error);

signals:
    // An interview's window finished it (its answers are saved).
    void finished(qint64 mockId);
    // Practising again could not start; the message says why.
    void failed(const QString &message);

private:
    Library &m_store;
    const Clock &m_clock;
    const ElapsedClock &m_elapsed;
};

} // namespace prepdeck
