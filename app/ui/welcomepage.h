#pragma once

#include <QWidget>

namespace prepdeck {

// What an empty library shows: what Prepdeck is for, and the two ways to fill it.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void loadStarterRequested();
    void importRequested();
};

} // namespace prepdeck
