#include "command.h"
#include "librarycare.h"
#include "translation.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

namespace prepdeck::cli {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

void out(const QString &text)
{
    print(stdout, text);
}
void err(const QString &text)
{
    print(stderr, QStringLiteral("prepdeck: ") + text);
}

QString json(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// How many questions have a rating: "1 rated", "2 rated".
QString ratedCount(qint64 n)
{
    return CommandLine::tr("%Ln rated", nullptr, static_cast<int>(n));
}
QString meanConfidence(double mean)
{
    return CommandLine::tr("mean confidence %1").arg(QLocale().toString(mean, 'f', 1));
}

int failed(const Error &error)
{
    err(error.toString());
    return BadInput;
}

Command::Command(const QString &name, const QString &description, const QString &synopsis)
    : m_name(name), m_synopsis(synopsis),
      m_database(QStringLiteral("database"),
                 CommandLine::tr("The library file (default: %1).").arg(Library::defaultPath()),
                 QStringLiteral("FILE")),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")),
      m_version({QStringLiteral("v"), QStringLiteral("version")},
                CommandLine::tr("Show the version."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_database);
    m_parser.addOption(m_help);
    m_parser.addOption(m_version);
}

std::optional<int> Command::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        err(CommandLine::tr("%1. Run 'prepdeck %2 --help' for usage.")
                .arg(m_parser.errorText(), m_name));
        return UsageError;
    }
    if (m_parser.isSet(m_help)) {
        // Qt's first line names the program by its path (and is in Qt's words): ours.
        const QString help = m_parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        out(CommandLine::tr("Usage: prepdeck %1").arg(m_synopsis) +
            (firstLineEnd < 0 ? QString() : help.mid(firstLineEnd)));
        return Success;
    }
    if (m_parser.isSet(m_version)) {
        out(QStringLiteral("prepdeck %1").arg(QLatin1String(PREPDECK_VERSION)));
        return Success;
    }
    return std::nullopt;
}

QString Command::databasePath() const
{
    return m_parser.isSet(m_database) ? m_parser.value(m_database) : Library::defaultPath();
}

Result<std::unique_ptr<Library>> Command::openStore() const
{
    const QString path = databasePath();
    auto opened = care::openLibrary(path, QDateTime::currentDateTime());
    if (auto *failure = std::get_if<care::OpenFailure>(&opened)) {
        Error e = failure->error;
        if (failure->damaged) {
            if (failure->newestBackup)
                e.message +=
                    QLatin1Char(' ') +
                    CommandLine::tr("Restore the newest backup (%1, %2, %3) "
                                    "with:\n  prepdeck%4 restore %5")
                        .arg(QLocale().toString(failure->newestBackup->taken, QLocale::ShortFormat),
                             questionCount(failure->newestBackup->questions),
                             ratingCount(failure->newestBackup->ratings))
                        .arg(m_parser.isSet(m_database)
                                 ? QStringLiteral(" --database ") + shellQuoted(path)
                                 : QString(),
                             shellQuoted(failure->newestBackup->path));
            else if (!failure->inUse)
                e.message += QLatin1Char(' ') +
                             CommandLine::tr("There is no backup to restore; run the command "
                                             "again to start with an empty library.");
        }
        return e;
    }
    care::Opened &ok = std::get<care::Opened>(opened);
    if (!ok.notice.isEmpty())
        err(CommandLine::tr("warning: %1").arg(ok.notice));
    return std::move(ok.store);
}

QString Command::shellQuoted(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=+-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

int Command::usage(const QString &message) const
{
    err(CommandLine::tr("%1 Run 'prepdeck %2 --help' for usage.").arg(message, m_name));
    return UsageError;
}

// The command is the first word that is neither an option nor the value of --database.
Invocation split(const QStringList &arguments)
{
    Invocation inv;
    inv.arguments << arguments.value(0);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (inv.command.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            inv.command = a;
            continue;
        }
        inv.arguments << a;
        if (a == QLatin1String("--database") && i + 1 < arguments.size())
            inv.arguments << arguments[++i];
    }
    return inv;
}

} // namespace prepdeck::cli
