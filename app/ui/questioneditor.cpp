#include "questioneditor.h"
#include "answerbrowser.h"
#include "answerhtml.h"
#include "answerstyle.h"
#include "windowsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace prepdeck {

namespace {

// Follow-ups or tips in one box: one a line, or, when one of them runs over several lines
// (a list, a code block), each between lines of "---".
const QString kItemRule = QStringLiteral("---");

QString joinedItems(const QStringList &items)
{
    const bool multiLine = std::any_of(items.cbegin(), items.cend(), [](const QString &i) {
        return i.contains(QLatin1Char('\n'));
    });
    return items.join(multiLine ? QLatin1Char('\n') + kItemRule + QLatin1Char('\n')
                                : QStringLiteral("\n"));
}

QStringList items(const QPlainTextEdit *edit)
{
    const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    QStringList out;
    const bool ruled = std::any_of(lines.cbegin(), lines.cend(),
                                   [](const QString &l) { return l.trimmed() == kItemRule; });
    if (!ruled) {
        for (const QString &line : lines)
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
        return out;
    }
    QStringList item;
    for (const QString &line : lines + QStringList{kItemRule}) {
        if (line.trimmed() != kItemRule) {
            item << line;
            continue;
        }
        const QString text = item.join(QLatin1Char('\n')).trimmed();
        if (!text.isEmpty())
            out << text;
        item.clear();
    }
    return out;
}

QPlainTextEdit *textBox(const QString &text, const QString &placeholder, QWidget *parent,
                        bool code = false)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    if (code)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

QuestionEditor::QuestionEditor(const Question &question, const QString &note,
                               const QList<CategoryRef> &categories, qint64 categoryId,
                               QWidget *parent)
    : QDialog(parent), m_original(question), m_note(note)
{
    setObjectName(QStringLiteral("questionEditor"));
    setWindowTitle(question.prompt.isEmpty() ? tr("New question") : tr("Edit question"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_prompt = new QLineEdit(question.prompt, this);
    m_prompt->setObjectName(QStringLiteral("editPrompt"));
    m_prompt->setPlaceholderText(tr("The question, as an interviewer would ask it"));
    form->addRow(tr("&Question:"), m_prompt);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("editCategory"));
    for (const CategoryRef &c : categories)
        m_category->addItem(QStringLiteral("%1 › %2").arg(c.bank, c.name), c.id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(categoryId)));
    form->addRow(tr("&Category:"), m_category);
    m_tags = new QLineEdit(question.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("editTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. http, caching"));
    form->addRow(tr("&Tags:"), m_tags);
    layout->addLayout(form);

    // The answer and what goes with it on the left, the preview on the right.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *fields = new QWidget(split);
    auto *fieldLayout = new QVBoxLayout(fields);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    m_answer = textBox(question.answer,
                       tr("The suggested answer, in Markdown: **bold**, `code`, "
                          "lists, tables, ``` code blocks ```"),
                       fields, true);
    m_answer->setObjectName(QStringLiteral("editAnswer"));
    auto *answerLabel = new QLabel(tr("&Answer (Markdown):"), fields);
    answerLabel->setBuddy(m_answer);
    fieldLayout->addWidget(answerLabel);
    fieldLayout->addWidget(m_answer, 4);
    m_hint = textBox(question.hint, tr("A hint, or the key concept to mention"), fields);
    m_hint->setObjectName(QStringLiteral("editHint"));
    auto *hintLabel = new QLabel(tr("&Hint:"), fields);
    hintLabel->setBuddy(m_hint);
    fieldLayout->addWidget(hintLabel);
    fieldLayout->addWidget(m_hint, 1);
    m_followUps = textBox(joinedItems(question.followUps),
                          tr("Follow-up questions, one a line (or between lines of ---)"), fields);
    m_followUps->setObjectName(QStringLiteral("editFollowUps"));
    auto *followLabel = new QLabel(tr("&Follow-ups:"), fields);
    followLabel->setBuddy(m_followUps);
    fieldLayout->addWidget(followLabel);
    fieldLayout->addWidget(m_followUps, 1);
    m_tips = textBox(joinedItems(question.tips),
                     tr("Coaching tips, one a line (or between lines of ---)"), fields);
    m_tips->setObjectName(QStringLiteral("editTips"));
    auto *tipsLabel = new QLabel(tr("Coaching t&ips:"), fields);
    tipsLabel->setBuddy(m_tips);
    fieldLayout->addWidget(tipsLabel);
    fieldLayout->addWidget(m_tips, 1);

    auto *previewBox = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview, as the study window shows it:"), previewBox));
    m_preview = new AnswerBrowser(previewBox);
    m_preview->setObjectName(QStringLiteral("editPreview"));
    previewLayout->addWidget(m_preview, 1);
    split->addWidget(fields);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setToolTip(tr("Save (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto *saveKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(saveKey, &QShortcut::activated, this, [this, save] {
        if (save->isEnabled())
            accept();
    });
    // A question needs its prompt.
    auto checkPrompt = [this, save] {
        save->setEnabled(!m_prompt->text().trimmed().isEmpty());
    };
    connect(m_prompt, &QLineEdit::textChanged, this, checkPrompt);
    checkPrompt();

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &QuestionEditor::refreshPreview);
    for (QPlainTextEdit *edit : {m_answer, m_hint, m_followUps, m_tips})
        connect(edit, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    refreshPreview();
    resizeWithinScreen(*this, {1000, 700});
    m_prompt->setFocus();
}

// What the user changed over the question as it was: a box left alone gives back the
// stored text exactly, so saving after a typo fixed in the prompt changes nothing else.
Question QuestionEditor::content() const
{
    Question q = m_original;
    if (m_prompt->isModified())
        q.prompt = m_prompt->text().trimmed();
    if (m_answer->document()->isModified())
        q.answer = m_answer->toPlainText().trimmed();
    if (m_hint->document()->isModified())
        q.hint = m_hint->toPlainText().trimmed();
    if (m_followUps->document()->isModified())
        q.followUps = items(m_followUps);
    if (m_tips->document()->isModified())
        q.tips = items(m_tips);
    if (m_tags->isModified()) {
        q.tags.clear();
        for (const QString &tag : m_tags->text().split(QLatin1Char(',')))
            if (!tag.trimmed().isEmpty())
                q.tags << tag.trimmed();
    }
    return q;
}

qint64 QuestionEditor::categoryId() const
{
    return m_category->currentData().toLongLong();
}

void QuestionEditor::refreshPreview()
{
    m_preview->document()->setDefaultStyleSheet(answerStyleSheet(palette()));
    m_preview->setHtml(answerHtml(content(), m_note));
}

} // namespace prepdeck
