#include "mocklauncher.h"
#include "mockhistorydialog.h"
#include "mockinterviewwindow.h"
#include "mockquestions.h"
#include "mocksetupdialog.h"
#include "sheetexport.h"

namespace prepdeck {

MockLauncher::MockLauncher(Library &store, const Clock &clock, const ElapsedClock &elapsed,
                           QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_elapsed(elapsed)
{}

Status MockLauncher::start(const MockSettings &settings)
{
    auto questions = planMockInterview(m_store, settings, m_clock.now());
    if (!questions)
        return questions.error();
    auto *window = new MockInterviewWindow(m_store, m_clock, m_elapsed, settings, *questions);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MockInterviewWindow::finished, this, &MockLauncher::finished);
    connect(window, &MockInterviewWindow::practiseAgainRequested, this,
            &MockLauncher::startOrReport);
    if (Status started = window->start(); !started) {
        delete window;
        return started;
    }
    ++m_open;
    connect(window, &QObject::destroyed, this, [this] { --m_open; });
    window->show();
    window->raise();
    window->activateWindow();
    return success();
}

void MockLauncher::startOrReport(const MockSettings &settings)
{
    if (Status started = start(settings); !started)
        emit failed(started.error().toString());
}

std::optional<MockSettings> MockLauncher::askForSettings(QWidget *parent,
                                                         MockSetupDialog::Purpose purpose)
{
    auto categories = m_store.questions().categorySummaries();
    if (!categories) {
        emit failed(categories.error().toString());
        return std::nullopt;
    }
    MockSetupDialog dialog(*categories, MockSetupDialog::remembered(purpose), parent, purpose);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const MockSettings settings = dialog.settings();
    MockSetupDialog::remember(settings, purpose);
    return settings;
}

void MockLauncher::newInterview(QWidget *parent)
{
    if (const auto settings = askForSettings(parent, MockSetupDialog::Purpose::Interview))
        startOrReport(*settings);
}

void MockLauncher::showHistory(QWidget *parent)
{
    auto mocks = m_store.mocks().all();
    if (!mocks) {
        emit failed(mocks.error().toString());
        return;
    }
    MockHistoryDialog dialog(*mocks, parent);
    connect(&dialog, &MockHistoryDialog::printSheetsRequested, this,
            [this, &dialog](const QList<qint64> &ids, int seconds) {
                exportMockSheets(&dialog, m_store, ids, seconds);
            });
    connect(&dialog, &MockHistoryDialog::practiseAgainRequested, this,
            [this](const QList<qint64> &ids) {
                MockSettings again = MockSetupDialog::remembered();
                again.questionIds = ids;
                again.count = static_cast<int>(ids.size());
                startOrReport(again);
            });
    dialog.exec();
}

void MockLauncher::printSheets(QWidget *parent)
{
    const auto settings = askForSettings(parent, MockSetupDialog::Purpose::Sheets);
    if (!settings)
        return;
    auto questions = planMockInterview(m_store, *settings, m_clock.now());
    if (!questions) {
        emit failed(questions.error().toString());
        return;
    }
    exportMockSheets(parent, m_store, *questions, settings->limitSeconds());
}

} // namespace prepdeck
