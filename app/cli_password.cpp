// `backroom db password`: puts a database password into the credential store (keychain, or the 0600
// file on a headless server) so that connection strings, command lines and settings never hold it.
#include "cli.h"

#include "db/connectparams.h"
#include "db/passwordvault.h"
#include "security/credentialstore.h"

#include <QJsonObject>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace backroom::cli {
namespace {

// One line from standard input; not echoed when it is a terminal.
QString readSecretLine()
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        err() << "Password: ";
        err().flush();
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << "\n";
        err().flush();
    }
#endif
    return line;
}

int password(const QStringList &args)
{
    Parser p(QStringLiteral("backroom db password [--db conninfo] [--remove]\n"
                            "Reads the password of the connection's user from standard input, checks it by connecting,\n"
                            "and keeps it in the credential store; --remove forgets it."));
    p.addOption(QStringLiteral("remove"), QStringLiteral("Forget the stored password instead."));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    const QString info = p.conninfo();
    if (auto valid = db::Connection::validateConnInfo(info); info.trimmed().isEmpty() || !valid)
        return fail(p, valid ? Error::make(Error::Kind::BadInput, QStringLiteral("Pass --db \"host=... user=...\" or set "
                                                                               "BACKROOM_DB."))
                             : valid.error());
    const db::ConnTarget target = db::ConnectParams::targetOf(info);
    auto &store = security::CredentialStore::shared();
    const QString service = QLatin1String(db::kPasswordService);
    if (p.isSet(QStringLiteral("remove"))) {
        if (auto removed = store.remove(service, target.account()); !removed)
            return fail(p, removed.error());
        out() << "Forgot the password for " << target.account() << " (" << store.location() << ").\n";
        return Ok;
    }
    const QString secret = readSecretLine();
    if (secret.isEmpty())
        return fail(p, Error::make(Error::Kind::BadInput, QStringLiteral("No password read from standard input.")));
    auto conn = db::Connection::open(info, secret);
    if (!conn)
        return fail(p, conn.error());   // nothing stored: a wrong password is not kept
    if (auto saved = store.write(service, target.account(), secret); !saved)
        return fail(p, saved.error());
    const bool encrypted = (*conn)->sslInUse();
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("account"), target.account()},
                              {QStringLiteral("store"), store.location()},
                              {QStringLiteral("encrypted"), encrypted}});
    else
        out() << "Stored the password for " << target.account() << " in " << store.location() << " (connection "
              << (encrypted ? "encrypted" : "not encrypted") << ").\n";
    return Ok;
}

const bool registered = registerCommand(
    QStringLiteral("db password"),
    QStringLiteral("keep the --db user's password in the keychain (or a 0600 file), checked by connecting"), password);

} // namespace
} // namespace backroom::cli
