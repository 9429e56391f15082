#pragma once
// A bank of our own that reads two ways: questions above "Answer:" lines (plain text's
// marked heads, the best reading), and a numbered list. For the import preview's tests.

#include <QByteArray>
#include <QString>

inline QByteArray twoReadingsBank()
{
    QByteArray bank = "Shell\n\n";
    for (int i = 1; i <= 4; ++i)
        bank += QStringLiteral("%1. What does command %1 print?\nAnswer:\nThe number %1 and a "
                               "newline.\n\n")
                    .arg(i)
                    .toUtf8();
    return bank;
}
