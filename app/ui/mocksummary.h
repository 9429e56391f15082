#pragma once

#include "mockrecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace prepdeck {

// How a mock interview went: each question with the time used (over or under its limit),
// the rating and the notes; the mean confidence and the weakest categories.
class MockSummary final : public QWidget
{
    Q_OBJECT

public:
    explicit MockSummary(QWidget *parent = nullptr);

    void showRecord(const MockRecord &record);
    QTableWidget *table() const { return m_table; }
    QLabel *headline() const { return m_headline; }
    // The questions rated 2 or lower, for another round.
    QList<qint64> weakQuestions() const { return m_weak; }

    static QString duration(double seconds);

signals:
    void practiseAgainRequested(const QList<qint64> &questionIds);
    void printSheetsRequested(const QList<qint64> &questionIds, int secondsPerQuestion);
    void closeRequested();

private:
    QLabel *m_headline = nullptr;
    QLabel *m_weakest = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_again = nullptr;
    QList<qint64> m_weak;
    QList<qint64> m_asked;
    int m_seconds = 180;
};

} // namespace prepdeck
