// `backroom chaos proxy`: runs the TCP fault proxy (core/chaos/faultproxy.h) in front of one upstream until
// Ctrl+C, with toxics given on the command line and changed at run time by commands on stdin, one a line:
//   add <spec>   remove <name>   clear   list   stats   quit
// Each command answers one line (a JSON object with --json). The faults live only in this process: when
// it ends, killed included, every proxied connection closes and nothing else was changed.
#include "cli.h"

#include "chaos/faultproxy.h"
#include "chaos/toxic.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <unistd.h>

namespace backroom::cli {
namespace {

using chaos::FaultProxy;

QString tr(const char *text)
{
    return QCoreApplication::translate("backroom::cli::chaos", text);
}

int badInput(const QString &message)
{
    err() << "backroom chaos proxy: " << message << "\n";
    err().flush();
    return BadInput;
}

bool parseUpstream(const QString &text, QString *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    *host = text.left(colon);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return false;
    *port = quint16(p);
    return !host->isEmpty();
}

QJsonObject countersJson(const FaultProxy &proxy)
{
    QJsonObject toxics;
    const auto counters = proxy.counters();
    for (auto it = counters.begin(); it != counters.end(); ++it)
        toxics.insert(it.key(), QJsonObject{{QStringLiteral("connections_affected"), it->connectionsAffected},
                                            {QStringLiteral("bytes"), it->bytes}});
    return QJsonObject{{QStringLiteral("connections_accepted"), proxy.connectionsAccepted()},
                       {QStringLiteral("connections_open"), proxy.openConnections()},
                       {QStringLiteral("toxics"), toxics}};
}

QJsonArray toxicsJson(const FaultProxy &proxy)
{
    QJsonArray list;
    for (const chaos::Toxic &t : proxy.toxics())
        list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("type"), chaos::toxicKindName(t.kind)},
                                {QStringLiteral("stream"), chaos::streamName(t.stream)},
                                {QStringLiteral("toxicity"), t.toxicity},
                                {QStringLiteral("spec"), chaos::formatToxic(t)}});
    return list;
}

// Reads stdin commands on the event loop thread and answers each on stdout.
class StdinControl {
public:
    StdinControl(FaultProxy &proxy, bool json) : m_proxy(proxy), m_json(json), m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, &m_notifier, [this] { readStdin(); });
    }

private:
    void readStdin()
    {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            m_notifier.setEnabled(false);   // stdin closed: keep proxying, stop listening for commands
            return;
        }
        m_pending.append(buffer, n);
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pending.left(newline)).trimmed();
            m_pending.remove(0, newline + 1);
            if (!line.isEmpty())
                answer(line);
        }
    }

    void reply(const QJsonObject &json, const QString &text)
    {
        if (m_json)
            out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
        else
            out() << text << "\n";
        out().flush();
    }
    void replyStatus(const Status &s, const QString &doneText)
    {
        if (s)
            reply(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("toxics"), toxicsJson(m_proxy)}}, doneText);
        else
            reply(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), s.error().message}},
                  tr("error: %1").arg(s.error().message));
    }

    void answer(const QString &line)
    {
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        const QString rest = line.section(QLatin1Char(' '), 1).trimmed();
        if (word == QLatin1String("add")) {
            replyStatus(m_proxy.addToxic(rest), tr("added %1").arg(rest));
        } else if (word == QLatin1String("remove")) {
            replyStatus(m_proxy.removeToxic(rest), tr("removed %1").arg(rest));
        } else if (word == QLatin1String("clear")) {
            m_proxy.removeAll();
            replyStatus(Done{}, tr("all toxics removed"));
        } else if (word == QLatin1String("list")) {
            QStringList specs;
            for (const chaos::Toxic &t : m_proxy.toxics())
                specs << chaos::formatToxic(t);
            reply(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("toxics"), toxicsJson(m_proxy)}},
                  specs.isEmpty() ? tr("no toxics") : specs.join(QStringLiteral("  ")));
        } else if (word == QLatin1String("stats")) {
            const QJsonObject stats = countersJson(m_proxy);
            reply(stats, QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact)));
        } else if (word == QLatin1String("quit")) {
            QCoreApplication::quit();
        } else {
            replyStatus(Error::make(Error::Kind::BadInput,
                                    tr("Unknown command '%1': use add <spec>, remove <name>, clear, list, stats or quit.").arg(word)),
                        {});
        }
    }

    FaultProxy &m_proxy;
    bool m_json;
    QSocketNotifier m_notifier;
    QByteArray m_pending;
};

int proxyCommand(const QStringList &args)
{
    Parser p(QStringLiteral("backroom chaos proxy --upstream HOST:PORT [--listen 127.0.0.1:0] [--toxic SPEC]... "
                            "[--confirm-remote-upstream] [--seed n] [--json]"),
             tr("Runs a TCP fault proxy on loopback in front of HOST:PORT until Ctrl+C, with Toxiproxy's toxics "
                "(latency, bandwidth, slow_close, timeout, reset_peer, slicer, limit_data, down). Commands on stdin, one "
                "a line, change them while it runs: add <spec>, remove <name>, clear, list, stats, quit. A spec reads "
                "type:stream:key=value,..., e.g. latency:downstream:ms=200,jitter=50,toxicity=0.5 (see docs/faultproxy.md). "
                "The faults exist only in this process: stopping it, or killing it, undoes them."));
    p.addOption(QStringLiteral("upstream"), tr("Where connections go: host:port."), QStringLiteral("host:port"));
    p.addOption(QStringLiteral("listen"), tr("Loopback address and port to listen on (default 127.0.0.1:0, any free port)."),
                QStringLiteral("address:port"));
    p.addOption(QStringLiteral("toxic"), tr("A toxic to start with (repeat for more)."), QStringLiteral("spec"));
    p.addOption(QStringLiteral("confirm-remote-upstream"), tr("Allow an upstream that is not on this machine."));
    p.addOption(QStringLiteral("seed"), tr("Seed for toxicity rolls, jitter and slices (repeatable runs)."), QStringLiteral("n"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    if (!p.requireOptions({"upstream"}))
        return BadInput;

    FaultProxy::Options o;
    if (!parseUpstream(p.value(QStringLiteral("upstream")), &o.upstreamHost, &o.upstreamPort))
        return badInput(tr("--upstream must be host:port, got '%1'.").arg(p.value(QStringLiteral("upstream"))));
    if (p.isSet(QStringLiteral("listen")) && !parseListen(p.value(QStringLiteral("listen")), &o.listenAddress, &o.listenPort))
        return badInput(tr("--listen must be address:port on loopback, got '%1'.").arg(p.value(QStringLiteral("listen"))));
    o.allowRemoteUpstream = p.isSet(QStringLiteral("confirm-remote-upstream"));
    if (p.isSet(QStringLiteral("seed"))) {
        qint64 seed = 0;
        if (!p.intValue(QStringLiteral("seed"), &seed))
            return BadInput;
        o.seed = quint64(seed);
    }
    QList<chaos::Toxic> toxics;
    for (const QString &spec : p.qt().values(QStringLiteral("toxic"))) {
        auto toxic = chaos::parseToxic(spec);
        if (!toxic)
            return fail(p, toxic.error());
        toxics << *toxic;
    }

    FaultProxy proxy(o);
    if (auto started = proxy.start(); !started)
        return fail(p, started.error());
    for (const chaos::Toxic &t : toxics) {
        if (auto added = proxy.addToxic(t); !added)
            return fail(p, added.error());
    }
    if (p.json()) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("listen"), QStringLiteral("%1:%2").arg(o.listenAddress.toString()).arg(proxy.port())},
                                           {QStringLiteral("port"), proxy.port()},
                                           {QStringLiteral("upstream"), proxy.upstream()},
                                           {QStringLiteral("toxics"), toxicsJson(proxy)}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else {
        out() << tr("fault proxy %1:%2 -> %3, %4 toxic(s); commands on stdin: add <spec>, remove <name>, clear, list, stats, quit")
                     .arg(o.listenAddress.toString())
                     .arg(proxy.port())
                     .arg(proxy.upstream())
                     .arg(proxy.toxics().size())
              << "\n";
    }
    out().flush();
    StdinControl control(proxy, p.json());
    quitOnSignals();
    QCoreApplication::exec();
    const QJsonObject stats = countersJson(proxy);
    if (p.json())
        out() << QJsonDocument(QJsonObject{{QStringLiteral("stopped"), true}, {QStringLiteral("stats"), stats}}).toJson(QJsonDocument::Compact) << "\n";
    else
        out() << tr("fault proxy stopped; every toxic removed and every connection closed. ")
              << QJsonDocument(stats).toJson(QJsonDocument::Compact) << "\n";
    out().flush();
    return Ok;
}

const bool registered = registerCommand(QStringLiteral("chaos proxy"),
                                        QStringLiteral("run a TCP fault proxy with Toxiproxy's toxics (latency, reset, down, ...)"),
                                        proxyCommand);

} // namespace
} // namespace backroom::cli
