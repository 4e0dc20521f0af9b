#include "drills/loaddrill.h"

#include "db/connection.h"
#include "db/conninfo.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <libpq-fe.h>

namespace backroom::drills {
namespace {

constexpr const char *kStatementName = "backroom_drill_place_order";
constexpr const char *kPlaceOrder = "SELECT order_id FROM place_order($1::jsonb, NULL, 'drill', 15, 'drill')";
const QByteArray kOutOfStock = QByteArrayLiteral("BR001");
const QByteArray kQueryCancelled = QByteArrayLiteral("57014");

QByteArray orderPayload(const QString &sku)
{
    const QJsonArray lines{QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("qty"), 1}}};
    return QJsonDocument(lines).toJson(QJsonDocument::Compact);
}

bool isLoopbackHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')))
        return true;   // the default or a named Unix-domain socket: this machine
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

} // namespace

qint64 LoadDrillReport::errors() const
{
    qint64 n = 0;
    for (qint64 count : otherErrors)
        n += count;
    return n;
}

bool LoadDrillReport::countsAddUp() const
{
    const qint64 answers = acknowledged + outOfStock + errors() + cancelled + indeterminate;
    return intended == started + dropped + notStarted && started == answers
           && acknowledged == qint64(acknowledgedIds.size());
}

bool isLoopbackTarget(const QString &conninfo)
{
    const auto params = db::parseConnInfo(conninfo);
    if (!params)
        return false;
    QString hosts = params->value(QStringLiteral("hostaddr"));
    if (hosts.isEmpty())
        hosts = params->value(QStringLiteral("host"));
    if (hosts.isEmpty())
        hosts = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGHOST"));
    const QStringList list = hosts.split(QLatin1Char(','));
    return std::all_of(list.begin(), list.end(), isLoopbackHost);
}

// One non-blocking connection with at most one place_order in flight.
struct LoadDrill::Link {
    std::unique_ptr<db::Connection> conn;
    std::unique_ptr<QSocketNotifier> readable;
    std::unique_ptr<QSocketNotifier> writable;
    bool busy = false;
    bool alive = true;
    TimePoint intendedStart{};
    int buyer = -1;                  // closed model: who is waiting; -1 in the open model
    qint64 orderId = 0;
    QByteArray sqlState;
    PGconn *pg() const { return conn->raw(); }
};

LoadDrill::LoadDrill(LoadDrillConfig config, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_clock(m_config.clock ? m_config.clock : &net::Clock::system()),
      m_random(m_config.seed)
{
    m_arrivalTimer.setTimerType(Qt::PreciseTimer);
    m_arrivalTimer.setInterval(1);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &LoadDrill::scheduleOpenArrivals);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_stopping = true;
        m_arrivalTimer.stop();
        finishIfDone();
    });
}

LoadDrill::~LoadDrill() = default;

Status LoadDrill::checkConfig() const
{
    const auto bad = [](const QString &message) { return Status(Error::make(Error::Kind::BadInput, message)); };
    const auto &c = m_config;
    if (c.connections < 1 || c.connections > LoadDrillLimits::maxConnections)
        return bad(tr("Connections must be from 1 to %1, got %2.").arg(LoadDrillLimits::maxConnections).arg(c.connections));
    if (c.model == LoadDrillConfig::Model::Closed && (c.buyers < 1 || c.buyers > LoadDrillLimits::maxBuyers))
        return bad(tr("Buyers must be from 1 to %1, got %2.").arg(LoadDrillLimits::maxBuyers).arg(c.buyers));
    if (c.model == LoadDrillConfig::Model::Open && !(c.ratePerSecond > 0 && c.ratePerSecond <= LoadDrillLimits::maxRatePerSecond))
        return bad(tr("The rate must be above 0 and at most %1 per second, got %2.")
                       .arg(LoadDrillLimits::maxRatePerSecond).arg(c.ratePerSecond));
    if (c.duration.count() <= 0 || c.duration > LoadDrillLimits::maxDuration)
        return bad(tr("The duration must be above 0 and at most %1 s.").arg(LoadDrillLimits::maxDuration.count()));
    if (c.maxOrders < 1 || c.maxOrders > LoadDrillLimits::maxOrders)
        return bad(tr("The order cap must be from 1 to %1, got %2.").arg(LoadDrillLimits::maxOrders).arg(c.maxOrders));
    if (c.thinkTime.count() < 0 || c.dropAfter.count() <= 0)
        return bad(tr("Think time cannot be negative and the drop bound must be above 0."));
    if (c.skus.isEmpty())
        return bad(tr("The drill needs at least one SKU with stock to order."));
    if (!c.confirmedRemote && !isLoopbackTarget(c.conninfo))
        return Status(Error::make(Error::Kind::Permission,
                                  tr("The drill target is not this machine: a load drill against a real server can hurt "
                                     "real buyers. Confirm it (--yes) if you mean it.")));
    return Done{};
}

Status LoadDrill::openLinks()
{
    const QByteArray timeout = QByteArray::number(qint64(m_config.duration.count()) + 60000);
    for (int i = 0; i < m_config.connections; ++i) {
        auto conn = db::Connection::open(m_config.conninfo);
        if (!conn)
            return conn.error();
        auto link = std::make_unique<Link>();
        link->conn = std::move(*conn);
        auto set = link->conn->exec("SELECT set_config('statement_timeout', $1, false), "
                                    "set_config('application_name', 'backroom drill', false), "
                                    "set_config('backroom.quiet', $2, false)",
                                    {QString::fromLatin1(timeout), m_config.quiet ? QStringLiteral("on") : QStringLiteral("off")});
        if (!set)
            return set.error();
        db::PgResult prepared(PQprepare(link->pg(), kStatementName, kPlaceOrder, 1, nullptr));
        if (PQresultStatus(prepared.raw()) != PGRES_COMMAND_OK)
            return db::classifyServerError(QString::fromUtf8(PQerrorMessage(link->pg())),
                                           QString::fromLatin1(PQresultErrorField(prepared.raw(), PG_DIAG_SQLSTATE)));
        if (PQsetnonblocking(link->pg(), 1) != 0)
            return Error::make(Error::Kind::Connection, tr("Could not make a drill connection non-blocking."));
        Link *raw = link.get();
        link->readable = std::make_unique<QSocketNotifier>(PQsocket(raw->pg()), QSocketNotifier::Read);
        link->writable = std::make_unique<QSocketNotifier>(PQsocket(raw->pg()), QSocketNotifier::Write);
        link->writable->setEnabled(false);
        connect(link->readable.get(), &QSocketNotifier::activated, this, [this, raw] { onReadable(*raw); });
        connect(link->writable.get(), &QSocketNotifier::activated, this, [this, raw] { onWritable(*raw); });
        m_links.push_back(std::move(link));
    }
    return Done{};
}

Status LoadDrill::start()
{
    if (m_running || m_started)
        return Error::make(Error::Kind::Conflict, tr("A drill runs once: create a new one for the next run."));
    m_started = true;
    if (auto ok = checkConfig(); !ok)
        return ok;
    if (auto ok = openLinks(); !ok) {
        m_links.clear();
        return ok;
    }
    m_report = LoadDrillReport{};
    m_waiting.clear();
    m_report.model = m_config.model;
    m_report.connections = m_config.connections;
    m_histogram.reset();
    m_running = true;
    m_stopping = false;
    m_startedAt = now();
    m_deadline.start(m_config.duration);
    if (m_config.model == LoadDrillConfig::Model::Open) {
        m_arrivalTimer.start();
        scheduleOpenArrivals();
    } else {
        for (int buyer = 0; buyer < m_config.buyers; ++buyer)
            buyerReady(buyer);
    }
    return Done{};
}

bool LoadDrill::acceptingNew() const
{
    return m_running && !m_stopping && m_report.intended < m_config.maxOrders;
}

void LoadDrill::buyerReady(int buyer)
{
    if (!acceptingNew())
        return;
    ++m_report.intended;
    m_waiting.push_back({now(), buyer});
    dispatchWaiting();
}

// Open model: every iteration due by now joins the queue with its intended start; iterations that have
// waited longer than dropAfter for a connection are dropped.
void LoadDrill::scheduleOpenArrivals()
{
    if (!acceptingNew())
        return;
    const TimePoint t = now();
    const double elapsedSeconds = std::chrono::duration<double>(t - m_startedAt).count();
    const qint64 due = std::min<qint64>(qint64(elapsedSeconds * m_config.ratePerSecond) + 1, m_config.maxOrders);
    const double period = 1.0 / m_config.ratePerSecond;
    if (due >= m_config.maxOrders)
        m_arrivalTimer.stop();   // every iteration is in the queue; finishIfDone() ends the run
    while (m_report.intended < due) {
        const auto offset = std::chrono::duration_cast<net::Clock::Duration>(
            std::chrono::duration<double>(double(m_report.intended) * period));
        m_waiting.push_back({m_startedAt + offset, -1});
        ++m_report.intended;
    }
    while (!m_waiting.empty() && t - m_waiting.front().intendedStart > m_config.dropAfter) {
        m_waiting.pop_front();
        ++m_report.dropped;
    }
    dispatchWaiting();
}

void LoadDrill::dispatchWaiting()
{
    for (auto &link : m_links) {
        if (m_waiting.empty() || m_stopping)
            return;
        if (link->busy || !link->alive)
            continue;
        const Waiting next = m_waiting.front();
        m_waiting.pop_front();
        if (next.buyer < 0 && now() - next.intendedStart > m_config.dropAfter) {
            ++m_report.dropped;
            continue;
        }
        send(*link, next.intendedStart, next.buyer);
    }
}

bool LoadDrill::send(Link &link, TimePoint intendedStart, int buyer)
{
    const QString &sku = m_config.skus.at(int(m_random() % quint32(m_config.skus.size())));
    const QByteArray payload = orderPayload(sku);
    const char *values[1] = {payload.constData()};
    if (!PQsendQueryPrepared(link.pg(), kStatementName, 1, values, nullptr, nullptr, 0)) {
        ++m_report.notStarted;   // counted as intended when it joined the queue
        loseLink(link);
        return false;
    }
    ++m_report.started;
    link.busy = true;
    link.intendedStart = intendedStart;
    link.buyer = buyer;
    link.orderId = 0;
    link.sqlState.clear();
    if (PQflush(link.pg()) == 1)
        link.writable->setEnabled(true);
    return true;
}

void LoadDrill::onWritable(Link &link)
{
    const int flushed = PQflush(link.pg());
    if (flushed != 1)
        link.writable->setEnabled(false);
    if (flushed < 0)
        loseLink(link);
}

void LoadDrill::onReadable(Link &link)
{
    if (!PQconsumeInput(link.pg())) {
        loseLink(link);
        return;
    }
    while (link.busy && !PQisBusy(link.pg())) {
        PGresult *raw = PQgetResult(link.pg());
        if (!raw) {
            complete(link, link.sqlState, link.orderId);
            return;
        }
        db::PgResult result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_TUPLES_OK && result.rows() > 0)
            link.orderId = result.toInt64(0, 0);
        else if (status == PGRES_FATAL_ERROR)
            link.sqlState = QByteArray(PQresultErrorField(raw, PG_DIAG_SQLSTATE));
    }
}

void LoadDrill::complete(Link &link, const QByteArray &sqlState, qint64 orderId)
{
    const auto latency = std::chrono::duration_cast<resilience::LatencyHistogram::Duration>(now() - link.intendedStart);
    link.busy = false;
    ++m_answered;
    if (orderId > 0 && sqlState.isEmpty()) {
        ++m_report.acknowledged;
        m_report.acknowledgedIds.push_back(orderId);
        m_histogram.record(latency);
    } else if (sqlState == kOutOfStock) {
        ++m_report.outOfStock;
        m_histogram.record(latency);
    } else if (sqlState == kQueryCancelled && m_stopping) {
        ++m_report.cancelled;
    } else {
        ++m_report.otherErrors[sqlState.isEmpty() ? QStringLiteral("no order id") : QString::fromLatin1(sqlState)];
        m_histogram.record(latency);
    }
    const int buyer = link.buyer;
    if (buyer >= 0 && acceptingNew()) {
        if (m_config.thinkTime.count() == 0)
            buyerReady(buyer);
        else
            QTimer::singleShot(m_config.thinkTime, this, [this, buyer] { buyerReady(buyer); });
    }
    dispatchWaiting();
    finishIfDone();
}

void LoadDrill::loseLink(Link &link)
{
    if (link.busy) {
        ++m_report.indeterminate;   // the order may or may not have committed
        ++m_answered;
    }
    link.busy = false;
    link.alive = false;
    link.readable->setEnabled(false);
    link.writable->setEnabled(false);
    const bool anyAlive = std::any_of(m_links.begin(), m_links.end(), [](const auto &l) { return l->alive; });
    if (!anyAlive) {
        m_stopping = true;
        m_arrivalTimer.stop();
    }
    finishIfDone();
}

void LoadDrill::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_report.wasCancelled = true;
    m_arrivalTimer.stop();
    for (auto &link : m_links) {
        if (!link->busy)
            continue;
        if (PGcancel *handle = PQgetCancel(link->pg())) {
            char reason[256];
            PQcancel(handle, reason, sizeof reason);
            PQfreeCancel(handle);
        }
    }
    finishIfDone();
}

void LoadDrill::finishIfDone()
{
    const bool allIssued = m_report.intended >= m_config.maxOrders && m_waiting.empty();
    if (!m_running || !(m_stopping || allIssued))
        return;
    if (std::any_of(m_links.begin(), m_links.end(), [](const auto &l) { return l->busy; }))
        return;
    m_deadline.stop();
    m_arrivalTimer.stop();
    m_report.notStarted += qint64(m_waiting.size());
    m_waiting.clear();
    m_report.seconds = std::chrono::duration<double>(now() - m_startedAt).count();
    m_report.latency = m_histogram.summary();
    m_running = false;
    // Closed after this call returns: we may be inside one of the links' notifier callbacks.
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            m_links.clear();
    });
    emit finished(m_report);
}

} // namespace backroom::drills
