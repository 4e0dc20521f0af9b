// `backroom users add|list|remove|set-role`: the owner manages who may use Backroom and in which job
// role (docs/roles.md). Passwords are read from the terminal without echo, or from stdin with
// --password-stdin, never from the command line, and are hashed here before they go to the server.
#include "cli.h"

#include "security/users.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace backroom::cli {
namespace {

using security::JobRole;

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO);
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin));
#else
    return false;
#endif
}

// Turns terminal echo off for its lifetime (a password prompt).
class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        m_ok = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#elif defined(Q_OS_WIN)
        m_in = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_in, &m_saved);
        if (m_ok)
            SetConsoleMode(m_in, m_saved & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_ok)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#elif defined(Q_OS_WIN)
        if (m_ok)
            SetConsoleMode(m_in, m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_UNIX
    termios m_saved{};
#elif defined(Q_OS_WIN)
    HANDLE m_in = nullptr;
    DWORD m_saved = 0;
#endif
};

QByteArray readLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QByteArray::fromStdString(line);
}

QByteArray promptHidden(const QString &prompt)
{
    err() << prompt;
    err().flush();
    QByteArray answer;
    {
        EchoOff quiet;
        answer = readLine();
    }
    err() << "\n";
    err().flush();
    return answer;
}

// The new password: one line of stdin with --password-stdin, else asked twice on the terminal.
Result<QByteArray> readPassword(const Parser &p)
{
    if (p.isSet(QStringLiteral("password-stdin")))
        return readLine();
    if (!stdinIsTerminal())
        return Error::make(Error::Kind::BadInput,
                           QStringLiteral("No terminal to ask for the password: pipe it in with --password-stdin."));
    const QByteArray first = promptHidden(QStringLiteral("Password for the new login: "));
    const QByteArray again = promptHidden(QStringLiteral("Same password again: "));
    if (first != again)
        return Error::make(Error::Kind::BadInput, QStringLiteral("The two passwords differ; nothing was changed."));
    return first;
}

Result<JobRole> roleOption(const QString &name)
{
    return security::parseJobRole(name.trimmed().toLower());
}

int add(const QStringList &args)
{
    Parser p(QStringLiteral("backroom users add <login> --role staff|warehouse|owner|store [--password-stdin]"));
    p.addOption(QStringLiteral("role"), QStringLiteral("The job role: staff, warehouse, owner or store."),
                QStringLiteral("role"));
    p.addOption(QStringLiteral("password-stdin"),
                QStringLiteral("Read the password from the first line of stdin instead of asking."));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!p.requireOptions({"role"}))
        return p.failCode();
    auto role = roleOption(p.value(QStringLiteral("role")));
    if (!role)
        return fail(p, role.error());
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto password = readPassword(p);
    if (!password)
        return fail(p, password.error());
    const QString login = p.positional().at(0);
    if (auto s = security::addUser(*conn, login, *role, *password); !s)
        return fail(p, s.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), security::jobRoleSqlName(*role)}});
    else
        out() << "added " << login << " as " << security::jobRoleSqlName(*role) << "\n";
    return Ok;
}

int list(const QStringList &args)
{
    Parser p(QStringLiteral("backroom users list [--json]"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto users = security::listUsers(*conn);
    if (!users)
        return fail(p, users.error());
    if (p.json()) {
        QJsonArray rows;
        for (const auto &u : *users)
            rows.append(QJsonObject{{QStringLiteral("login"), u.login},
                                    {QStringLiteral("role"), security::jobRoleSqlName(u.role)},
                                    {QStringLiteral("can_login"), u.canLogin},
                                    {QStringLiteral("last_change"), u.lastChange},
                                    {QStringLiteral("last_change_at"),
                                     u.lastChangeAt.isValid() ? QJsonValue(u.lastChangeAt.toString(Qt::ISODate)) : QJsonValue()}});
        printJson(rows);
        return Ok;
    }
    out() << QStringLiteral("%1  %2  %3  %4\n")
                 .arg(QStringLiteral("LOGIN"), -20).arg(QStringLiteral("ROLE"), -10).arg(QStringLiteral("LOGIN?"), -6)
                 .arg(QStringLiteral("LAST CHANGE (local)"));
    for (const auto &u : *users) {
        const QString change = u.lastChangeAt.isValid()
            ? u.lastChangeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("  ") + u.lastChange
            : QString();
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(u.login, -20).arg(security::jobRoleSqlName(u.role), -10)
                     .arg(u.canLogin ? QStringLiteral("yes") : QStringLiteral("no"), -6).arg(change);
    }
    out().flush();
    return Ok;
}

int setRole(const QStringList &args)
{
    Parser p(QStringLiteral("backroom users set-role <login> <staff|warehouse|owner|store>"));
    if (!p.parse(args, 2, 2))
        return p.helpShown() ? Ok : BadInput;
    auto role = roleOption(p.positional().at(1));
    if (!role)
        return fail(p, role.error());
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    const QString login = p.positional().at(0);
    if (auto s = security::setUserRole(*conn, login, *role); !s)
        return fail(p, s.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), security::jobRoleSqlName(*role)}});
    else
        out() << login << " is now " << security::jobRoleSqlName(*role) << "\n";
    return Ok;
}

int removeLogin(const QStringList &args)
{
    Parser p(QStringLiteral("backroom users remove <login> [--yes]"));
    p.addOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation (needed without a terminal)."));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString login = p.positional().at(0);
    if (!p.isSet(QStringLiteral("yes"))) {
        if (!stdinIsTerminal())
            return fail(p, Error::make(Error::Kind::BadInput,
                                       QStringLiteral("Removing a login needs confirmation: run it on a terminal or pass --yes.")));
        err() << QStringLiteral("Remove login %1? It will no longer be able to connect. [y/N] ").arg(login);
        err().flush();
        const QByteArray answer = readLine().trimmed().toLower();
        if (answer != "y" && answer != "yes") {
            out() << "nothing removed\n";
            return Failed;
        }
    }
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    if (auto s = security::removeUser(*conn, login); !s)
        return fail(p, s.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("removed"), login}});
    else
        out() << "removed " << login << "\n";
    return Ok;
}

int usersCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("users"),
                    {{QStringLiteral("add"), QStringLiteral("add a login with a job role (password never on the command line)"), add},
                     {QStringLiteral("list"), QStringLiteral("logins, their job role and last change"), list},
                     {QStringLiteral("set-role"), QStringLiteral("give a login another job role"), setRole},
                     {QStringLiteral("remove"), QStringLiteral("remove a login (asks first, or --yes)"), removeLogin}},
                    args);
}

const bool registered = registerCommand(QStringLiteral("users"),
                                        QStringLiteral("add | list | set-role | remove: logins and their job roles (owner)"),
                                        usersCommand);

} // namespace
} // namespace backroom::cli
