#pragma once

#include "clock.h"
#include "library.h"
#include "mocksettings.h"
#include "mocksetupdialog.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace prepdeck {

// Opens mock interviews: plans the questions, opens each interview in a window of its own
// and opens the next when the summary asks to practise the weak ones again. The study
// window and `prepdeck mock` both start interviews through it; the study window's
// Interview menu (set-up, history, printed sheets) is run from here too.
class MockLauncher final : public QObject
{
    Q_OBJECT

public:
    MockLauncher(Library &store, const Clock &clock, const ElapsedClock &elapsed,
                 QObject *parent = nullptr);

    // Plans the interview and shows its window; an error when there is nothing to ask or
    // it cannot be saved.
    Status start(const MockSettings &settings);

    // The Interview menu: set up a new interview, look back at past ones (and print or
    // practise them again), print a pair of sheets. Problems are reported by failed().
    void newInterview(QWidget *parent);
    // Interview windows open now (a restore waits until they are closed).
    int openInterviews() const { return m_open; }
    void showHistory(QWidget *parent);
    void printSheets(QWidget *parent);

signals:
    // An interview's window finished it (its answers are saved).
    void finished(qint64 mockId);
    // Practising again could not start; the message says why.
    void failed(const QString &message);

private:
    // The set-up dialog, remembering what was chosen; none when it was cancelled.
    std::optional<MockSettings> askForSettings(QWidget *parent, MockSetupDialog::Purpose purpose);
    void startOrReport(const MockSettings &settings);

    Library &m_store;
    const Clock &m_clock;
    const ElapsedClock &m_elapsed;
    int m_open = 0;
};

} // namespace prepdeck
