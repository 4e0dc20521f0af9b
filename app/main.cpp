// backroom: the GUI (`backroom demo`, `backroom gui`) and the scriptable command line. Thin: parses the
// command word and hands over to the registered command.
#include "cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

using namespace backroom;

namespace {
void printUsage()
{
    auto &o = cli::out();
    o << "Backroom " << QCoreApplication::applicationVersion() << ": back office for shops selling on the web, "
      << "Shopee and Lazada.\n\nUsage: backroom <command> [options]   (every command takes --help)\n\n";
    // Two-word commands ("stock flash-sale") are listed by their first word's --help; internal ones
    // (no summary, e.g. demo-guard) not at all.
    QList<cli::Command> sorted;
    for (const auto &c : cli::commands())
        if (!c.name.contains(QLatin1Char(' ')) && !c.summary.isEmpty())
            sorted.append(c);
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    qsizetype width = 0;
    for (const auto &c : sorted)
        width = std::max(width, c.name.size());
    for (const auto &c : sorted)
        o << "  " << c.name.leftJustified(width) << "  " << c.summary << "\n";
    o << "\nDatabase: --db \"<libpq connection string>\" or BACKROOM_DB; `backroom demo` runs its own.\n";
    o.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // `backroom --db X stock list` means the same as `backroom stock list --db X`.
    QStringList global;
    while (!args.isEmpty() && (args.first() == QLatin1String("--db") || args.first().startsWith(QLatin1String("--db=")))) {
        global << args.takeFirst();
        if (global.last() == QLatin1String("--db") && !args.isEmpty())
            global << args.takeFirst();
    }
    // Started with no command by the desktop (a macOS bundle from the Finder): its Info.plist names one.
    if (args.isEmpty() && qEnvironmentVariableIsSet("BACKROOM_DEFAULT_COMMAND"))
        args << qEnvironmentVariable("BACKROOM_DEFAULT_COMMAND");
    if (!args.isEmpty())
        args += global;
    // `backroom help stock show` means `backroom stock show --help`.
    if (args.size() > 1 && args.first() == QLatin1String("help"))
        args = args.mid(1) + QStringList{QStringLiteral("--help")};
    const QString command = args.value(0);
    QCoreApplication::setOrganizationName(QStringLiteral("Backroom"));
    QCoreApplication::setApplicationName(QStringLiteral("backroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION));

    // A two-word command ("stock flash-sale") wins over its first word.
    const QString twoWords = command + QLatin1Char(' ') + args.value(1);
    for (const auto &c : cli::commands()) {
        if (c.name == twoWords) {
            if (c.gui)   // creates its own (Gui)Application, like the one-word GUI commands below
                return c.run(args.mid(2));
            QCoreApplication app(argc, argv);
            return c.run(args.mid(2));
        }
    }
    for (const auto &c : cli::commands()) {
        if (c.name == command) {
            // GUI commands create their own QApplication; the rest must work without a display.
            if (c.gui)
                return c.run(args.mid(1));
            QCoreApplication app(argc, argv);
            return c.run(args.mid(1));
        }
    }
    QCoreApplication app(argc, argv);
    if (command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h")) {
        printUsage();
        return cli::Ok;
    }
    if (command == QLatin1String("--version")) {
        cli::out() << "backroom " << BACKROOM_VERSION << "\n";
        return cli::Ok;
    }
    cli::err() << "backroom: unknown command '" << command << "'. Run `backroom --help`.\n";
    return cli::BadInput;
}
