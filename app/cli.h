#pragma once
// The command line: each subcommand lives in its own cli_*.cpp and registers itself here, so adding
// one never touches main.cpp. Shared parsing (--db, --json), output and exit codes.

#include "db/connection.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace backroom::cli {

enum ExitCode { Ok = 0, Failed = 1, BadInput = 2, Conflict = 3, OutOfStock = 4, NotAllowed = 5 };

// args: everything after the command word ("stock show X" -> {"show", "X", ...}).
using CommandFn = std::function<int(const QStringList &args)>;
struct Command {
    QString name;
    QString summary;
    CommandFn run;
    bool gui = false;   // creates its own QApplication; all others run without a display
};
// An empty summary keeps an internal command (demo-guard) out of `backroom --help`.
bool registerCommand(const QString &name, const QString &summary, CommandFn run, bool gui = false);
const QList<Command> &commands();

QTextStream &out();
QTextStream &err();

// A parser with the options every command takes (--db, --json, --help) plus the caller's.
// parse() prints a one-line reason and returns false on unknown options or missing values; with --help
// it prints one "Usage: <usage>" line, the description if any, and the options (helpShown() is then true).
class Parser {
public:
    explicit Parser(const QString &usage, const QString &description = {});
    QCommandLineParser &qt() { return m_parser; }
    void addOption(const QString &name, const QString &help, const QString &valueName = {});
    bool parse(const QStringList &args, int minPositional, int maxPositional);
    bool helpShown() const { return m_help; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString conninfo() const;   // --db, else BACKROOM_DB

    // Fails (message, failCode() = BadInput) unless every named option was given.
    bool requireOptions(std::initializer_list<const char *> names) const;

    // The exit code of the last failure reported through fail() (e.g. by connect()).
    int failCode() const { return m_failCode; }
    void setFailCode(int code) const { m_failCode = code; }

    // Reads an integer option; prints an error and returns false if it is not one.
    bool intValue(const QString &name, qint64 *value) const;

private:
    QCommandLineParser m_parser;
    QString m_usage;
    QString m_description;
    bool m_help = false;
    mutable int m_failCode = Failed;
};

// Connects and (unless migrating) checks the schema is current. Prints the one-line reason on failure
// and returns null; parser.failCode() is then the exit code to return.
std::unique_ptr<db::Connection> connect(const Parser &parser, bool requireCurrentSchema = true);

// Prints an error (as text, or as {"error": ...} with --json) and returns the matching exit code.
int fail(const Parser &parser, const Error &error);
int exitCodeFor(Error::Kind kind);

// A command with subcommands (`backroom stock show ...`): runs the one named by args[0] with the rest.
// `--help`, `-h` or `help` list them on stdout (exit Ok); none or an unknown one lists them on stderr
// (exit BadInput). Registered two-word commands ("stock flash-sale") are listed with them.
struct Subcommand {
    QString name;
    QString summary;
    CommandFn run;
};
int dispatch(const QString &command, const QList<Subcommand> &subcommands, const QStringList &args);

// SIGINT/SIGTERM/SIGHUP quit the application's event loop (call after creating it), so that servers finish
// their requests and the demo stops its PostgreSQL instead of leaving it running.
void quitOnSignals();
void printJson(const QJsonValue &value);

// Reads a --listen value: "127.0.0.1:8080", "[::1]:8080", ":8080" or "8080" (both loopback).
bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

} // namespace backroom::cli
