#pragma once

#include "mockrecord.h"

#include <QDialog>
#include <QList>

namespace prepdeck {

// The mock interviews done so far, newest first, each shown as its summary; from one the
// user can print its sheets or practise its weak questions again.
class MockHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MockHistoryDialog(const QList<MockRecord> &records, QWidget *parent = nullptr);

signals:
    void printSheetsRequested(const QList<qint64> &questionIds, int secondsPerQuestion);
    // The dialog closes first: the new interview opens in a window of its own.
    void practiseAgainRequested(const QList<qint64> &questionIds);
};

} // namespace prepdeck
