#include "preferencesdialog.h"
#include "backgroundread.h"
#include "library.h"
#include "librarycare.h"
#include "messagesink.h"
#include "sheetdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prepdeck {

QStringList PreferencesDialog::availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QDir translations(QStringLiteral(":/i18n"));
    for (const QString &file :
         translations.entryList({QStringLiteral("prepdeck_*.qm")}, QDir::Files, QDir::Name)) {
        const QString code = file.mid(9, file.size() - 9 - 3); // prepdeck_XX.qm
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

PreferencesDialog::PreferencesDialog(const Preferences &current, const QString &libraryPath,
                                     QWidget *parent)
    : QDialog(parent), m_libraryPath(libraryPath)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    // Rows holding a layout get their label by hand, so that its shortcut has a buddy.
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    QLayout *languageRow = makeLanguageRow(current);
    form->addRow(labelFor(tr("&Language:"), m_language), languageRow);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("As the system"), static_cast<int>(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(current.theme)));
    form->addRow(tr("&Theme:"), m_theme);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperChoice"));
    m_paper->addItem(
        tr("As the locale (%1)")
            .arg(SheetOptions::defaultPageSize() == QPageSize::Letter ? tr("US Letter") : tr("A4")),
        -1);
    m_paper->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(current.pageSize)));
    form->addRow(tr("&Paper for sheets:"), m_paper);

    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(QStringLiteral("textSizeChoice"));
    m_textSize->setRange(7, 32);
    m_textSize->setSuffix(tr(" pt"));
    // The lowest value stands for "the system's size".
    m_textSize->setSpecialValueText(tr("As the system"));
    m_textSize->setValue(current.studyTextPoints > 7 ? current.studyTextPoints : 7);
    form->addRow(tr("Study &text size:"), m_textSize);

    QLayout *libraryRow = makeLibraryRow(libraryPath); // makes m_library, the label's buddy
    form->addRow(labelFor(tr("Library &file:"), m_library), libraryRow);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

// The languages Prepdeck speaks, and a note that a new one is used from the next start.
QLayout *PreferencesDialog::makeLanguageRow(const Preferences &current)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the system")
                                                 : tr("As the system (%1)").arg(systemLanguage),
                        QString());
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    auto *languageRow = new QVBoxLayout;
    languageRow->addWidget(m_language);
    auto *restartNote = new QLabel(tr("A new language is used from the next start."), this);
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    languageRow->addWidget(restartNote);
    return languageRow;
}

// Where the library is, and a button to move it (not a library given with --database).
QLayout *PreferencesDialog::makeLibraryRow(const QString &libraryPath)
{
    auto *libraryRow = new QHBoxLayout;
    m_library = new QLineEdit(QDir::toNativeSeparators(libraryPath), this);
    m_library->setObjectName(QStringLiteral("libraryPlace"));
    m_library->setReadOnly(true);
    m_library->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    libraryRow->addWidget(m_library, 1);
    m_move = new QPushButton(tr("&Move…"), this);
    m_move->setObjectName(QStringLiteral("moveLibrary"));
    connect(m_move, &QPushButton::clicked, this, &PreferencesDialog::chooseLibraryPlace);
    libraryRow->addWidget(m_move);
    // A library given with --database is not the one Prepdeck opens by itself.
    if (QFileInfo(libraryPath) != QFileInfo(Library::defaultPath())) {
        m_move->setEnabled(false);
        m_move->setToolTip(tr("This window has a library given with --database open; "
                              "only the usual library can be moved here."));
    }
    return libraryRow;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.theme = static_cast<Preferences::Theme>(m_theme->currentData().toInt());
    p.pageSize = m_paper->currentData().toInt();
    p.studyTextPoints = m_textSize->value() == m_textSize->minimum() ? 0 : m_textSize->value();
    return p;
}

void PreferencesDialog::chooseLibraryPlace()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Move the library to"),
        QFileInfo(m_libraryPath).absolutePath() + QLatin1String("/prepdeck.sqlite"),
        tr("Prepdeck library (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty())
        moveLibraryTo(target);
}

void PreferencesDialog::moveLibraryTo(const QString &target)
{
    if (m_moving)
        return;
    m_moving = true;
    m_move->setEnabled(false);
    m_buttons->setEnabled(false);
    m_library->setText(tr("Moving the library to %1…").arg(QDir::toNativeSeparators(target)));
    setCursor(Qt::WaitCursor);
    runInBackground<Status>(
        this, [from = m_libraryPath, target] { return care::moveLibrary(from, target); },
        [this, target](const Status &moved) {
            m_moving = false;
            unsetCursor();
            m_move->setEnabled(true);
            m_buttons->setEnabled(true);
            if (!moved) {
                m_library->setText(QDir::toNativeSeparators(m_libraryPath));
                messageSink().warn(
                    this, tr("Library not moved"),
                    tr("The library could not be moved: %1").arg(moved.error().toString()));
                return;
            }
            const QString now = QFileInfo(target).absoluteFilePath();
            m_library->setText(QDir::toNativeSeparators(now));
            emit libraryMoved(now);
        });
}

void PreferencesDialog::reject()
{
    if (!m_moving)
        QDialog::reject();
}

} // namespace prepdeck
