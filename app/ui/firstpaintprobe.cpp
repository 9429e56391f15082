#include "firstpaintprobe.h"

#include "categorytreemodel.h"
#include "mainwindow.h"
#include "processstart.h"
#include "questiontablemodel.h"

#include <QEvent>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

namespace prepdeck {

FirstPaintProbe::FirstPaintProbe(MainWindow *window) : QObject(window), m_window(window)
{
    m_window->installEventFilter(this);
    // The window fills both models in its constructor, before it is shown. Should rows come
    // later, the frame that shows them is the one to count: ask for it once they are in.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(window->categoryModel()),
                                      static_cast<QAbstractItemModel *>(window->questionModel())}) {
        connect(model, &QAbstractItemModel::modelReset, this, &FirstPaintProbe::rowsArrived);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FirstPaintProbe::rowsArrived);
    }
}

bool FirstPaintProbe::libraryShown(const MainWindow &window)
{
    const CategoryTreeModel *categories = window.categoryModel();
    const bool hasCategories = categories->rowCount(categories->rootIndex()) > 0;
    const bool onStudyPage = window.pages()->currentIndex() != 0;
    if (hasCategories != onStudyPage) // the welcome page is for an empty library only
        return false;
    const QuestionTableModel *questions = window.questionModel();
    const int firstPage = std::min(questions->totalCount(), QuestionTableModel::kFirstPage);
    return questions->rowCount() >= firstPage;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_seen &&
        libraryShown(*m_window)) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // The window's paint starts the frame; its children paint next and the frame goes to
        // the screen before control returns to the event loop. Take the time then.
        QTimer::singleShot(0, this, [this] { emit painted(msSinceProcessStart()); });
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::rowsArrived()
{
    if (!m_seen && m_window->isVisible() && libraryShown(*m_window))
        m_window->update();
}

} // namespace prepdeck
