#include "importpreviewdialog.h"
#include "answerbrowser.h"
#include "answerstyle.h"
#include "importer.h"
#include "markdownrenderer.h"
#include "translation.h"
#include "windowsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace prepdeck {

ImportPreviewDialog::ImportPreviewDialog(const QString &file, QWidget *parent)
    : QDialog(parent), m_file(file)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(tr("Reading %1…").arg(QFileInfo(file).fileName()), this);
    QFont big = m_headline->font();
    big.setWeight(QFont::DemiBold);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);

    auto *form = new QFormLayout;
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("previewLayout"));
    m_layout->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("&Read as:"), m_layout);
    m_bankName = new QLineEdit(this);
    m_bankName->setObjectName(QStringLiteral("previewBankName"));
    form->addRow(tr("&Bank name:"), m_bankName);
    layout->addLayout(form);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_categories = new QTreeWidget(split);
    m_categories->setObjectName(QStringLiteral("previewCategories"));
    m_categories->setHeaderLabels({tr("Category"), tr("Questions")});
    m_categories->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_categories->header()->setStretchLastSection(false);
    m_sample = new AnswerBrowser(split);
    m_sample->setObjectName(QStringLiteral("previewSample"));
    split->addWidget(m_categories);
    split->addWidget(m_sample);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("previewProblems"));
    layout->addWidget(m_problems);

    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("previewImport"));
    m_import->setDefault(true);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_reading, &QFutureWatcher<Result<BankFile>>::finished, this,
            [this] { show(m_reading.result()); });
    connect(m_layout, &QComboBox::activated, this,
            [this] { read(m_layout->currentData().toString()); });
    resizeWithinScreen(*this, {900, 640});
    read({});
}

void ImportPreviewDialog::setPlace(int index, int count)
{
    setWindowTitle(
        tr("Import %1 (%2 of %3)").arg(QFileInfo(m_file).fileName()).arg(index + 1).arg(count));
    QPushButton *skip = m_buttons->addButton(tr("&Skip This File"), QDialogButtonBox::ActionRole);
    skip->setObjectName(QStringLiteral("previewSkip"));
    connect(skip, &QPushButton::clicked, this, [this] { done(Skipped); });
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel All"));
}

ReadOptions ImportPreviewDialog::options() const
{
    ReadOptions o;
    o.layout = m_layout->currentData().toString();
    if (m_bankName->isEnabled() && m_bankName->text().trimmed() != m_readName)
        o.bankName = m_bankName->text().trimmed();
    return o;
}

void ImportPreviewDialog::read(const QString &layout)
{
    m_import->setEnabled(false);
    m_layout->setEnabled(false);
    ReadOptions options;
    options.layout = layout;
    m_reading.setFuture(
        QtConcurrent::run([file = m_file, options] { return readBankFile(file, options); }));
}

void ImportPreviewDialog::show(const Result<BankFile> &read)
{
    m_layout->setEnabled(true);
    m_categories->clear();
    m_problems->clear();
    if (!read) {
        m_headline->setText(tr("%1 cannot be imported").arg(QFileInfo(m_file).fileName()));
        m_reason->setText(read.error().toString());
        m_sample->clear();
        return;
    }
    const BankFile &file = *read;
    qsizetype categories = 0;
    for (const Bank &b : file.banks)
        categories += b.categories.size();
    m_headline->setText(tr("%1: %2 in %3, read as %4")
                            .arg(QFileInfo(m_file).fileName(), questionCount(file.questionCount()),
                                 categoryCount(categories), layoutName(file.layout)));
    m_reason->setText(file.reason);

    // The readings the file has, the chosen first; each with what it expects.
    m_layout->clear();
    for (const QString &id : file.readings)
        m_layout->addItem(QStringLiteral("%1 — %2").arg(id, layoutDescription(id)), id);
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(file.layoutId)));
    m_layout->setToolTip(file.readings.size() > 1
                             ? tr("The file reads in %n way(s); choose another to see it so.",
                                  nullptr, static_cast<int>(file.readings.size()))
                             : tr("The file reads in this way only."));

    // A file of one bank can name it; a file of several keeps their names.
    m_readName = file.banks.size() == 1 ? file.banks.first().name : QString();
    m_bankName->setText(file.banks.size() == 1 ? m_readName
                                               : tr("(%n bank(s), named in the file)", nullptr,
                                                    static_cast<int>(file.banks.size())));
    m_bankName->setEnabled(file.banks.size() == 1);

    for (const Bank &b : file.banks) {
        auto *bank = new QTreeWidgetItem(m_categories, {b.name});
        qsizetype total = 0;
        for (const Category &c : b.categories) {
            new QTreeWidgetItem(bank, {c.parents.isEmpty() ? c.name
                                                           : c.parents.join(QStringLiteral(" › ")) +
                                                                 QStringLiteral(" › ") + c.name,
                                       QLocale().toString(c.questions.size())});
            total += c.questions.size();
        }
        bank->setText(1, QLocale().toString(total));
    }
    m_categories->expandAll();

    // The first questions as the study pane would show them revealed.
    QString html;
    int shown = 0;
    for (const Bank &b : file.banks)
        for (const Category &c : b.categories)
            for (const Question &q : c.questions) {
                if (shown++ >= 5)
                    break;
                html += QStringLiteral("<h3>%1</h3><p class=\"label\">%2</p>%3%4<hr/>")
                            .arg(renderInlineMarkdown(q.prompt),
                                 tr("%1 · line %2").arg(c.name.toHtmlEscaped()).arg(q.sourceLine),
                                 q.context.isEmpty() ? QString() : renderMarkdown(q.context),
                                 q.answer.isEmpty() ? renderMarkdown(q.hint)
                                                    : renderMarkdown(q.answer));
            }
    m_sample->document()->setDefaultStyleSheet(answerStyleSheet(palette()));
    m_sample->setHtml(html);

    for (const QString &r : file.repairs)
        m_problems->addItem(tr("Repaired: %1").arg(r));
    for (const ImportWarning &w : file.warnings)
        m_problems->addItem(w.line > 0 ? tr("Line %1: %2").arg(w.line).arg(w.message) : w.message);
    if (m_problems->count() == 0)
        m_problems->addItem(tr("Nothing needed repairing, and nothing looked wrong."));
    // As tall as its lines, up to five.
    const int rows = std::min(m_problems->count(), 5);
    m_problems->setFixedHeight(rows * m_problems->sizeHintForRow(0) + 2 * m_problems->frameWidth() +
                               4);
    m_import->setEnabled(true);
}

} // namespace prepdeck
