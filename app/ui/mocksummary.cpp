#include "mocksummary.h"
#include "markdownrenderer.h"
#include "questiontablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prepdeck {

MockSummary::MockSummary(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_weakest = new QLabel(this);
    m_weakest->setObjectName(QStringLiteral("weakestCategories"));
    m_weakest->setWordWrap(true);
    layout->addWidget(m_weakest);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Question"), tr("Category"), tr("Time"), tr("Rating"), tr("Notes")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(2, 150);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    // Rows follow the columns' widths: measured once, before the window had its size, a
    // wrapped question kept the height of a narrow column.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_again = new QPushButton(tr("Practise the weak ones again"), this);
    m_again->setObjectName(QStringLiteral("practiseAgain"));
    connect(m_again, &QPushButton::clicked, this, [this] { emit practiseAgainRequested(m_weak); });
    auto *print = new QPushButton(tr("Save the sheets as PDF…"), this);
    print->setObjectName(QStringLiteral("printSheets"));
    print->setToolTip(tr("The interviewer's and the candidate's copies of these questions."));
    connect(print, &QPushButton::clicked, this,
            [this] { emit printSheetsRequested(m_asked, m_seconds); });
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &MockSummary::closeRequested);
    buttons->addWidget(m_again);
    buttons->addWidget(print);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
}

QString MockSummary::duration(double seconds)
{
    const int s = static_cast<int>(std::lround(std::abs(seconds)));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void MockSummary::showRecord(const MockRecord &record)
{
    m_weak.clear();
    m_asked.clear();
    for (const MockItem &item : record.items)
        m_asked << item.questionId;
    m_seconds = record.settings.limitSeconds();
    const int limit = record.settings.limitSeconds();
    m_table->setRowCount(static_cast<int>(record.items.size()));
    double sum = 0;
    int rated = 0;
    QMap<QString, std::pair<double, int>> byCategory;
    for (int r = 0; r < record.items.size(); ++r) {
        const MockItem &item = record.items[r];
        const double over = item.seconds - limit;
        const QString time = over > 0
                                 ? tr("%1 (%2 over)").arg(duration(item.seconds), duration(over))
                                 : tr("%1 (%2 under)").arg(duration(item.seconds), duration(over));
        const QString rating = item.skipped ? tr("skipped")
                               : item.confidence
                                   ? QuestionTableModel::confidenceLabel(*item.confidence)
                                   : QString();
        const QStringList cells = {inlineMarkdownText(item.prompt), item.category, time, rating,
                                   item.notes};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (item.confidence && !item.skipped) {
            sum += *item.confidence;
            ++rated;
            auto &[total, n] = byCategory[item.category];
            total += *item.confidence;
            ++n;
            if (*item.confidence <= 2)
                m_weak << item.questionId;
        }
    }

    const QString when = QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat);
    m_headline->setText(rated > 0
                            ? tr("Mock interview of %1: %2 of %3 answered, mean confidence %4")
                                  .arg(when)
                                  .arg(rated)
                                  .arg(record.items.size())
                                  .arg(QLocale().toString(sum / rated, 'f', 1))
                            : tr("Mock interview of %1: nothing rated").arg(when));
    QList<std::pair<double, QString>> means;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        means << std::pair{it->first / it->second, it.key()};
    std::sort(means.begin(), means.end());
    // Weak means below "4 Good": a category answered with 5s is not among the weakest
    // because it came third of three.
    QStringList weakest;
    for (qsizetype i = 0; i < means.size() && weakest.size() < 3; ++i)
        if (means[i].first < 4.0)
            weakest << tr("%1 (%2)").arg(means[i].second,
                                         QLocale().toString(means[i].first, 'f', 1));
    m_weakest->setText(weakest.isEmpty()
                           ? (means.isEmpty()
                                  ? QString()
                                  : tr("No weak category: each one averaged 4 Good or better."))
                           : tr("Weakest categories: %1").arg(weakest.join(QLatin1String(", "))));
    if (record.endedEarly)
        m_weakest->setText(m_weakest->text() + QLatin1Char(' ') + tr("(ended early)"));
    m_again->setEnabled(!m_weak.isEmpty());
    m_again->setText(m_weak.isEmpty() ? tr("Practise the weak ones again")
                                      : tr("Practise the %n weak one(s) again", nullptr,
                                           static_cast<int>(m_weak.size())));
}

} // namespace prepdeck
