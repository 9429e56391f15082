#pragma once

#include <QObject>

namespace prepdeck {

class MainWindow;

// Watches the study window for its first paint that shows the library: the category tree
// filled and the question table holding its first page (or, for an empty library, the
// welcome page). Once that frame is drawn it reports how long the process has been running.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(MainWindow *window);

    // True when the window shows what a first look at the library should show.
    static bool libraryShown(const MainWindow &window);

signals:
    void painted(qint64 msSinceProcessStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rowsArrived();

    MainWindow *m_window;
    bool m_seen = false;
};

} // namespace prepdeck
