#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepdeck {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to Prepdeck"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Load your interview question banks — Markdown notes, cheat "
                                "sheets, CSV decks — then study them a question at a time, rate "
                                "how confident you are, and let Prepdeck bring back what you are "
                                "weak at."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    intro->setMaximumWidth(560);
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    auto *starter = new QPushButton(tr("Load the starter bank"), this);
    starter->setObjectName(QStringLiteral("loadStarter"));
    connect(starter, &QPushButton::clicked, this, &WelcomePage::loadStarterRequested);
    auto *own = new QPushButton(tr("Import your own files…"), this);
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
