#include "cli.h"

#include "db/migrations.h"
#include "security/session.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <algorithm>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace backroom::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

bool registerCommand(const QString &name, const QString &summary, CommandFn run, bool gui)
{
    registry().append(Command{name, summary, std::move(run), gui});
    return true;
}

const QList<Command> &commands() { return registry(); }

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

Parser::Parser(const QString &usage, const QString &description) : m_usage(usage), m_description(description)
{
    m_parser.addOption({QStringLiteral("db"),
                        QStringLiteral("libpq connection string or URI (default: $BACKROOM_DB)."),
                        QStringLiteral("conninfo")});
    m_parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON output.")});
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

void Parser::addOption(const QString &name, const QString &help, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, help, valueName));
}

namespace {
// Breaks text into lines of at most width characters at spaces, keeping its own line breaks.
QString wrapped(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

bool Parser::parse(const QStringList &args, int minPositional, int maxPositional)
{
    // QCommandLineParser expects argv[0] first.
    if (!m_parser.parse(QStringList{QStringLiteral("backroom")} + args)) {
        err() << "backroom: " << m_parser.errorText() << " (see --help)\n";
        err().flush();
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's own first line names argv[0] (or "<executable_name>" before an application object
        // exists); ours names the real command. The rest is Qt's list of options.
        const QString options = m_parser.helpText().section(QLatin1Char('\n'), 1).trimmed();
        out() << "Usage: " << m_usage << "\n\n";
        if (!m_description.isEmpty())
            out() << wrapped(m_description, 79) << "\n\n";
        out() << options << "\n";
        out().flush();
        m_help = true;
        return false;
    }
    const int n = int(m_parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err() << "backroom: wrong number of arguments. Usage: " << m_usage << "\n";
        err().flush();
        return false;
    }
    return true;
}

QString Parser::conninfo() const
{
    if (m_parser.isSet(QStringLiteral("db")))
        return m_parser.value(QStringLiteral("db"));
    return qEnvironmentVariable("BACKROOM_DB");
}

bool Parser::requireOptions(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        if (!m_parser.isSet(QLatin1String(name))) {
            fail(*this, Error::make(Error::Kind::BadInput, QStringLiteral("--%1 is required.").arg(QLatin1String(name))));
            return false;
        }
    }
    return true;
}

bool Parser::intValue(const QString &name, qint64 *value) const
{
    bool ok = false;
    *value = m_parser.value(name).toLongLong(&ok);
    if (!ok) {
        err() << "backroom: --" << name << " needs a whole number, got '" << m_parser.value(name) << "'\n";
        err().flush();
    }
    return ok;
}

#ifdef Q_OS_UNIX
namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);   // the terminal closed: stop servers the same way
}
#else
void quitOnSignals() {}
#endif

// "127.0.0.1:8080", "[::1]:8080", ":8080" (loopback), "8080" (loopback).
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            host = QStringLiteral("127.0.0.1");
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *port = quint16(p);
    return address->setAddress(host);
}

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::BadInput:
    case Error::Kind::NotFound:
        return BadInput;
    case Error::Kind::Conflict:
        return Conflict;
    case Error::Kind::OutOfStock:
        return OutOfStock;
    case Error::Kind::Constraint:
        return BadInput;
    case Error::Kind::Permission:
        return NotAllowed;
    default:
        return Failed;
    }
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

int fail(const Parser &parser, const Error &error)
{
    const QString message = error.kind == Error::Kind::Permission ? security::notAllowedMessage(error) : error.message;
    if (parser.json()) {
        printJson(QJsonObject{{QStringLiteral("error"), message},
                              {QStringLiteral("kind"), errorKindName(error.kind)}});
    }
    err() << "backroom: " << message << "\n";
    err().flush();
    parser.setFailCode(exitCodeFor(error.kind));
    return parser.failCode();
}

std::unique_ptr<db::Connection> connect(const Parser &parser, bool requireCurrentSchema)
{
    const QString info = parser.conninfo();
    if (info.trimmed().isEmpty()) {
        fail(parser, Error::make(Error::Kind::Connection,
                                 QStringLiteral("No database given: pass --db \"host=... dbname=... user=...\" or set "
                                                "BACKROOM_DB (`backroom demo --headless` prints one that works while it runs).")));
        return nullptr;
    }
    auto conn = db::Connection::open(info);
    if (!conn) {
        fail(parser, conn.error());
        return nullptr;
    }
    if (requireCurrentSchema) {
        db::Migrator migrator(**conn);
        if (auto st = migrator.requireCurrent(); !st) {
            fail(parser, st.error());
            return nullptr;
        }
    }
    return std::move(*conn);
}

namespace {
void listSubcommands(QTextStream &to, const QString &command, const QList<Subcommand> &subcommands)
{
    QList<QPair<QString, QString>> rows;
    for (const auto &sub : subcommands)
        rows.append({sub.name, sub.summary});
    const QString prefix = command + QLatin1Char(' ');
    for (const auto &c : commands())
        if (c.name.startsWith(prefix))
            rows.append({c.name.mid(prefix.size()), c.summary});
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    to << "Usage: backroom " << command << " <subcommand> [options]   (each subcommand takes --help)\n\n"
       << "Subcommands:\n";
    for (const auto &row : rows)
        to << "  " << row.first.leftJustified(width) << "  " << row.second << "\n";
    to.flush();
}
} // namespace

int dispatch(const QString &command, const QList<Subcommand> &subcommands, const QStringList &args)
{
    const QString sub = args.value(0);
    for (const auto &s : subcommands)
        if (s.name == sub)
            return s.run(args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        listSubcommands(out(), command, subcommands);
        return Ok;
    }
    if (!sub.isEmpty())
        err() << "backroom: unknown subcommand '" << command << " " << sub << "'.\n";
    listSubcommands(err(), command, subcommands);
    return BadInput;
}

} // namespace backroom::cli
