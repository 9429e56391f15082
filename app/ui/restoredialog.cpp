#include "restoredialog.h"
#include "windowsize.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace prepdeck {

RestoreDialog::RestoreDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent), m_backups(care::listBackups(libraryPath))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        m_backups.isEmpty()
            ? tr("There are no backups yet. One is taken the first time the library is opened "
                 "each day, in %1.")
                  .arg(QDir::toNativeSeparators(care::backupFolder(libraryPath)))
            : tr("Choose the backup to put in the library's place. The library as it is now is "
                 "kept as a backup first, so this can be undone the same way."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Questions"), tr("Ratings")});
    const QLocale locale;
    for (const care::Backup &b : m_backups) {
        auto *item = new QTreeWidgetItem(
            m_list, {locale.toString(b.taken, QLocale::ShortFormat), b.kindName(),
                     b.questions < 0 ? tr("unreadable") : locale.toString(b.questions),
                     b.ratings < 0 ? QString() : locale.toString(b.ratings)});
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (b.questions < 0)
            item->setDisabled(true);
    }
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [restore](QTreeWidgetItem *item) { restore->setEnabled(item && !item->isDisabled()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->isDisabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(*this, {560, 360});
}

QString RestoreDialog::chosenBackup() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? m_backups[row].path : QString();
}

} // namespace prepdeck
