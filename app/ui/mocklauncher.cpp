#include "mocklauncher.h"
#include "mockinterviewwindow.h"
#include "mockquestions.h"

namespace prepdeck {

MockLauncher::MockLauncher(Library &store, const Clock &clock, const ElapsedClock &elapsed,
                           QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_elapsed(elapsed)
{}

bool MockLauncher::start(const MockSettings &settings, QString *error)
{
    auto questions = planMockInterview(m_store, settings, m_clock.now());
    if (!questions) {
        *error = questions.error().toString();
        return false;
    }
    auto *window = new MockInterviewWindow(m_store, m_clock, m_elapsed, settings, *questions);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MockInterviewWindow::finished, this, &MockLauncher::finished);
    connect(window, &MockInterviewWindow::practiseAgainRequested, this,
            [this](const MockSettings &again) {
                QString why;
                if (!start(again, &why))
                    emit failed(why);
            });
    if (!window->start(error)) {
        delete window;
        return false;
    }
    window->show();
    window->raise();
    window->activateWindow();
    return true;
}

} // namespace prepdeck
