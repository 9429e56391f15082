#include "mocksetupdialog.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace prepdeck {

MockSetupDialog::MockSetupDialog(const QList<CategorySummary> &categories, const MockSettings &last,
                                 QWidget *parent, Purpose purpose)
    : QDialog(parent)
{
    const bool sheets = purpose == Purpose::Sheets;
    setWindowTitle(sheets ? tr("Print mock-interview sheets") : tr("New mock interview"));
    auto *layout = new QHBoxLayout(this);

    addCategoryTree(categories, last);
    layout->addWidget(m_tree, 1);

    auto *right = new QVBoxLayout;
    right->addLayout(makeForm(last));

    m_followUps = new QCheckBox(tr("Include follow-up questions"), this);
    m_followUps->setChecked(last.includeFollowUps);
    m_interviewer = new QCheckBox(tr("Interviewer mode (answers visible from the start)"), this);
    m_interviewer->setChecked(last.interviewerMode);
    m_beep = new QCheckBox(tr("Beep when time is up"), this);
    m_beep->setChecked(last.beep);
    m_interviewer->setObjectName(QStringLiteral("mockInterviewerMode"));
    m_beep->setObjectName(QStringLiteral("mockBeep"));
    right->addWidget(m_followUps);
    right->addWidget(m_interviewer);
    right->addWidget(m_beep);
    // Sheets are printed for both sides anyway, and paper does not beep.
    m_interviewer->setVisible(!sheets);
    m_beep->setVisible(!sheets);
    right->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(sheets ? tr("Choose Where to Save…") : tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right);
}

// The categories to ask from, by bank, those of the last interview checked.
void MockSetupDialog::addCategoryTree(const QList<CategorySummary> &categories,
                                      const MockSettings &last)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("mockCategories"));
    m_tree->setHeaderLabel(tr("Ask from"));
    m_tree->setMinimumWidth(300);
    QTreeWidgetItem *bank = nullptr;
    for (const CategorySummary &c : categories) {
        if (!bank || bank->data(0, Qt::UserRole).toLongLong() != c.bankId) {
            bank = new QTreeWidgetItem(m_tree, {c.bank});
            bank->setData(0, Qt::UserRole, c.bankId);
            bank->setFlags(bank->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
            bank->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(bank, {tr("%1 (%2)").arg(c.category).arg(c.questions)});
        item->setData(0, Qt::UserRole, c.categoryId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool chosen = last.categoryIds.isEmpty() || last.categoryIds.contains(c.categoryId);
        item->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
    }
}

// How many questions, the time, the order and the seed, as the last interview had them.
QFormLayout *MockSetupDialog::makeForm(const MockSettings &last)
{
    auto *form = new QFormLayout;
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("mockCount"));
    m_count->setRange(1, 200);
    m_count->setValue(last.count);
    form->addRow(tr("Questions:"), m_count);

    m_perQuestion = new QRadioButton(tr("Per question:"), this);
    auto *perRow = new QHBoxLayout;
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(last.secondsPerQuestion / 60);
    m_seconds = new QSpinBox(this);
    m_seconds->setRange(0, 59);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setValue(last.secondsPerQuestion % 60);
    perRow->addWidget(m_minutes);
    perRow->addWidget(m_seconds);
    form->addRow(m_perQuestion, perRow);
    m_total = new QRadioButton(tr("In all:"), this);
    m_totalMinutes = new QSpinBox(this);
    m_totalMinutes->setRange(1, 600);
    m_totalMinutes->setSuffix(tr(" min"));
    m_totalMinutes->setValue(last.totalSeconds > 0 ? last.totalSeconds / 60 : 30);
    form->addRow(m_total, m_totalMinutes);
    (last.totalSeconds > 0 ? m_total : m_perQuestion)->setChecked(true);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("mockOrder"));
    m_order->addItem(tr("Weakest first"), static_cast<int>(MockOrder::Weakest));
    m_order->addItem(tr("Due first"), static_cast<int>(MockOrder::Due));
    m_order->addItem(tr("Most asked first"), static_cast<int>(MockOrder::Frequent));
    m_order->addItem(tr("Random"), static_cast<int>(MockOrder::Random));
    m_order->setCurrentIndex(m_order->findData(static_cast<int>(last.order)));
    form->addRow(tr("Order:"), m_order);

    auto *seedRow = new QHBoxLayout;
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 999999);
    m_seed->setValue(static_cast<int>(std::clamp<quint64>(last.seed, 1, 999999)));
    m_seed->setToolTip(tr("The same seed gives the same questions in the same order."));
    auto *reseed = new QPushButton(tr("New"), this);
    connect(reseed, &QPushButton::clicked, this,
            [this] { m_seed->setValue(QRandomGenerator::global()->bounded(1, 999999)); });
    seedRow->addWidget(m_seed);
    seedRow->addWidget(reseed);
    form->addRow(tr("Seed:"), seedRow);
    return form;
}

MockSettings MockSetupDialog::settings() const
{
    MockSettings s;
    bool everything = true;
    for (int b = 0; b < m_tree->topLevelItemCount(); ++b) {
        QTreeWidgetItem *bank = m_tree->topLevelItem(b);
        for (int c = 0; c < bank->childCount(); ++c) {
            if (bank->child(c)->checkState(0) == Qt::Checked)
                s.categoryIds << bank->child(c)->data(0, Qt::UserRole).toLongLong();
            else
                everything = false;
        }
    }
    if (everything)
        s.categoryIds.clear();
    else if (s.categoryIds.isEmpty())
        s.categoryIds << -1; // nothing chosen: nothing to ask
    s.count = m_count->value();
    s.secondsPerQuestion = std::max(1, m_minutes->value() * 60 + m_seconds->value());
    s.totalSeconds = m_total->isChecked() ? m_totalMinutes->value() * 60 : 0;
    s.order = static_cast<MockOrder>(m_order->currentData().toInt());
    s.seed = static_cast<quint64>(m_seed->value());
    s.includeFollowUps = m_followUps->isChecked();
    s.interviewerMode = m_interviewer->isChecked();
    s.beep = m_beep->isChecked();
    return s;
}

namespace {

QString settingsKey(MockSetupDialog::Purpose purpose)
{
    return purpose == MockSetupDialog::Purpose::Sheets ? QStringLiteral("mock/sheets")
                                                       : QStringLiteral("mock/last");
}

} // namespace

MockSettings MockSetupDialog::remembered(Purpose purpose)
{
    QSettings settings(MainWindow::settingsFile(), QSettings::IniFormat);
    QByteArray json = settings.value(settingsKey(purpose)).toByteArray();
    if (json.isEmpty() && purpose == Purpose::Sheets) // the first sheets: as the interview
        json = settings.value(settingsKey(Purpose::Interview)).toByteArray();
    return json.isEmpty() ? MockSettings{}
                          : MockSettings::fromJson(QJsonDocument::fromJson(json).object());
}

void MockSetupDialog::remember(const MockSettings &s, Purpose purpose)
{
    QSettings settings(MainWindow::settingsFile(), QSettings::IniFormat);
    settings.setValue(settingsKey(purpose),
                      QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace prepdeck
