#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepdeck {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    // A column of readable width in the middle. The wrapped description fills the column's
    // width rather than being centred at its own narrow size hint, so the layout gives it
    // the height its lines need at that width (a centred label was cut top and bottom).
    auto *outer = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    auto *layout = new QVBoxLayout(column);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to Prepdeck"), column);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Load your interview question banks — Markdown notes, cheat "
                                "sheets, CSV decks — then study them a question at a time, rate "
                                "how confident you are, and let Prepdeck bring back what you are "
                                "weak at."),
                             column);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    layout->addWidget(intro);
    layout->addSpacing(intro->fontMetrics().height());
    auto *buttons = new QHBoxLayout;
    auto *starter = new QPushButton(tr("Load the starter bank"), column);
    starter->setObjectName(QStringLiteral("loadStarter"));
    starter->setDefault(true);
    connect(starter, &QPushButton::clicked, this, &WelcomePage::loadStarterRequested);
    auto *own = new QPushButton(tr("Import your own files…"), column);
    own->setObjectName(QStringLiteral("importOwn"));
    connect(own, &QPushButton::clicked, this, &WelcomePage::importRequested);
    buttons->addStretch();
    buttons->addWidget(starter);
    buttons->addWidget(own);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace prepdeck
