#pragma once
// Running the built prepdeck binary (PREPDECK_BINARY) as a person would, for the command
// line tests.

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

struct Run
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Two questions in one category, in the Markdown layout.
inline const QByteArray kSmallBank =
    "# Small bank\n\n## Basics\n\n### What is a process?\n\nA running program.\n\n"
    "### What is a thread?\n\nA path of execution inside a process.\n";

// Runs prepdeck with these arguments, the system's environment plus `extra`, for at most
// two minutes. It speaks English with the C locale's numbers unless `extra` says otherwise
// (LANGUAGE, LANG), whatever the machine's language is.
inline Run runPrepdeck(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *key : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME"})
        env.remove(QLatin1String(key));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY")), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        qWarning("prepdeck did not finish within two minutes");
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}
