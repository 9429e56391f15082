// The library's arrangement from a terminal: rename-category, merge-category, move,
// move-bank, delete-bank. Each is one transaction in the library (BankEdits); an import of
// a bank's file keeps what they did.
#include "command.h"
#include "librarycare.h"
#include "translation.h"

#include <QDateTime>

namespace prepdeck::cli {

namespace {

Error notFound(const QString &message)
{
    return Error{message, {}, 0, Error::Kind::NotFound};
}

// The category of that name in the bank, or an error listing the bank's categories.
Result<qint64> categoryNamed(Library &library, qint64 bankId, const QString &name)
{
    auto all = library.edits().categories();
    if (!all)
        return all.error();
    QList<qint64> found;
    QStringList names;
    for (const CategoryRef &c : *all) {
        if (c.bankId != bankId)
            continue;
        names << c.name;
        if (c.name == name)
            found << c.id;
    }
    if (found.size() > 1)
        return Error{CommandLine::tr("the bank has %1 categories named \"%2\" (under different "
                                     "headings); rename one in the window first.")
                         .arg(found.size())
                         .arg(name),
                     {},
                     0,
                     Error::Kind::Usage};
    if (found.isEmpty())
        return notFound(CommandLine::tr("the bank has no category \"%1\". Its categories are: %2.")
                            .arg(name, names.join(QLatin1String(", "))));
    return found.first();
}

// The categories of these names in the bank named `bank`, in the same order.
Result<QList<qint64>> categoriesNamed(Library &library, const QString &bank,
                                      const QStringList &names)
{
    auto bankId = bankNamed(library, bank);
    if (!bankId)
        return bankId.error();
    QList<qint64> ids;
    for (const QString &name : names) {
        auto id = categoryNamed(library, *bankId, name);
        if (!id)
            return id.error();
        ids << *id;
    }
    return ids;
}

} // namespace

Result<qint64> bankNamed(Library &library, const QString &name)
{
    auto order = library.banks().bankOrder();
    if (!order)
        return order.error();
    QList<qint64> found;
    QStringList banks;
    for (const qint64 id : std::as_const(*order)) {
        auto f = library.banks().footprint(id);
        if (!f)
            return f.error();
        banks << f->name;
        if (f->name == name)
            found << id;
    }
    if (found.size() > 1)
        return Error{CommandLine::tr("%1 banks are named \"%2\"; rename one of them in the "
                                     "window first.")
                         .arg(found.size())
                         .arg(name),
                     {},
                     0,
                     Error::Kind::Usage};
    if (found.isEmpty())
        return notFound(CommandLine::tr("there is no bank named \"%1\". The banks are: %2.")
                            .arg(name, banks.join(QLatin1String(", "))));
    return found.first();
}

int runRenameCategory(const QStringList &arguments)
{
    Command cmd(QStringLiteral("rename-category"),
                CommandLine::tr("Rename a category. An import of its file keeps the new name."),
                QStringLiteral("rename-category BANK OLD NEW"));
    cmd.parser().addPositionalArgument(QStringLiteral("BANK"), CommandLine::tr("The bank."));
    cmd.parser().addPositionalArgument(QStringLiteral("OLD"),
                                       CommandLine::tr("The category's name now."));
    cmd.parser().addPositionalArgument(QStringLiteral("NEW"), CommandLine::tr("Its new name."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QStringList args = cmd.parser().positionalArguments();
    if (args.size() != 3)
        return cmd.usage(CommandLine::tr("give the bank, the category's name and its new name."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto category = categoriesNamed(**store, args[0], {args[1]});
    if (!category)
        return failed(category.error());
    if (Status s = (*store)->banks().renameCategory(category->first(), args[2]); !s)
        return failed(s.error());
    out(CommandLine::tr("Renamed the category \"%1\" to \"%2\".").arg(args[1], args[2].trimmed()));
    return Success;
}

int runMergeCategory(const QStringList &arguments)
{
    Command cmd(QStringLiteral("merge-category"),
                CommandLine::tr("Move every question of a category into another of the same "
                                "bank and remove the first. An import of the bank's file keeps "
                                "them merged."),
                QStringLiteral("merge-category BANK FROM INTO"));
    cmd.parser().addPositionalArgument(QStringLiteral("BANK"), CommandLine::tr("The bank."));
    cmd.parser().addPositionalArgument(QStringLiteral("FROM"),
                                       CommandLine::tr("The category that goes."));
    cmd.parser().addPositionalArgument(QStringLiteral("INTO"),
                                       CommandLine::tr("The category that takes its questions."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QStringList args = cmd.parser().positionalArguments();
    if (args.size() != 3)
        return cmd.usage(CommandLine::tr("give the bank and the two categories."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto both = categoriesNamed(**store, args[0], {args[1], args[2]});
    if (!both)
        return failed(both.error());
    if (Status s = (*store)->banks().mergeCategories(both->at(0), both->at(1)); !s)
        return failed(s.error());
    out(CommandLine::tr("Merged \"%1\" into \"%2\".").arg(args[1], args[2]));
    return Success;
}

int runMove(const QStringList &arguments)
{
    Command cmd(QStringLiteral("move"),
                CommandLine::tr("Move questions to another category of their bank. An import of "
                                "their file leaves them there."),
                QStringLiteral("move --category TEXT QUESTION_ID..."));
    const QCommandLineOption category(QStringLiteral("category"),
                                      CommandLine::tr("The category, by name."),
                                      QStringLiteral("TEXT"));
    cmd.parser().addOption(category);
    cmd.parser().addPositionalArgument(QStringLiteral("QUESTION_ID"),
                                       CommandLine::tr("Ids shown by 'prepdeck list'."));
    if (auto done = cmd.parse(arguments))
        return *done;
    QList<qint64> ids;
    for (const QString &a : cmd.parser().positionalArguments()) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0)
            return cmd.usage(CommandLine::tr("'%1' is not a question id.").arg(a));
        ids << id;
    }
    if (ids.isEmpty() || !cmd.parser().isSet(category))
        return cmd.usage(CommandLine::tr("give --category and one or more question ids."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    Library &library = **store;
    auto first = library.questions().find(ids.first());
    if (!first)
        return failed(first.error());
    auto all = library.edits().categories();
    if (!all)
        return failed(all.error());
    qint64 bankId = 0;
    for (const CategoryRef &c : *all)
        if (c.id == first->categoryId)
            bankId = c.bankId;
    auto target = categoryNamed(library, bankId, cmd.parser().value(category));
    if (!target)
        return failed(target.error());
    if (auto moved = library.banks().moveQuestions(ids, *target); !moved)
        return failed(moved.error());
    out(CommandLine::tr("Moved %n question(s) to \"%1\".", nullptr, int(ids.size()))
            .arg(cmd.parser().value(category)));
    return Success;
}

int runMoveBank(const QStringList &arguments)
{
    Command cmd(QStringLiteral("move-bank"),
                CommandLine::tr("Put a bank at another place in the library's order (1 first)."),
                QStringLiteral("move-bank BANK POSITION"));
    cmd.parser().addPositionalArgument(QStringLiteral("BANK"), CommandLine::tr("The bank."));
    cmd.parser().addPositionalArgument(QStringLiteral("POSITION"),
                                       CommandLine::tr("Its place, 1 for the first."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QStringList args = cmd.parser().positionalArguments();
    bool ok = false;
    const int position = args.size() == 2 ? args[1].toInt(&ok) : 0;
    if (!ok || position < 1)
        return cmd.usage(CommandLine::tr("give the bank and its place, a number from 1."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto bank = bankNamed(**store, args[0]);
    if (!bank)
        return failed(bank.error());
    if (Status s = (*store)->banks().moveBank(*bank, position - 1); !s)
        return failed(s.error());
    out(CommandLine::tr("Moved the bank \"%1\" to place %2.").arg(args[0]).arg(position));
    return Success;
}

int runDeleteBank(const QStringList &arguments)
{
    Command cmd(QStringLiteral("delete-bank"),
                CommandLine::tr("Delete a bank with its questions and their ratings, after a "
                                "backup of the library. Without --yes it only says what would "
                                "go."),
                QStringLiteral("delete-bank BANK --yes"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 CommandLine::tr("Delete it (without: only say what would go)."));
    cmd.parser().addOption(yes);
    cmd.parser().addPositionalArgument(QStringLiteral("BANK"), CommandLine::tr("The bank."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QStringList args = cmd.parser().positionalArguments();
    if (args.size() != 1)
        return cmd.usage(CommandLine::tr("give the bank's name."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    Library &library = **store;
    auto bank = bankNamed(library, args[0]);
    if (!bank)
        return failed(bank.error());
    auto f = library.banks().footprint(*bank);
    if (!f)
        return failed(f.error());
    const QString what =
        CommandLine::tr("the bank \"%1\": %n question(s)", nullptr, f->questions).arg(f->name) +
        CommandLine::tr(", %n rating(s)", nullptr, f->ratings);
    if (!cmd.parser().isSet(yes))
        return cmd.usage(CommandLine::tr("this would delete %1. Run it again with --yes to "
                                         "delete them; a backup is taken first.")
                             .arg(what));
    auto backup = care::takeBackup(library.path(), QStringLiteral("before-deleting-a-bank"),
                                   QDateTime::currentDateTime());
    if (!backup)
        return failed(backup.error());
    if (Status s = library.banks().deleteBank(*bank); !s)
        return failed(s.error());
    out(CommandLine::tr("Deleted %1. The backup taken before: %2").arg(what, *backup));
    return Success;
}

} // namespace prepdeck::cli
