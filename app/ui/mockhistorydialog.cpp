#include "mockhistorydialog.h"
#include "mocksummary.h"
#include "windowsize.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>

namespace prepdeck {

MockHistoryDialog::MockHistoryDialog(const QList<MockRecord> &records, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Mock interview history"));
    auto *layout = new QHBoxLayout(this);
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("mockHistoryList"));
    list->setMaximumWidth(300);
    auto *summary = new MockSummary(this);
    connect(summary, &MockSummary::closeRequested, this, &QDialog::accept);
    connect(summary, &MockSummary::printSheetsRequested, this,
            &MockHistoryDialog::printSheetsRequested);
    connect(summary, &MockSummary::practiseAgainRequested, this, [this](const QList<qint64> &ids) {
        accept();
        emit practiseAgainRequested(ids);
    });
    for (const MockRecord &m : records)
        list->addItem(tr("%1 — %Ln question(s)%2", nullptr, static_cast<int>(m.items.size()))
                          .arg(QLocale().toString(m.started.toLocalTime(), QLocale::ShortFormat),
                               m.endedEarly ? tr(", ended early") : QString()));
    connect(list, &QListWidget::currentRowChanged, summary, [summary, records](int row) {
        if (row >= 0 && row < records.size())
            summary->showRecord(records[row]);
    });
    layout->addWidget(list);
    layout->addWidget(summary, 1);
    if (records.isEmpty())
        list->addItem(tr("No mock interviews yet. Interview → New mock interview… (Ctrl+M)"));
    else
        list->setCurrentRow(0);
    resizeWithinScreen(*this, {1000, 560});
}

} // namespace prepdeck
