// What an import did, as the window, the command line and its JSON tell it.
#include "importer.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace prepdeck {

QList<BankOutline> outlineOf(const QList<Bank> &banks)
{
    QList<BankOutline> out;
    for (const Bank &b : banks) {
        BankOutline outline{b.name, {}};
        for (const Category &c : b.categories)
            outline.categories << CategoryOutline{c.name, c.questions.size(), c.parents};
        out << outline;
    }
    return out;
}

qsizetype ImportReport::questionCount() const
{
    qsizetype n = 0;
    for (const BankOutline &b : banks)
        for (const CategoryOutline &c : b.categories)
            n += c.questions;
    return n;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray categories;
    for (const BankOutline &b : banks)
        for (const CategoryOutline &c : b.categories)
            categories.append(
                QJsonObject{{QStringLiteral("name"), c.name},
                            {QStringLiteral("parents"), QJsonArray::fromStringList(c.parents)},
                            {QStringLiteral("bank"), b.name},
                            {QStringLiteral("questions"), c.questions}});
    QJsonArray warningList;
    for (const ImportWarning &w : warnings)
        warningList.append(
            QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("message"), w.message}});
    QJsonArray bankNames;
    for (const BankOutline &b : banks)
        bankNames.append(b.name);
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("layout"), layout},
        {QStringLiteral("layout_id"), layoutId},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("runner_up"),
         runnerUpId.isEmpty() ? QJsonValue()
                              : QJsonValue(QJsonObject{{QStringLiteral("layout_id"), runnerUpId},
                                                       {QStringLiteral("score"),
                                                        qRound(runnerUpScore * 100) / 100.0}})},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("readings"), QJsonArray::fromStringList(readings)},
        {QStringLiteral("banks"), bankNames},
        {QStringLiteral("questions"), questionCount()},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("added"), counts.added},
        {QStringLiteral("updated"), counts.updated},
        {QStringLiteral("unchanged"), counts.unchanged},
        {QStringLiteral("retired"), counts.retired},
        {QStringLiteral("edited_kept"), counts.editedKept},
        {QStringLiteral("edited_changed_in_file"),
         [this] {
             QJsonArray ids;
             for (const qint64 id : counts.editedChangedInFile)
                 ids << id;
             return ids;
         }()},
        {QStringLiteral("deleted_kept"), counts.deletedKept},
        {QStringLiteral("repairs"), QJsonArray::fromStringList(repairs)},
        {QStringLiteral("warnings"), warningList},
        {QStringLiteral("dry_run"), dryRun},
    };
}

QString layoutName(const QString &layout)
{
    // Every name a layout is described with (see the layouts' describe functions).
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("Import", "plain text"),
        QT_TRANSLATE_NOOP("Import", "headings"),
        QT_TRANSLATE_NOOP("Import", "Q/A pairs"),
        QT_TRANSLATE_NOOP("Import", "details blocks"),
        QT_TRANSLATE_NOOP("Import", "tables"),
        QT_TRANSLATE_NOOP("Import", "numbered lists"),
        QT_TRANSLATE_NOOP("Import", "quoted questions"),
        QT_TRANSLATE_NOOP("Import", "numbered cards"),
        QT_TRANSLATE_NOOP("Import", "questions with answer lines"),
        QT_TRANSLATE_NOOP("Import", "bold questions"),
        QT_TRANSLATE_NOOP("Import", "lists"),
        QT_TRANSLATE_NOOP("Import", "cards"),
    };
    const auto word = [](const QString &w) {
        if (w == QLatin1String("markdown"))
            return QStringLiteral("Markdown");
        if (w == QLatin1String("csv") || w == QLatin1String("tsv"))
            return w.toUpper();
        if (w == QLatin1String("prepdeck"))
            return ImportText::tr("Prepdeck bank format");
        for (const char *known : words)
            if (w == QLatin1String(known))
                return ImportText::tr(known);
        return w;
    };
    const qsizetype colon = layout.indexOf(QLatin1String(": "));
    if (colon < 0)
        return word(layout);
    QStringList forms = layout.mid(colon + 2).split(QLatin1String(", "), Qt::SkipEmptyParts);
    for (QString &form : forms)
        form = word(form);
    return word(layout.left(colon)) + QLatin1String(": ") + forms.join(QLatin1String(", "));
}

QString layoutDescription(const QString &layoutId)
{
    // A line each: what a reading expects of a file.
    const QList<std::pair<QString, QString>> layouts = {
        {QStringLiteral("prepdeck"), ImportText::tr("Prepdeck's own bank format (what 'prepdeck "
                                                    "export --format markdown' writes)")},
        {QStringLiteral("markdown-headings"),
         ImportText::tr("Markdown, questions as headings (also Q/A pairs, tables, lists under "
                        "them), the answer below")},
        {QStringLiteral("markdown-items"),
         ImportText::tr("Markdown without question headings: bold questions, numbered or plain "
                        "lists, details blocks, Q/A pairs")},
        {QStringLiteral("plain-text"),
         ImportText::tr("plain text read the same way: questions in lines or paragraphs, the "
                        "answer after them")},
        {QStringLiteral("plain-quoted"),
         ImportText::tr("plain text, each question in quotes above an answer line")},
        {QStringLiteral("plain-cards"),
         ImportText::tr("plain text, numbered cards: a short head above an answer line")},
        {QStringLiteral("plain-marked"),
         ImportText::tr("plain text, each question a short head above a marked answer line")},
        {QStringLiteral("csv"), ImportText::tr("comma-separated values with a header row")},
        {QStringLiteral("tsv"), ImportText::tr("tab-separated values with a header row")},
        {QStringLiteral("anki-notes"),
         ImportText::tr("an Anki notes export (tab-separated, #separator header)")},
    };
    for (const auto &[known, text] : layouts)
        if (known == layoutId)
            return text;
    return {};
}

QString ImportReport::toText() const
{
    QStringList out;
    qsizetype categories = 0;
    for (const BankOutline &b : banks)
        categories += b.categories.size();
    const qsizetype questions = questionCount();
    out << ImportText::tr("%1: %Ln question(s) in %2 (%3, %4)%5", nullptr, int(questions))
               .arg(file, categoryCount(categories), layoutName(layout), encoding,
                    dryRun ? ImportText::tr(" [dry run: nothing saved]") : QString());
    for (const BankOutline &b : banks) {
        out << ImportText::tr("  bank \"%1\"").arg(b.name);
        for (const CategoryOutline &c : b.categories)
            out << QStringLiteral("    %1: %L2")
                       .arg(c.parents.isEmpty() ? c.name
                                                : c.parents.join(QStringLiteral(" › ")) +
                                                      QStringLiteral(" › ") + c.name)
                       .arg(c.questions);
    }
    out << ImportText::tr("  %L1 added, %L2 updated, %L3 unchanged, %L4 retired")
               .arg(counts.added)
               .arg(counts.updated)
               .arg(counts.unchanged)
               .arg(counts.retired);
    if (counts.editedKept > 0)
        out << ImportText::tr("  %Ln question(s) you edited: kept as you wrote them", nullptr,
                              counts.editedKept);
    if (!counts.editedChangedInFile.isEmpty()) {
        QStringList ids;
        for (const qint64 id : counts.editedChangedInFile)
            ids << QString::number(id);
        out << ImportText::tr("  %Ln question(s) you edited changed in the file: kept yours (ids "
                              "%1; 'prepdeck edit ID --take-file' takes the file's version)",
                              nullptr, static_cast<int>(ids.size()))
                   .arg(ids.join(QStringLiteral(", ")));
    }
    if (counts.deletedKept > 0)
        out << ImportText::tr("  %Ln question(s) you deleted: left deleted", nullptr,
                              counts.deletedKept);
    for (const QString &r : repairs)
        out << ImportText::tr("  repaired: %1").arg(r);
    for (const ImportWarning &w : warnings)
        out << (w.line > 0
                    ? ImportText::tr("  warning: %1:%2: %3").arg(file).arg(w.line).arg(w.message)
                    : ImportText::tr("  warning: %1: %2").arg(file, w.message));
    return out.join(QLatin1Char('\n'));
}

} // namespace prepdeck
