#include "stack/stack.h"

#include "db/conninfo.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace backroom::stack {

struct Stack::Layout {
    StackOptions options;
    quint16 pgbouncerPort = 0;
    QList<quint16> instancePorts;   // [slot - 1]
};

namespace {

constexpr int kPollMs = 50;
constexpr int kStopGraceMs = 10000;
constexpr int kStartDeadlineMs = 60000;

Error startFailure(const QString &message) { return Error::make(Error::Kind::Connection, message); }

QString layoutPath(const QString &dir) { return dir + QStringLiteral("/stack.json"); }
QString pidPath(const QString &dir, const QString &part) { return dir + QStringLiteral("/run/") + part + QStringLiteral(".pid"); }
QString logPath(const QString &dir, const QString &part) { return dir + QStringLiteral("/log/") + part + QStringLiteral(".log"); }
QString serveFileName(int slot) { return QStringLiteral("serve-%1").arg(slot); }

// What a part's command line must contain for a pid to still be that part (pids are reused).
QString serveMarker(quint16 port) { return QStringLiteral("127.0.0.1:%1").arg(port); }

bool processAlive(qint64 pid, const QString &marker)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return true;   // no /proc: trust the pid file
    const QString text = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' '));
    return text.contains(marker);
}

qint64 readPid(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

bool writePid(const QString &path, qint64 pid)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray::number(pid) + '\n') > 0 && file.commit();
}

bool waitUntil(int deadlineMs, const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(deadlineMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(kPollMs);
    }
    return true;
}

// SIGTERM, then SIGKILL if it is still there after the grace period.
void stopProcess(qint64 pid, const QString &marker)
{
    if (!processAlive(pid, marker))
        return;
    ::kill(pid_t(pid), SIGTERM);
    if (!waitUntil(kStopGraceMs, [&] { return !processAlive(pid, marker); }))
        ::kill(pid_t(pid), SIGKILL);
    waitUntil(2000, [&] { return !processAlive(pid, marker); });
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// True when GET path on 127.0.0.1:port answers 200.
bool answers200(quint16 port, const char *path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray head;
    QDeadlineTimer deadline(3000);
    while (!head.contains('\n') && !deadline.hasExpired() && socket.waitForReadyRead(int(deadline.remainingTime())))
        head += socket.readAll();
    return head.startsWith("HTTP/1.1 200") || head.startsWith("HTTP/1.0 200");
}

QString lastLines(const QString &path, int count = 5)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n'));
    return lines.mid(qMax(0, int(lines.size()) - count)).join(QStringLiteral(" | "));
}

// Started detached (it outlives this process), stdout and stderr to logFile.
Result<qint64> startDetached(const QString &program, const QStringList &args, const QString &logFile)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid))
        return startFailure(StackText::tr("Could not start %1: %2. Is it installed?").arg(program, process.errorString()));
    return pid;
}

} // namespace

// The processes one `up` started: stopped again unless the whole `up` succeeded.
class StartedParts {
public:
    ~StartedParts()
    {
        if (m_kept)
            return;
        for (auto it = m_parts.crbegin(); it != m_parts.crend(); ++it) {
            stopProcess(it->pid, it->marker);
            QFile::remove(it->pidFile);
        }
    }
    void add(qint64 pid, const QString &marker, const QString &pidFile) { m_parts.append({pid, marker, pidFile}); }
    void keep() { m_kept = true; }

private:
    struct Part {
        qint64 pid;
        QString marker;
        QString pidFile;
    };
    QList<Part> m_parts;
    bool m_kept = false;
};

namespace {

QJsonObject layoutJson(const StackOptions &o, quint16 pgbouncerPort, const QList<quint16> &ports)
{
    QJsonArray instances;
    for (int i = 0; i < ports.size(); ++i)
        instances.append(QJsonObject{{QStringLiteral("slot"), i + 1}, {QStringLiteral("port"), ports[i]}});
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("conninfo"), o.conninfo},
        {QStringLiteral("listen_address"), o.listenAddress.toString()},
        {QStringLiteral("listen_port"), o.listenPort},
        {QStringLiteral("slots"), o.haproxySlots},
        {QStringLiteral("rate_limit_per_10s"), o.rateLimitPer10s},
        {QStringLiteral("check_interval_ms"), o.checkIntervalMs},
        {QStringLiteral("http_request_timeout_s"), o.httpRequestTimeoutS},
        {QStringLiteral("client_timeout_s"), o.clientTimeoutS},
        {QStringLiteral("pgbouncer"), o.pgbouncer},
        {QStringLiteral("channels"), o.channels},
        {QStringLiteral("pgbouncer_port"), pgbouncerPort},
        {QStringLiteral("pool_size"), o.poolSize},
        {QStringLiteral("backroom"), o.backroomProgram},
        {QStringLiteral("haproxy"), o.haproxyProgram},
        {QStringLiteral("pgbouncer_program"), o.pgbouncerProgram},
        {QStringLiteral("instances"), instances},
    };
}

void readLayoutJson(const QJsonObject &j, StackOptions *o, quint16 *pgbouncerPort, QList<quint16> *ports)
{
    o->conninfo = j.value(QStringLiteral("conninfo")).toString();
    o->listenAddress = QHostAddress(j.value(QStringLiteral("listen_address")).toString());
    o->listenPort = quint16(j.value(QStringLiteral("listen_port")).toInt());
    o->haproxySlots = j.value(QStringLiteral("slots")).toInt();
    o->rateLimitPer10s = j.value(QStringLiteral("rate_limit_per_10s")).toInt();
    o->checkIntervalMs = j.value(QStringLiteral("check_interval_ms")).toInt();
    o->httpRequestTimeoutS = j.value(QStringLiteral("http_request_timeout_s")).toInt();
    o->clientTimeoutS = j.value(QStringLiteral("client_timeout_s")).toInt();
    o->pgbouncer = j.value(QStringLiteral("pgbouncer")).toBool();
    o->channels = j.value(QStringLiteral("channels")).toBool(true);
    *pgbouncerPort = quint16(j.value(QStringLiteral("pgbouncer_port")).toInt());
    o->poolSize = j.value(QStringLiteral("pool_size")).toInt();
    o->backroomProgram = j.value(QStringLiteral("backroom")).toString();
    o->haproxyProgram = j.value(QStringLiteral("haproxy")).toString();
    o->pgbouncerProgram = j.value(QStringLiteral("pgbouncer_program")).toString();
    ports->clear();
    for (const QJsonValue &v : j.value(QStringLiteral("instances")).toArray())
        ports->append(quint16(v.toObject().value(QStringLiteral("port")).toInt()));
    o->instances = int(ports->size());
}

// HAProxy's `show stat` CSV: one map column -> value per row.
QList<QMap<QString, QString>> parseShowStat(const QString &csv)
{
    QList<QMap<QString, QString>> rows;
    QStringList header;
    for (const QString &line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("# "))) {
            header = line.mid(2).split(QLatin1Char(','));
            continue;
        }
        const QStringList cells = line.split(QLatin1Char(','));
        QMap<QString, QString> row;
        for (int i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header[i], cells[i]);
        rows.append(row);
    }
    return rows;
}

QString runAsUserForPgbouncer()
{
    // PgBouncer refuses to run as root; started as root it switches to the postgres OS user.
    return ::geteuid() == 0 ? QStringLiteral("postgres") : QString();
}

void handOverToUser(const QString &path, const QString &user)
{
    if (user.isEmpty())
        return;
    if (const passwd *pw = ::getpwnam(user.toLocal8Bit().constData()))
        if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
            qWarning("could not hand %s to %s", qPrintable(path), qPrintable(user));
}

} // namespace

bool StackStatus::allUp() const
{
    for (const PartStatus &part : parts)
        if (!part.running || (part.slot > 0 && !part.health.startsWith(QLatin1String("UP"))))
            return false;
    return !parts.isEmpty();
}

Stack::Stack(QString dir, Say say) : m_dir(QDir(dir).absolutePath()), m_say(std::move(say))
{
    if (!m_say)
        m_say = [](const QString &) {};
}

Result<QString> Stack::haproxyCommand(const QString &command) const
{
    QLocalSocket socket;
    socket.connectToServer(haproxySocketPath(m_dir));
    if (!socket.waitForConnected(2000))
        return startFailure(StackText::tr("HAProxy's runtime API does not answer at %1: %2")
                                .arg(haproxySocketPath(m_dir), socket.errorString()));
    socket.write(command.toUtf8() + '\n');
    socket.waitForBytesWritten(2000);
    QByteArray answer;
    QDeadlineTimer deadline(5000);
    while (socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return QString::fromUtf8(answer);
}

Result<Stack::Layout> Stack::prepare(const StackOptions &requested)
{
    Layout layout;
    QFile saved(layoutPath(m_dir));
    const bool haveSaved = saved.open(QIODevice::ReadOnly);
    if (haveSaved) {
        readLayoutJson(QJsonDocument::fromJson(saved.readAll()).object(), &layout.options, &layout.pgbouncerPort,
                       &layout.instancePorts);
        layout.options.dir = m_dir;
    }
    auto running = haveSaved ? status() : Result<StackStatus>(StackStatus{});
    const bool anyRunning = running && std::any_of(running->parts.cbegin(), running->parts.cend(),
                                                   [](const PartStatus &p) { return p.running; });
    if (anyRunning) {
        m_say(StackText::tr("The stack in %1 is running: starting only the parts that are not (its settings are "
                            "in stack.json; `stack down` first to change them).").arg(m_dir));
        return layout;
    }
    layout = Layout{};
    layout.options = requested;
    layout.options.dir = m_dir;
    if (auto valid = validate(layout.options); !valid)
        return valid.error();
    if (layout.options.pgbouncer)
        layout.pgbouncerPort = freePort();
    for (int slot = 1; slot <= layout.options.instances; ++slot)
        layout.instancePorts.append(freePort());
    if (!QDir().mkpath(m_dir + QStringLiteral("/run")) || !QDir().mkpath(m_dir + QStringLiteral("/log")))
        return Error::make(Error::Kind::BadInput, StackText::tr("Could not create %1.").arg(m_dir));
    QSaveFile file(layoutPath(m_dir));
    const QByteArray json = QJsonDocument(layoutJson(layout.options, layout.pgbouncerPort, layout.instancePorts)).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error::make(Error::Kind::BadInput, StackText::tr("Could not write %1.").arg(layoutPath(m_dir)));
    return layout;
}

namespace {

Result<Done> writeConfig(const QString &path, const Result<QString> &content, const Stack::Say &say)
{
    if (!content)
        return content.error();
    auto written = writeGeneratedFile(path, content->toUtf8());
    if (!written)
        return written.error();
    if (*written == FileOutcome::KeptEdited)
        say(StackText::tr("%1 was edited: kept as it is; what this version would write is in %1.new.").arg(path));
    else if (*written == FileOutcome::Written)
        say(StackText::tr("Wrote %1").arg(path));
    return Done{};
}

Result<Done> startPgbouncer(const QString &dir, const StackOptions &o, quint16 port, StartedParts &started)
{
    const QString ini = pgbouncerConfigPath(dir);
    const QString pidFile = pidPath(dir, QStringLiteral("pgbouncer"));
    if (processAlive(readPid(pidFile), ini))
        return Done{};
    auto pid = startDetached(o.pgbouncerProgram, {ini}, logPath(dir, QStringLiteral("pgbouncer")));
    if (!pid)
        return pid.error();
    started.add(*pid, ini, pidFile);
    writePid(pidFile, *pid);
    const QString socket = pgbouncerSocketDir(dir) + QStringLiteral("/.s.PGSQL.%1").arg(port);
    if (!waitUntil(10000, [&] { return QFileInfo::exists(socket) || !processAlive(*pid, ini); })
        || !processAlive(*pid, ini))
        return startFailure(StackText::tr("PgBouncer did not start: %1 (log: %2)")
                                .arg(lastLines(logPath(dir, QStringLiteral("pgbouncer"))), logPath(dir, QStringLiteral("pgbouncer"))));
    return Done{};
}

QStringList serveArguments(const StackOptions &o, quint16 pgbouncerPort, int slot, quint16 port)
{
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"), serveMarker(port)};
    if (o.pgbouncer)
        args << QStringLiteral("--db") << pgbouncerClientConninfo(o, pgbouncerPort)
             << QStringLiteral("--pooler") << QStringLiteral("transaction")
             << QStringLiteral("--session-database") << o.conninfo;
    else
        args << QStringLiteral("--db") << o.conninfo;
    if (slot > 1 || !o.channels)
        args << QStringLiteral("--no-channels");   // at most one instance runs the marketplace sync
    return args;
}

Result<Done> startInstances(const QString &dir, const StackOptions &o, quint16 pgbouncerPort,
                            const QList<quint16> &ports, StartedParts &started, const Stack::Say &say)
{
    QList<int> waiting;
    QMap<int, qint64> pids;
    for (int slot = 1; slot <= ports.size(); ++slot) {
        const quint16 port = ports[slot - 1];
        const QString pidFile = pidPath(dir, serveFileName(slot));
        if (processAlive(readPid(pidFile), serveMarker(port)))
            continue;
        auto pid = startDetached(o.backroomProgram, serveArguments(o, pgbouncerPort, slot, port),
                                 logPath(dir, serveFileName(slot)));
        if (!pid)
            return pid.error();
        started.add(*pid, serveMarker(port), pidFile);
        writePid(pidFile, *pid);
        waiting.append(slot);
        pids.insert(slot, *pid);
    }
    for (int slot : waiting) {
        const quint16 port = ports[slot - 1];
        const qint64 pid = pids.value(slot);
        const bool ready = waitUntil(kStartDeadlineMs, [&] {
            return !processAlive(pid, serveMarker(port)) || answers200(port, "/health");
        });
        if (!ready || !processAlive(pid, serveMarker(port)))
            return startFailure(StackText::tr("Instance %1 (serve on port %2) did not become healthy: %3 (log: %4)")
                                    .arg(slot).arg(port).arg(lastLines(logPath(dir, serveFileName(slot))),
                                                             logPath(dir, serveFileName(slot))));
        say(StackText::tr("Instance %1: serve on 127.0.0.1:%2 (pid %3)").arg(slot).arg(port).arg(pid));
    }
    return Done{};
}

Result<Done> checkHaproxyConfig(const StackOptions &o, const QString &cfg)
{
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(o.haproxyProgram, {QStringLiteral("-c"), QStringLiteral("-q"), QStringLiteral("-f"), cfg});
    if (!check.waitForStarted(5000))
        return startFailure(StackText::tr("Could not start %1: %2. Is HAProxy installed?").arg(o.haproxyProgram, check.errorString()));
    check.waitForFinished(15000);
    if (check.exitStatus() != QProcess::NormalExit || check.exitCode() != 0)
        return Error::make(Error::Kind::BadInput, StackText::tr("HAProxy refuses %1: %2")
                                                      .arg(cfg, QString::fromLocal8Bit(check.readAll()).trimmed()));
    return Done{};
}

} // namespace

Result<Done> Stack::writeConfigs(const StackOptions &o, quint16 pgbouncerPort)
{
    if (auto w = writeConfig(haproxyConfigPath(m_dir), haproxyConfig(o), m_say); !w)
        return w;
    if (!o.pgbouncer)
        return Done{};
    const QString runAs = runAsUserForPgbouncer();
    if (auto w = writeConfig(pgbouncerConfigPath(m_dir), pgbouncerConfig(o, pgbouncerPort, runAs), m_say); !w)
        return w;
    const QString socketDir = pgbouncerSocketDir(m_dir);
    QDir().mkpath(socketDir);
    QFile::setPermissions(socketDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    handOverToUser(socketDir, runAs);
    return writeConfig(pgbouncerUserListPath(m_dir), pgbouncerUserList(o), m_say);
}

Result<Done> Stack::startHaproxy(const StackOptions &o, StartedParts &started)
{
    const QString cfg = haproxyConfigPath(m_dir);
    const QString pidFile = pidPath(m_dir, QStringLiteral("haproxy"));
    if (processAlive(readPid(pidFile), cfg))
        return Done{};
    if (auto c = checkHaproxyConfig(o, cfg); !c)
        return c;
    QFile::remove(haproxySocketPath(m_dir));
    auto pid = startDetached(o.haproxyProgram, {QStringLiteral("-f"), cfg}, logPath(m_dir, QStringLiteral("haproxy")));
    if (!pid)
        return pid.error();
    started.add(*pid, cfg, pidFile);
    writePid(pidFile, *pid);
    if (!waitUntil(10000, [&] { return !processAlive(*pid, cfg) || haproxyCommand(QStringLiteral("show info")).ok(); })
        || !processAlive(*pid, cfg))
        return startFailure(StackText::tr("HAProxy did not start: %1 (log: %2)")
                                .arg(lastLines(logPath(m_dir, QStringLiteral("haproxy"))), logPath(m_dir, QStringLiteral("haproxy"))));
    return Done{};
}

// Every instance into its slot over the runtime API (again: harmless when it is there already).
Result<Done> Stack::registerInstances(const QList<quint16> &ports)
{
    for (int slot = 1; slot <= ports.size(); ++slot) {
        const QString server = haproxyBackend() + QLatin1Char('/') + haproxyServerName(slot);
        for (const QString &command : {QStringLiteral("set server %1 addr 127.0.0.1 port %2").arg(server).arg(ports[slot - 1]),
                                       QStringLiteral("set server %1 state ready").arg(server)}) {
            auto answer = haproxyCommand(command);
            if (!answer)
                return answer.error();
            if (answer->contains(QLatin1String("No such")) || answer->contains(QLatin1String("Require")))
                return startFailure(StackText::tr("HAProxy refused \"%1\": %2").arg(command, answer->trimmed()));
        }
    }
    return Done{};
}

Result<StackStatus> Stack::up(const StackOptions &requested)
{
    auto layout = prepare(requested);
    if (!layout)
        return layout.error();
    const StackOptions &o = layout->options;
    if (auto w = writeConfigs(o, layout->pgbouncerPort); !w)
        return w.error();

    StartedParts started;   // stops what this call started unless it succeeds
    if (o.pgbouncer)
        if (auto s = startPgbouncer(m_dir, o, layout->pgbouncerPort, started); !s)
            return s.error();
    if (auto s = startInstances(m_dir, o, layout->pgbouncerPort, layout->instancePorts, started, m_say); !s)
        return s.error();
    if (auto s = startHaproxy(o, started); !s)
        return s.error();
    if (auto s = registerInstances(layout->instancePorts); !s)
        return s.error();
    // Return once HAProxy sends traffic to every instance.
    const int checksDeadline = 4 * o.checkIntervalMs + 10000;
    Result<StackStatus> now = status();
    waitUntil(checksDeadline, [&] { return (now = status()) && now->allUp(); });
    if (!now)
        return now.error();
    if (!now->allUp())
        return startFailure(StackText::tr("HAProxy did not mark every instance up within %1 ms; see %2/log/.")
                                .arg(checksDeadline).arg(m_dir));
    started.keep();
    m_say(StackText::tr("Store API through HAProxy on %1 (%2 instances%3)")
              .arg(now->url).arg(o.instances).arg(o.pgbouncer ? StackText::tr(", PgBouncer in transaction mode") : QString()));
    return now;
}

Result<StackStatus> Stack::status() const
{
    QFile saved(layoutPath(m_dir));
    if (!saved.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound, StackText::tr("No stack in %1 (no stack.json): run `backroom stack up` first.").arg(m_dir));
    StackOptions o;
    quint16 pgbouncerPort = 0;
    QList<quint16> ports;
    readLayoutJson(QJsonDocument::fromJson(saved.readAll()).object(), &o, &pgbouncerPort, &ports);

    StackStatus status;
    status.dir = m_dir;
    const bool v6 = o.listenAddress.protocol() == QAbstractSocket::IPv6Protocol;
    status.url = QStringLiteral("http://%1:%2").arg(v6 ? QLatin1Char('[') + o.listenAddress.toString() + QLatin1Char(']')
                                                       : o.listenAddress.toString()).arg(o.listenPort);
    PartStatus haproxy;
    haproxy.name = QStringLiteral("haproxy");
    haproxy.pid = readPid(pidPath(m_dir, QStringLiteral("haproxy")));
    haproxy.running = processAlive(haproxy.pid, haproxyConfigPath(m_dir));
    haproxy.port = o.listenPort;
    QMap<QString, QMap<QString, QString>> stats;   // svname -> row, backend "serve" and the frontend
    if (haproxy.running)
        if (auto csv = haproxyCommand(QStringLiteral("show stat")))
            for (const auto &row : parseShowStat(*csv))
                if (row.value(QStringLiteral("pxname")) == haproxyBackend() || row.value(QStringLiteral("svname")) == QLatin1String("FRONTEND"))
                    stats.insert(row.value(QStringLiteral("svname")), row);
    haproxy.health = stats.value(QStringLiteral("FRONTEND")).value(QStringLiteral("status"));
    status.parts.append(haproxy);
    if (o.pgbouncer) {
        PartStatus pgbouncer;
        pgbouncer.name = QStringLiteral("pgbouncer");
        pgbouncer.pid = readPid(pidPath(m_dir, QStringLiteral("pgbouncer")));
        pgbouncer.running = processAlive(pgbouncer.pid, pgbouncerConfigPath(m_dir));
        pgbouncer.port = pgbouncerPort;
        status.parts.append(pgbouncer);
    }
    for (int slot = 1; slot <= ports.size(); ++slot) {
        PartStatus serve;
        serve.name = QStringLiteral("serve %1").arg(slot);
        serve.slot = slot;
        serve.port = ports[slot - 1];
        serve.pid = readPid(pidPath(m_dir, serveFileName(slot)));
        serve.running = processAlive(serve.pid, serveMarker(serve.port));
        const auto row = stats.value(haproxyServerName(slot));
        serve.health = row.value(QStringLiteral("status"));
        serve.requests = row.value(QStringLiteral("stot")).toLongLong();
        status.parts.append(serve);
    }
    return status;
}

Result<Done> Stack::down()
{
    auto now = status();
    if (!now)
        return now.error();
    // HAProxy first (no new requests), then the instances, then what they connect through.
    QList<PartStatus> order = now->parts;
    std::stable_sort(order.begin(), order.end(), [](const PartStatus &a, const PartStatus &b) {
        auto rank = [](const PartStatus &p) { return p.name == QLatin1String("haproxy") ? 0 : p.slot > 0 ? 1 : 2; };
        return rank(a) < rank(b);
    });
    auto markerOf = [this](const PartStatus &part) {
        return part.slot > 0 ? serveMarker(part.port)
               : part.name == QLatin1String("haproxy") ? haproxyConfigPath(m_dir) : pgbouncerConfigPath(m_dir);
    };
    bool allStopped = true;
    for (const PartStatus &part : order) {
        if (part.running) {
            stopProcess(part.pid, markerOf(part));
            const bool stopped = !processAlive(part.pid, markerOf(part));
            allStopped = allStopped && stopped;
            m_say(stopped ? StackText::tr("Stopped %1 (pid %2)").arg(part.name).arg(part.pid)
                          : StackText::tr("%1 (pid %2) did not stop").arg(part.name).arg(part.pid));
        }
        QFile::remove(pidPath(m_dir, part.slot > 0 ? serveFileName(part.slot) : part.name));
    }
    // Instances started beside the layout (the autoscaling supervisor's, in free slots) have pid files too.
    const QString runDir = m_dir + QStringLiteral("/run");
    for (const QString &file : QDir(runDir).entryList({QStringLiteral("serve-*.pid")}, QDir::Files)) {
        const qint64 pid = readPid(runDir + QLatin1Char('/') + file);
        const QString marker = QStringLiteral(" serve --listen 127.0.0.1:");
        if (processAlive(pid, marker)) {
            stopProcess(pid, marker);
            allStopped = allStopped && !processAlive(pid, marker);
            m_say(StackText::tr("Stopped serve (pid %1, %2)").arg(pid).arg(file));
        }
        QFile::remove(runDir + QLatin1Char('/') + file);
    }
    QFile::remove(haproxySocketPath(m_dir));
    if (!allStopped)
        return startFailure(StackText::tr("Some parts of the stack in %1 did not stop; see above.").arg(m_dir));
    return Done{};
}

} // namespace backroom::stack
