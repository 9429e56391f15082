#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace prepdeck {

// Help → Keyboard shortcuts: every action that has keys, with its keys as this system
// writes them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace prepdeck
