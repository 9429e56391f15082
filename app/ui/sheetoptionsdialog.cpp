#include "sheetoptionsdialog.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace prepdeck {

SheetOptionsDialog::SheetOptionsDialog(const QString &scope, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Study sheet"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("Questions: %1").arg(scope), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    m_confidence = new QComboBox(this);
    m_confidence->addItem(tr("All of them"), 0);
    for (int c = 1; c <= 4; ++c)
        m_confidence->addItem(tr("Only those rated ≤ %1").arg(c), c);
    form->addRow(tr("Confidence:"), m_confidence);
    m_due = new QCheckBox(tr("Only questions due now"), this);
    form->addRow(QString(), m_due);
    m_answers = new QCheckBox(tr("Answers"), this);
    m_hints = new QCheckBox(tr("Hints"), this);
    m_tips = new QCheckBox(tr("Coaching tips"), this);
    m_followUps = new QCheckBox(tr("Follow-up questions"), this);
    m_notes = new QCheckBox(tr("My notes"), this);
    m_progress = new QCheckBox(tr("A page of progress first"), this);
    for (QCheckBox *box : {m_answers, m_hints, m_tips, m_followUps})
        box->setChecked(true);
    auto *parts = new QVBoxLayout;
    for (QCheckBox *box : {m_answers, m_hints, m_tips, m_followUps, m_notes, m_progress})
        parts->addWidget(box);
    form->addRow(tr("Include:"), parts);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    m_paper->setCurrentIndex(Preferences::load().effectivePageSize() == QPageSize::Letter ? 1 : 0);
    form->addRow(tr("Paper:"), m_paper);
    m_font = new QComboBox(this);
    m_font->addItem(tr("Small"), static_cast<int>(SheetFontSize::Small));
    m_font->addItem(tr("Normal"), static_cast<int>(SheetFontSize::Normal));
    m_font->addItem(tr("Large"), static_cast<int>(SheetFontSize::Large));
    m_font->setCurrentIndex(1);
    form->addRow(tr("Type size:"), m_font);
    layout->addLayout(form);
    m_confidence->setObjectName(QStringLiteral("sheetConfidence"));
    m_due->setObjectName(QStringLiteral("sheetDue"));
    m_hints->setObjectName(QStringLiteral("sheetHints"));
    m_notes->setObjectName(QStringLiteral("sheetNotes"));
    m_progress->setObjectName(QStringLiteral("sheetProgress"));
    restoreChoices();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

namespace {

// What the sheet dialog was last left with (the paper follows the preferences).
constexpr const char *kChoices = "sheet/choices";

} // namespace

void SheetOptionsDialog::accept()
{
    QVariantMap choices;
    choices[QStringLiteral("confidence")] = m_confidence->currentData();
    choices[QStringLiteral("font")] = m_font->currentData();
    for (const auto &[key, box] : checkBoxes())
        choices[key] = box->isChecked();
    QSettings(MainWindow::settingsFile(), QSettings::IniFormat)
        .setValue(QLatin1String(kChoices), choices);
    QDialog::accept();
}

void SheetOptionsDialog::restoreChoices()
{
    const QVariantMap choices = QSettings(MainWindow::settingsFile(), QSettings::IniFormat)
                                    .value(QLatin1String(kChoices))
                                    .toMap();
    if (choices.isEmpty())
        return;
    for (const auto &[key, box] : checkBoxes())
        box->setChecked(choices.value(key, box->isChecked()).toBool());
    if (const int c = m_confidence->findData(choices.value(QStringLiteral("confidence"))); c >= 0)
        m_confidence->setCurrentIndex(c);
    if (const int f = m_font->findData(choices.value(QStringLiteral("font"))); f >= 0)
        m_font->setCurrentIndex(f);
}

QList<std::pair<QString, QCheckBox *>> SheetOptionsDialog::checkBoxes() const
{
    return {{QStringLiteral("due"), m_due},
            {QStringLiteral("answers"), m_answers},
            {QStringLiteral("hints"), m_hints},
            {QStringLiteral("tips"), m_tips},
            {QStringLiteral("followUps"), m_followUps},
            {QStringLiteral("notes"), m_notes},
            {QStringLiteral("progress"), m_progress}};
}

SheetOptions SheetOptionsDialog::options() const
{
    SheetOptions o;
    o.kind = SheetKind::Study;
    o.answers = m_answers->isChecked();
    o.hints = m_hints->isChecked();
    o.tips = m_tips->isChecked();
    o.followUps = m_followUps->isChecked();
    o.notes = m_notes->isChecked();
    o.pageSize = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    o.fontSize = static_cast<SheetFontSize>(m_font->currentData().toInt());
    return o;
}

std::optional<int> SheetOptionsDialog::maxConfidence() const
{
    const int c = m_confidence->currentData().toInt();
    return c > 0 ? std::optional<int>(c) : std::nullopt;
}

bool SheetOptionsDialog::dueOnly() const
{
    return m_due->isChecked();
}

bool SheetOptionsDialog::progressReport() const
{
    return m_progress->isChecked();
}

} // namespace prepdeck
